package kz.bot.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The {@code key: "value"} lines between a guide's opening and closing {@code ---}, with the line each key stands on.
 *
 * @param values    lower-case key → value, quotes removed (the last one wins when a key repeats)
 * @param lines     lower-case key → its 1-based line
 * @param openLine  the line of the opening {@code ---}
 * @param bodyStart index (0-based) of the first line after the front matter
 */
record FrontMatter(Map<String, String> values, Map<String, Integer> lines, int openLine, int bodyStart) {

    /** Reads the front matter of {@code file}, whose first non-blank line is {@code ---}; problems go to the sink. */
    static FrontMatter read(TextFile file, List<Problem> problems) {
        List<String> text = file.lines();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int open = 0;
        while (open < text.size() && TextFile.clean(text.get(open)).isEmpty()) {
            open++;
        }
        for (int i = open + 1; i < text.size(); i++) {
            String line = TextFile.clean(text.get(i));
            if (line.equals("---")) {
                return new FrontMatter(values, lines, open + 1, i + 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher kv = Line.KEY_VALUE.matcher(line);
            if (kv.matches() && !line.startsWith("#") && !line.startsWith("[")) {
                String key = kv.group(1).trim().toLowerCase(Locale.ROOT);
                values.put(key, unquote(kv.group(2).trim()));
                lines.put(key, i + 1);
            } else {
                problems.add(new Problem(file.name(), open + 1, "front matter opened here is not closed with ---"));
                return new FrontMatter(values, lines, open + 1, i);
            }
        }
        problems.add(new Problem(file.name(), open + 1, "front matter opened here is not closed with ---"));
        return new FrontMatter(values, lines, open + 1, text.size());
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** The line of {@code key}, or the opening line when the key is absent. */
    int line(String key) {
        return lines.getOrDefault(key, openLine);
    }

    /** The {@code date} as a date; null, with a problem, when it is missing or not {@code YYYY-MM-DD}. */
    LocalDate date(String file, List<Problem> problems) {
        String date = get("date");
        if (date.isBlank()) {
            problems.add(new Problem(file, openLine, "front matter has no date (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file, line("date"), "date '" + date + "' is not YYYY-MM-DD"));
            return null;
        }
    }

    /** The ISO code and continent given here are facts about the document's entity too. */
    List<Statement> facts(EntityName subject) {
        List<Statement> out = new ArrayList<>();
        String iso = get("iso_code");
        if (!iso.isBlank()) {
            out.add(new Statement(subject, "ISO Code", iso.toUpperCase(Locale.ROOT), null, "", line("iso_code")));
        }
        String continent = get("continent");
        if (!continent.isBlank()) {
            String shown = continent.substring(0, 1).toUpperCase(Locale.ROOT) + continent.substring(1);
            out.add(new Statement(subject, "Continent", shown, null, "", line("continent")));
        }
        return out;
    }

    /** The line of the {@code translates} key of {@code file}, where problems about a whole translation are reported. */
    static int translatesLine(TextFile file) {
        return read(file, new ArrayList<>()).line("translates");
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).trim();
        }
        return v;
    }
}
