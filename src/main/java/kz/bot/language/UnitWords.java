package kz.bot.language;

import java.util.HashMap;
import java.util.Map;

/**
 * The lines of {@code /language/unit-words.txt}, read once: for each key ("figure", "month", "duration.unit"…) the
 * alternation of words that says a text holds such a thing. Immutable, thread-safe.
 */
public final class UnitWords {

    private static final Map<String, String> WORDS = read();

    private UnitWords() {
    }

    /** The words of {@code key}, as a regular-expression alternation; fails loudly when the file has no such line. */
    public static String get(String key) {
        String words = WORDS.get(key);
        if (words == null) {
            throw new IllegalStateException("/language/unit-words.txt: no line for " + key);
        }
        return words;
    }

    private static Map<String, String> read() {
        Map<String, String> words = new HashMap<>();
        for (String[] pair : Vocabulary.pairs("unit-words.txt")) {
            words.put(pair[0], pair[1]);
        }
        return Map.copyOf(words);
    }
}
