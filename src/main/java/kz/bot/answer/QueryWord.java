package kz.bot.answer;

import java.util.Map;
import java.util.Set;

/**
 * One word of a question as it is searched for: its forms in each field it may be found in (its own language's
 * field, the other languages' fields through its synonyms, the names field), and how much it counts.
 *
 * @param weight how much finding this word says about a unit (rarer words count more); never negative
 */
public record QueryWord(Map<Field, Set<String>> terms, double weight) {

    public QueryWord {
        terms = Map.copyOf(terms);
    }

    /** True when the word has no form in any field. */
    public boolean isEmpty() {
        return terms.values().stream().allMatch(Set::isEmpty);
    }
}
