package kz.bot.language;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a text gives a length of time: a figure or a number word followed by a unit of time ("12 hours", «полтора
 * часа», «екі сағат»), in any of the three languages. The words are {@code duration.number} and {@code duration.unit}
 * of {@code /language/unit-words.txt}. Thread-safe.
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
        Map<String, String> words = new HashMap<>();
        for (String[] pair : Vocabulary.pairs("unit-words.txt")) {
            words.put(pair[0], pair[1]);
        }
        for (String key : new String[] {"duration.number", "duration.unit"}) {
            if (!words.containsKey(key)) {
                throw new IllegalStateException("/language/unit-words.txt: no line for " + key);
            }
        }
        return Pattern.compile("(?iu)(\\d\\s*|\\b(" + words.get("duration.number") + ")\\s+)("
                + words.get("duration.unit") + ")\\b");
    }
}
