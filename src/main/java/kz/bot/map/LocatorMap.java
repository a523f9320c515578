package kz.bot.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import kz.bot.answer.Outline;

/**
 * A small locator map: Kazakhstan's outline among its neighbours and the Caspian Sea, with one place marked, drawn
 * with Java2D (headless: no window, no fonts) and written as PNG. The frame is Kazakhstan's extent with a margin, in
 * an equirectangular projection whose east-west scale is that of the country's middle latitude, so the shape looks
 * as on a usual map. Immutable and thread-safe; each call draws afresh (callers cache).
 */
public final class LocatorMap {

    /** The colours of the map: tests read pixels back by them. */
    public static final Color WATER = new Color(0xD6E6F2);
    public static final Color NEIGHBOUR = new Color(0xEEEEEA);
    public static final Color COUNTRY = new Color(0xF5DFA8);
    public static final Color BORDER = new Color(0x9A7B3A);
    public static final Color MARKER = new Color(0xD7261E);
    public static final Color HALO = Color.WHITE;

    /** Width of the picture in pixels: sharp on a phone, about 28 KB as PNG. */
    public static final int WIDTH = 640;
    /** Margin around Kazakhstan's extent, as a share of it. */
    static final double MARGIN = 0.04;
    static final int MARKER_RADIUS = 8;
    /** The code of the Caspian Sea's ring in the outline file: water drawn over the land around it. */
    static final String CASPIAN = "CASPIAN";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Outline outline;
    private final double west;
    private final double north;
    private final double xScale;
    private final double yScale;
    private final int height;

    private LocatorMap(Outline outline) {
        this.outline = outline;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (Outline.Ring r : rings(Outline.KAZAKHSTAN)) {
            for (int i = 0; i < r.lon().length; i++) {
                minLon = Math.min(minLon, r.lon()[i]);
                maxLon = Math.max(maxLon, r.lon()[i]);
                minLat = Math.min(minLat, r.lat()[i]);
                maxLat = Math.max(maxLat, r.lat()[i]);
            }
        }
        if (minLon > maxLon) {
            throw new IllegalArgumentException("the outline has no ring of " + Outline.KAZAKHSTAN);
        }
        double padLon = (maxLon - minLon) * MARGIN;
        double padLat = (maxLat - minLat) * MARGIN;
        this.west = minLon - padLon;
        this.north = maxLat + padLat;
        double spanLon = maxLon - minLon + 2 * padLon;
        double spanLat = maxLat - minLat + 2 * padLat;
        double stretch = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        this.xScale = WIDTH / spanLon;
        this.yScale = xScale / stretch;
        this.height = (int) Math.round(spanLat * yScale);
    }

    /**
     * The map of {@code outline}.
     *
     * @throws IllegalArgumentException when the outline has no ring of Kazakhstan
     */
    public static LocatorMap of(Outline outline) {
        return new LocatorMap(outline);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return height;
    }

    /** Where the point at {@code lat}, {@code lon} falls on the picture (it may fall outside it). */
    public Point pixel(double lat, double lon) {
        return new Point((int) Math.round((lon - west) * xScale), (int) Math.round((north - lat) * yScale));
    }

    /** The map with the place at {@code lat}, {@code lon} marked (held to the frame when it lies beyond it), as PNG. */
    public byte[] png(double lat, double lon) {
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(WATER);
            g.fillRect(0, 0, WIDTH, height);
            for (Outline.Ring r : outline.rings()) {
                if (!r.code().equals(Outline.KAZAKHSTAN) && !r.code().equals(CASPIAN)) {
                    fill(g, List.of(r), NEIGHBOUR, NEIGHBOUR.darker());
                }
            }
            fill(g, rings(Outline.KAZAKHSTAN), COUNTRY, null);
            fill(g, rings(CASPIAN), WATER, null);
            g.setColor(BORDER);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(path(rings(Outline.KAZAKHSTAN)));
            marker(g, pixel(lat, lon));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the map as PNG", e);
        }
        return out.toByteArray();
    }

    private void marker(Graphics2D g, Point at) {
        int x = Math.max(MARKER_RADIUS + 2, Math.min(WIDTH - MARKER_RADIUS - 3, at.x));
        int y = Math.max(MARKER_RADIUS + 2, Math.min(height - MARKER_RADIUS - 3, at.y));
        double r = MARKER_RADIUS;
        g.setColor(HALO);
        g.fill(new Ellipse2D.Double(x - r - 2.5, y - r - 2.5, 2 * r + 5, 2 * r + 5));
        g.setColor(MARKER);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private void fill(Graphics2D g, List<Outline.Ring> rings, Color fill, Color edge) {
        Path2D path = path(rings);
        g.setColor(fill);
        g.fill(path);
        if (edge != null) {
            g.setColor(edge);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(path);
        }
    }

    /** The rings as one path, filled even-odd: a ring inside another is a hole. */
    private Path2D path(List<Outline.Ring> rings) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Outline.Ring r : rings) {
            for (int i = 0; i < r.lon().length; i++) {
                double x = (r.lon()[i] - west) * xScale;
                double y = (north - r.lat()[i]) * yScale;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }

    private List<Outline.Ring> rings(String code) {
        return outline.rings().stream().filter(r -> r.code().equals(code)).toList();
    }
}
