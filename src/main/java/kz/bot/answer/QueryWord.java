package kz.bot.answer;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One word of a question as it is searched for: its forms in each field it may be found in (its own language's
 * field, the other languages' fields through its synonyms, the names field), and how much it counts.
 *
 * @param weight how much finding this word says about a unit (rarer words count more); never negative
 * @param keys   every form as "FIELD:form" ({@link #key}), made once: it is compared with every candidate
 */
public record QueryWord(Map<Field, Set<String>> terms, double weight, Set<String> keys) {

    public QueryWord {
        terms = Map.copyOf(terms);
        keys = Set.copyOf(keys);
    }

    public QueryWord(Map<Field, Set<String>> terms, double weight) {
        this(terms, weight, keysOf(terms));
    }

    /** A form qualified by its field, as attribute names are kept. */
    public static String key(Field field, String form) {
        return field.name() + ':' + form;
    }

    private static Set<String> keysOf(Map<Field, Set<String>> terms) {
        Set<String> keys = new HashSet<>();
        terms.forEach((field, forms) -> forms.forEach(form -> keys.add(key(field, form))));
        return keys;
    }

    /** True when the word has no form in any field. */
    public boolean isEmpty() {
        return terms.values().stream().allMatch(Set::isEmpty);
    }
}
