package kz.bot.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Russian and Kazakh names of the country, its regions and its cities that the shipped knowledge gives
 * ({@code /language/place-names.tsv}, written by {@code scripts/place-names.py}): a knowledge base of an admin's own
 * articles, which name places in English only (as the seed guide does), still recognises «Байқоңыр» or «ВКО» in a
 * question. They are added as names to recognise, not to show. Immutable; thread-safe.
 */
public final class PlaceNames {

    private static final PlaceNames BUILT_IN = read("/language/place-names.tsv");

    private final Map<String, List<Alias>> byPlace;

    private PlaceNames(Map<String, List<Alias>> byPlace) {
        this.byPlace = byPlace;
    }

    /** The names of the resource. */
    public static PlaceNames builtIn() {
        return BUILT_IN;
    }

    /** The Russian and Kazakh names of the {@code kind} named {@code englishName}, none when it is not ours. */
    public List<Alias> of(EntityKind kind, String englishName) {
        return byPlace.getOrDefault(key(kind, englishName), List.of());
    }

    private static String key(EntityKind kind, String name) {
        return kind.word() + "|" + name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static PlaceNames read(String resource) {
        Map<String, List<Alias>> out = new HashMap<>();
        try (InputStream in = PlaceNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int no = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                EntityKind kind = cells.length == 4 ? EntityKind.named(cells[0]).orElse(null) : null;
                if (kind == null) {
                    throw new IllegalStateException(resource + ":" + no + ": expected kind, name, language, names");
                }
                List<Alias> names = out.computeIfAbsent(key(kind, cells[1]), k -> new ArrayList<>());
                for (String name : cells[3].split(";")) {
                    if (!name.isBlank()) {
                        names.add(new Alias(name.strip(), cells[2].strip(), false));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new PlaceNames(Map.copyOf(out));
    }
}
