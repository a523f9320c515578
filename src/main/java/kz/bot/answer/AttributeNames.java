package kz.bot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.Names;
import kz.bot.language.Language;

/**
 * The words of each attribute's name in every language — its label analysed, and the synonyms of those words — so
 * that a question word can be told to name the attribute ("population") rather than to occur in its value. Built
 * once per knowledge base; immutable.
 */
final class AttributeNames {

    private final Map<String, Set<String>> forms = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    AttributeNames(FactBook book, TextIndex index) {
        for (Entity e : book.entities()) {
            for (Map.Entry<String, List<Fact>> attribute : book.facts(e).entrySet()) {
                String key = attribute.getKey();
                if (forms.containsKey(key)) {
                    continue;
                }
                Fact f = attribute.getValue().get(0);
                if (Names.isRecognitionOnly(f.attribute())) {
                    names.add(key);
                }
                Set<String> out = new HashSet<>();
                for (Language l : Language.values()) {
                    String label = book.label(key, f.attribute(), l);
                    List<Token> tokens = index.analyze(label, TextIndex.Reading.valueOf(l.name()));
                    tokens.forEach(t -> t.forms().forEach(form -> out.add(key(Field.of(l), form))));
                    for (Map<Field, Set<String>> synonyms : index.synonyms(tokens, l)) {
                        synonyms.forEach((field, set) -> set.forEach(form -> out.add(key(field, form))));
                    }
                }
                forms.put(key, Set.copyOf(out));
            }
        }
    }

    /** The field-qualified forms of {@code attribute}'s name. */
    Set<String> forms(String attribute) {
        return forms.getOrDefault(attribute, Set.of());
    }

    /** True for an attribute that only gives the entity another name (Russian, Kazakh, Also Known As). */
    boolean isName(String attribute) {
        return names.contains(attribute);
    }

    /** True when one of {@code word}'s terms is among {@code forms}. */
    static boolean intersects(QueryWord word, Set<String> forms) {
        for (var e : word.terms().entrySet()) {
            for (String t : e.getValue()) {
                if (forms.contains(key(e.getKey(), t))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(Field field, String form) {
        return field.name() + ':' + form;
    }
}
