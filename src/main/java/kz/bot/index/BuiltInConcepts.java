package kz.bot.index;

import java.util.ArrayList;
import java.util.List;
import kz.bot.language.Vocabulary;

/**
 * The words that mean the same in general language, in English, Russian and Kazakh ({@code /language/concepts.txt}):
 * what a question about population, a capital or an area is asked with, whatever the knowledge's own synonyms file
 * says. Same format as that file: the words and phrases of one line mean the same.
 */
final class BuiltInConcepts {

    private static final List<List<String>> GROUPS = read();

    private BuiltInConcepts() {
    }

    static List<List<String>> groups() {
        return GROUPS;
    }

    private static List<List<String>> read() {
        List<List<String>> out = new ArrayList<>();
        for (String line : Vocabulary.lines("concepts.txt")) {
            out.add(split(line));
        }
        return List.copyOf(out);
    }

    /** The words and phrases of one synonyms line ("a, b, c" or "a, b => c"). */
    static List<String> split(String line) {
        List<String> group = new ArrayList<>();
        for (String part : line.split(",|=>")) {
            if (!part.isBlank()) {
                group.add(part.strip());
            }
        }
        return group;
    }
}
