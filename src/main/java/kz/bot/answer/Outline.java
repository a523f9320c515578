package kz.bot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines of Kazakhstan and its neighbours ({@code /map/outline.txt}, from Natural Earth, public domain, by
 * {@code scripts/data}): whether a point is in Kazakhstan, and the rings a locator map draws. Immutable.
 */
public final class Outline {

    static final String RESOURCE = "/map/outline.txt";
    /** The country code of Kazakhstan in the outline file. */
    public static final String KAZAKHSTAN = "KAZ";

    private static final Outline SHIPPED = read();

    /** One closed ring: longitudes and latitudes. */
    public record Ring(String code, double[] lon, double[] lat) {
    }

    private final List<Ring> rings;

    private Outline(List<Ring> rings) {
        this.rings = List.copyOf(rings);
    }

    public static Outline shipped() {
        return SHIPPED;
    }

    public List<Ring> rings() {
        return rings;
    }

    /** True when the point lies inside an odd number of {@code code}'s rings (inside the country). */
    public boolean contains(String code, double lat, double lon) {
        boolean inside = false;
        for (Ring r : rings) {
            if (r.code().equals(code) && inRing(r, lat, lon)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Ray casting: a horizontal ray from the point crosses the ring's edges an odd number of times. */
    private static boolean inRing(Ring r, double lat, double lon) {
        boolean inside = false;
        int n = r.lon().length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = r.lat()[i];
            double yj = r.lat()[j];
            if (yi > lat != yj > lat) {
                double x = r.lon()[j] + (lat - yj) / (yi - yj) * (r.lon()[i] - r.lon()[j]);
                if (lon < x) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static Outline read() {
        List<Ring> rings = new ArrayList<>();
        try (InputStream in = Outline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Outline(rings);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("ring ")) {
                    continue;
                }
                String[] head = line.split("\\s+");
                int count = Integer.parseInt(head[2]);
                double[] lon = new double[count];
                double[] lat = new double[count];
                for (int i = 0; i < count; i++) {
                    String[] p = reader.readLine().trim().split("\\s+");
                    lon[i] = Double.parseDouble(p[0]);
                    lat[i] = Double.parseDouble(p[1]);
                }
                rings.add(new Ring(head[1], lon, lat));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new Outline(rings);
    }
}
