package kz.bot.answer;

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
import java.util.function.Predicate;

/**
 * Places that are not ours — other countries, their capitals and large cities, and the adjectives of the neighbours —
 * in English, Russian and Kazakh ({@code /language/foreign-places.tsv}, made from openly licensed data by
 * {@code scripts/data}). "The area of Turkmenistan" is about Turkmenistan, not Kazakhstan. Names compared as place
 * names are (any script, any ending); a name that is also one of ours is ours. Immutable.
 */
final class ForeignPlaces {

    static final String RESOURCE = "/language/foreign-places.tsv";

    /** A foreign name found in a question: the words it covers and the English name of the place. */
    record Found(int first, int end, String name) {
    }

    /** First form → the names starting with it (as forms) and their English names. */
    private final Map<String, List<Map.Entry<List<String>, String>>> byFirst = new HashMap<>();

    /**
     * @param ours true for a form sequence that names one of our own places: such a name is never foreign
     */
    ForeignPlaces(TextIndex index, Predicate<List<String>> ours) {
        for (String[] row : rows()) {
            String english = row[1];
            List<String> names = new ArrayList<>(List.of(row[1], row[2], row[3]));
            if (row.length > 4) {
                names.addAll(List.of(row[4].split(";")));
            }
            if (row[0].equals("adjective") && row.length > 4) {
                english = row[4];
                names = new ArrayList<>(List.of(row[1], row[2], row[3]));
            }
            for (String name : names) {
                if (name.isBlank()) {
                    continue;
                }
                List<String> forms = NameFinder.firstForms(index.nameForms(name.strip()));
                if (forms.isEmpty() || ours.test(forms)) {
                    continue;
                }
                byFirst.computeIfAbsent(forms.get(0), k -> new ArrayList<>()).add(Map.entry(forms, english));
            }
        }
    }

    /** The foreign names among {@code forms} (a question's name forms), longest first, left to right. */
    List<Found> find(List<String> forms) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < forms.size()) {
            int best = 0;
            String name = null;
            for (var candidate : byFirst.getOrDefault(forms.get(i), List.of())) {
                List<String> f = candidate.getKey();
                if (f.size() > best && i + f.size() <= forms.size() && forms.subList(i, i + f.size()).equals(f)) {
                    best = f.size();
                    name = candidate.getValue();
                }
            }
            if (name == null) {
                i++;
                continue;
            }
            out.add(new Found(i, i + best, name));
            i += best;
        }
        return out;
    }

    private static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ForeignPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length >= 4) {
                    out.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
