package kz.bot.language;

import java.util.regex.Pattern;

/**
 * Whether a text gives a length of time: a figure or a number word followed by a unit of time ("12 hours", «полтора
 * часа», «екі сағат», "12 months"), or by years after a figure of one or two digits ("7 years", «12 жыл»; not «2024
 * жылы»), in any of the three languages. The words are {@code duration.number} and {@code duration.unit}
 * of {@code /language/unit-words.txt} ({@link UnitWords}). Thread-safe.
 */
public final class Durations {

    private static final Pattern DURATION = pattern();

    private Durations() {
    }

    /** True when {@code text} says how long something takes or lasts. */
    public static boolean said(String text) {
        return DURATION.matcher(text).find();
    }

    private static Pattern pattern() {
        String number = UnitWords.get("duration.number");
        String longUnit = UnitWords.get("duration.long_unit");
        // a hyphen joins them too: "a 10-hour drive", "a seven-year term"
        return Pattern.compile("(?iu)(\\d[\\s-]*|\\b(" + number + ")[\\s-]+)(" + UnitWords.get("duration.unit") + ")\\b"
                + "|((?<![\\d.,])\\d{1,2}[\\s-]*|\\b(" + number + ")[\\s-]+)(" + longUnit + ")\\b");
    }
}
