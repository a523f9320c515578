package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fact value that names several things — "Russia, China, Kyrgyzstan, Uzbekistan and Turkmenistan", «Астана, Алматы,
 * Шымкент» — so that "how many" is answered by counting them. A value with a figure, a long clause or a single item
 * is not a list. Stateless.
 */
public final class ListValue {

    /** Items longer than this many words are clauses, not names. */
    static final int LONGEST_ITEM = 4;

    /** Commas, semicolons, and the last "and" of each language. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+(?:and|и|және|мен|бен|пен)\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private ListValue() {
    }

    /** The things {@code value} names, or an empty list when it is not a list of at least two. */
    public static List<String> items(String value) {
        String v = TRAILING_NOTE.matcher(value.strip()).replaceAll("");
        if (DIGIT.matcher(v).find()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : SEPARATOR.split(v)) {
            String t = item.strip();
            if (t.isEmpty() || !Character.isLetter(t.codePointAt(0)) || t.split("\\s+").length > LONGEST_ITEM) {
                return List.of();
            }
            items.add(t);
        }
        return items.size() < 2 ? List.of() : List.copyOf(items);
    }
}
