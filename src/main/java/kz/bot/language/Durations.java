package kz.bot.language;

import java.util.regex.Pattern;

/**
 * Whether a text gives a length of time: a figure or a number word followed by a unit of time ("12 hours", «полтора
 * часа», «екі сағат»), in any of the three languages. The words are {@code duration.number} and {@code duration.unit}
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
        return Pattern.compile("(?iu)(\\d\\s*|\\b(" + UnitWords.get("duration.number") + ")\\s+)("
                + UnitWords.get("duration.unit") + ")\\b");
    }
}
