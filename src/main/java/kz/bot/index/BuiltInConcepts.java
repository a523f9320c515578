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

    /**
     * The words and phrases of one synonyms line: "a, b, c" mean the same; in "a, b => a, b, c" a question's a or b
     * stands for c as well, but c does not stand for a or b ("grain => grain, wheat": a question about grain may be
     * answered about wheat, one about wheat not about all grain). The words after the arrow come back marked {@link
     * Concepts#SEARCHED_ONLY}, unless they are before it as well.
     */
    static List<String> split(String line) {
        List<String> group = new ArrayList<>();
        String[] sides = line.split("=>", 2);
        for (String part : sides[0].split(",")) {
            if (!part.isBlank()) {
                group.add(part.strip());
            }
        }
        for (String part : sides.length > 1 ? sides[1].split(",") : new String[0]) {
            if (!part.isBlank() && !group.contains(part.strip())) {
                group.add(Concepts.SEARCHED_ONLY + part.strip());
            }
        }
        return group;
    }
}
