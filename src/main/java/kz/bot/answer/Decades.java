package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decade asked about — "in the 1930s", «в 1930-х», «в 30-х годах», «1930 жылдары», «30-жылдардағы» — stands for
 * each of its ten years, written alike in every language: the knowledge says "1931–1933", not "the 1930s". A decade
 * written with two digits is of the 1900s («в 90-х»).
 */
final class Decades {

    /** One decade in a question: where it is written ({@code [start, end)}) and its first year. */
    record Decade(int start, int end, int first) {

        /** Its ten years, as written. */
        List<String> years() {
            List<String> out = new ArrayList<>(10);
            for (int y = first; y < first + 10; y++) {
                out.add(Integer.toString(y));
            }
            return out;
        }
    }

    private static final Pattern DECADE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:(?<full>1[0-9][0-9]0|20[0-9]0)(?:'?s|-?[хxе](?![\\p{L}])|\\s?-?жылдар\\p{L}*)"
                    + "|(?<short>[1-9]0)(?:-?[хxе]\\s+год\\p{L}*|-?[хx](?![\\p{L}])|\\s?-?жылдар\\p{L}*))");

    private Decades() {
    }

    /** The decades {@code text} names. */
    static List<Decade> in(String text) {
        List<Decade> out = new ArrayList<>();
        Matcher m = DECADE.matcher(text);
        while (m.find()) {
            int first = m.group("full") != null ? Integer.parseInt(m.group("full"))
                    : 1900 + Integer.parseInt(m.group("short"));
            out.add(new Decade(m.start(), m.end(), first));
        }
        return out;
    }
}
