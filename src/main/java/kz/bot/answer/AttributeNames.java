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

    /** The word "name" in each language, which every name attribute's label implies. */
    private static final Map<Language, String> NAME_WORD = Map.of(Language.EN, "name", Language.RU, "название",
            Language.KK, "атауы");
    private final Map<String, Set<String>> forms = new HashMap<>();
    /** attribute → language → the words of its label there, each as its field-qualified forms and synonyms. */
    private final Map<String, Map<Language, List<Set<String>>>> labelWords = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    /** Attributes whose value is the name of one of our places (a centre, a region, a capital): they answer where. */
    private final Set<String> placeValued = new HashSet<>();

    /** The forms of "number" in each field: a label word that "how many" already asks for ("Number of Regions"). */
    private final Set<String> numberWords = new HashSet<>();

    AttributeNames(FactBook book, TextIndex index) {
        for (var entry : Map.of(Language.EN, "number count quantity", Language.RU, "число количество",
                Language.KK, "саны саны").entrySet()) {
            for (Token t : index.analyze(entry.getValue(), TextIndex.Reading.valueOf(entry.getKey().name()))) {
                t.forms().forEach(form -> numberWords.add(key(Field.of(entry.getKey()), form)));
            }
        }
        Set<String> placeNames = new HashSet<>();
        for (Entity e : book.entities()) {
            if (e.kind() == kz.bot.knowledge.EntityKind.CITY || e.kind() == kz.bot.knowledge.EntityKind.REGION) {
                placeNames.add(e.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (Entity e : book.entities()) {
            for (Map.Entry<String, List<Fact>> attribute : book.facts(e).entrySet()) {
                String value = attribute.getValue().get(0).value().toLowerCase(java.util.Locale.ROOT);
                if (placeNames.contains(value) || placeNames.contains(value.replaceFirst(" region$", ""))) {
                    placeValued.add(attribute.getKey());
                }
            }
        }
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
                Map<Language, List<Set<String>>> byLanguage = new java.util.EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    // the label as written, and the key it is compared under ("Major City" is the administrative
                    // center): either may be how a question names the attribute
                    String label = book.label(key, f.attribute(), l);
                    if (l == Language.EN && !key.equalsIgnoreCase(label)) {
                        label = label + " " + key;
                    }
                    if (Names.isNameAttribute(f.attribute())) {
                        label = label + " " + NAME_WORD.get(l); // "Kazakh" is the Kazakh name of a place
                    }
                    List<Set<String>> words = labelWords(index, label, l);
                    words.forEach(out::addAll);
                    // the words a question must say to name the attribute wholly: not the ones that only qualify it
                    String[] said = Phrases.words(label);
                    List<String> plain = java.util.Arrays.stream(said)
                            .filter(w -> !Phrases.of(l).has("word.qualifier", new String[] {w})).toList();
                    if (!plain.isEmpty() && plain.size() < said.length) {
                        words = labelWords(index, String.join(" ", plain), l);
                    }
                    byLanguage.put(l, List.copyOf(words));
                }
                forms.put(key, Set.copyOf(out));
                labelWords.put(key, byLanguage);
            }
        }
    }

    /** The words of {@code label} in {@code l}, each as its field-qualified forms and synonyms. */
    private static List<Set<String>> labelWords(TextIndex index, String label, Language l) {
        List<Token> tokens = index.analyze(label, TextIndex.Reading.valueOf(l.name()));
        List<Map<Field, Set<String>>> synonyms = index.synonyms(tokens, l);
        List<Set<String>> words = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Set<String> word = new HashSet<>();
            tokens.get(i).forms().forEach(form -> word.add(key(Field.of(l), form)));
            synonyms.get(i).forEach((field, set) -> set.forEach(form -> word.add(key(field, form))));
            words.add(Set.copyOf(word));
        }
        return words;
    }

    /** The field-qualified forms of {@code attribute}'s name. */
    Set<String> forms(String attribute) {
        return forms.getOrDefault(attribute, Set.of());
    }

    /**
     * The share of the words of {@code attribute}'s label (in {@code language}) that none of {@code words} matches:
     * "Most Populous Region" answers "population of Kazakhstan" only in part, "Population" wholly.
     */
    double extra(String attribute, Language language, List<Word> words, AnswerKind kind) {
        List<Set<String>> label = labelWords.getOrDefault(attribute, Map.of()).getOrDefault(language, List.of());
        if (label.isEmpty()) {
            return 0;
        }
        int missing = 0;
        for (Set<String> labelWord : label) {
            if (kind == AnswerKind.HOW_MANY && !java.util.Collections.disjoint(labelWord, numberWords)) {
                continue; // "how many regions" asks for the Number of Regions
            }
            boolean found = false;
            for (Word w : words) {
                if (w.role() == Word.Role.CONTENT && intersects(w.query(), labelWord)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                missing++;
            }
        }
        return (double) missing / label.size();
    }

    /** True for an attribute whose values name our places ("administrative center", "region"): it says where. */
    boolean namesAPlace(String attribute) {
        return placeValued.contains(attribute);
    }

    /** True for an attribute that only gives the entity another name (Russian, Kazakh, Also Known As). */
    boolean isName(String attribute) {
        return names.contains(attribute);
    }

    /** True when one of {@code word}'s terms is among {@code forms}. */
    static boolean intersects(QueryWord word, Set<String> forms) {
        Set<String> keys = word.keys();
        Set<String> small = keys.size() <= forms.size() ? keys : forms;
        Set<String> large = small == keys ? forms : keys;
        for (String k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Field field, String form) {
        return QueryWord.key(field, form);
    }
}
