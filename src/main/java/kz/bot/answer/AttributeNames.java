package kz.bot.answer;

import java.util.ArrayList;
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
    /** Attributes whose facts hold in every place of the country alike ({@link #nationwide}). */
    private final Set<String> nationwide = new HashSet<>();
    /** Attributes whose name holds the name of one of our places ("how to get to astana"), with those places' ids. */
    private final Map<String, Set<Long>> placesInName = new HashMap<>();
    /** Of those, the places an attribute's name holds as where one goes ("how to get to astana", not "distance from"). */
    private final Map<String, Set<Long>> destinationsInName = new HashMap<>();

    /** The forms of "number" in each field: a label word that "how many" already asks for ("Number of Regions"). */
    private final Set<String> numberWords = new HashSet<>();
    /** The forms of "since", "introduced"… in each field: label words that "when" already asks for ("Held Since"). */
    private final Set<String> startWords = new HashSet<>();
    /** The forms of "date", "day"… : label words "when" asks for beside a start word ("Introduction Date"). */
    private final Set<String> dateWords = new HashSet<>();
    /** Each attribute's number, for {@link Matches}' arrays. */
    private final Map<String, Integer> ids = new HashMap<>();
    /** A word of an attribute's key ("opened" of Opened) → the numbers of the attributes whose key holds it. */
    private final Map<String, List<Integer>> byKeyWord = new HashMap<>();
    /** A form → the numbers of the attributes whose name holds it: what {@link Matches} looks a question's words up in. */
    private final Map<String, int[]> byForm = new HashMap<>();
    /**
     * Per language, a form → the label words that hold it, each as its attribute's number times 64 plus its position in
     * the label (labels are a few words long).
     */
    private final Map<Language, Map<String, int[]>> byLabelForm = new java.util.EnumMap<>(Language.class);

    AttributeNames(FactBook book, TextIndex index) {
        for (Language l : Language.values()) {
            addForms(index, l, "label.number", numberWords);
            addForms(index, l, "label.start", startWords);
            addForms(index, l, "label.date", dateWords);
        }
        // our cities' and regions' names, lower case, with the ids of the places so called
        Map<String, List<Long>> placeIds = new HashMap<>();
        for (Entity e : book.entities()) {
            if (e.kind() == kz.bot.knowledge.EntityKind.CITY || e.kind() == kz.bot.knowledge.EntityKind.REGION) {
                placeIds.computeIfAbsent(e.name().toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(e.id());
            }
        }
        Set<String> placeNames = placeIds.keySet();
        Set<String> seen = new HashSet<>();
        for (Entity e : book.entities()) {
            for (String key : book.facts(e).keySet()) {
                if (!seen.add(key)) {
                    continue;
                }
                if (Phrases.of(Language.EN).has("label.nationwide", key.split(" "))) {
                    nationwide.add(key);
                }
                String padded = " " + key + " ";
                placeIds.forEach((name, ids) -> {
                    int at = padded.indexOf(" " + name + " ");
                    if (at >= 0) {
                        placesInName.computeIfAbsent(key, k -> new HashSet<>()).addAll(ids);
                        String[] before = Phrases.words(padded.substring(0, at));
                        if (before.length == 0 || !Phrases.of(Language.EN).has("distance.from",
                                before[before.length - 1])) {
                            destinationsInName.computeIfAbsent(key, k -> new HashSet<>()).addAll(ids);
                        }
                    }
                });
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
        forms.keySet().stream().sorted().forEach(attribute -> ids.put(attribute, ids.size()));
        ids.forEach((attribute, id) -> {
            for (String word : attribute.split(" ")) {
                byKeyWord.computeIfAbsent(word, k -> new ArrayList<>()).add(id);
            }
        });
        Map<String, List<Integer>> attributesByForm = new HashMap<>();
        forms.forEach((attribute, all) -> all.forEach(form -> attributesByForm.computeIfAbsent(form,
                k -> new java.util.ArrayList<>()).add(ids.get(attribute))));
        byForm.putAll(packed(attributesByForm));
        for (Language l : Language.values()) {
            Map<String, List<Integer>> positions = new HashMap<>();
            labelWords.forEach((attribute, byLanguage) -> {
                List<Set<String>> label = byLanguage.getOrDefault(l, List.of());
                for (int i = 0; i < Math.min(label.size(), 64); i++) {
                    int word = ids.get(attribute) * 64 + i;
                    label.get(i).forEach(form -> positions.computeIfAbsent(form, k -> new java.util.ArrayList<>())
                            .add(word));
                }
            });
            byLabelForm.put(l, packed(positions));
        }
    }

    private static Map<String, int[]> packed(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((form, list) -> out.put(form, list.stream().mapToInt(Integer::intValue).toArray()));
        return out;
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

    /** Adds the forms, in {@code l}'s field, of the single words of the vocabulary entry {@code key} to {@code forms}. */
    private static void addForms(TextIndex index, Language l, String key, Set<String> forms) {
        String words = String.join(" ", Phrases.of(l).singleWords(key));
        for (Token t : index.analyze(words, TextIndex.Reading.valueOf(l.name()))) {
            t.forms().forEach(form -> forms.add(key(Field.of(l), form)));
        }
    }

    /** The field-qualified forms of {@code attribute}'s name. */
    Set<String> forms(String attribute) {
        return forms.getOrDefault(attribute, Set.of());
    }

    /** How the words of a question meet the attributes' names, looked up once for the question. */
    Matches matches(List<Word> words, Language language, AnswerKind kind) {
        return new Matches(words, language, kind);
    }

    /**
     * How the words of one question meet every attribute's name: which words name which attribute, and how much of
     * each label the question leaves out. Found by looking each word's forms up once, not by comparing every word with
     * every label. Lives for one question; not thread-safe.
     */
    final class Matches {

        private final Language language;
        private final AnswerKind kind;
        /** By attribute number: which of the question's words (bit i for word i) name it. */
        private final long[] naming = new long[ids.size()];
        /** By attribute number: which positions of its label (in the question's language) a content word says. */
        private final long[] said = new long[ids.size()];

        /** By attribute number: which of the question's words say that the thing its label dates was made or begun. */
        private final long[] starting = new long[ids.size()];
        /** The question says a thing was made or begun ("built", «салынды»): a label's start word is then said. */
        private final boolean saysStart;

        private Matches(List<Word> words, Language language, AnswerKind kind) {
            this.language = language;
            this.kind = kind;
            this.saysStart = kind == AnswerKind.WHEN && startsNamed(words);
            Map<String, int[]> labels = byLabelForm.get(language);
            String own = QueryWord.key(Field.of(language), "");
            int[] none = new int[0];
            for (int i = 0; i < Math.min(words.size(), 64); i++) {
                Word w = words.get(i);
                for (String key : w.query().keys()) {
                    if (key.startsWith(own)) {
                        for (int attribute : byForm.getOrDefault(key, none)) {
                            naming[attribute] |= 1L << i;
                        }
                    }
                    // "year" beside a year says the year of a label ("January 2022 Unrest", «События января 2022 года»),
                    // and "city" beside a place the city of one ("is Almaty the largest city?": Largest City)
                    if (w.role() == Word.Role.CONTENT || w.role() == Word.Role.YEAR_WORD
                            || w.role() == Word.Role.KIND_WORD) {
                        for (int word : labels.getOrDefault(key, none)) {
                            said[word / 64] |= 1L << (word % 64);
                        }
                    }
                }
            }
        }

        /**
         * Marks, for "when", the attributes whose key dates what a word of the question says was made or begun ("when
         * was Baiterek built": "built" names Opened, Founded); true when some word says so. The attribute's own words,
         * not their word groups: "Launches" is no beginning of the cosmodrome.
         */
        private boolean startsNamed(List<Word> words) {
            Phrases phrases = Phrases.of(language);
            boolean any = false;
            for (int i = 0; i < Math.min(words.size(), 64); i++) {
                Word w = words.get(i);
                List<String> begins = w.role() == Word.Role.CONTENT ? startLabels(phrases, w) : List.of();
                for (String word : begins) {
                    for (int id : byKeyWord.getOrDefault(word, List.of())) {
                        naming[id] |= 1L << i;
                        starting[id] |= 1L << i;
                    }
                }
                any |= !begins.isEmpty();
            }
            return any;
        }

        /**
         * The words of the attribute keys that date what {@code w} says was made or begun ({@code asks.start.*},
         * {@code label.start.*}): "built" is dated by Opened, Built or Founded; empty for other words.
         */
        private static List<String> startLabels(Phrases phrases, Word w) {
            String word = w.surface().toLowerCase(java.util.Locale.ROOT);
            for (String kind : List.of("built", "founded", "opened")) {
                if (phrases.has("asks.start." + kind, word)) {
                    return phrases.singleWords("label.start." + kind);
                }
            }
            return List.of();
        }

        /**
         * True when the question's word at {@code word} says a thing was made or begun and {@code attribute}'s label
         * says when it began: the fact holds that word, as "Opened: 30 August 2002" holds "built".
         */
        boolean startOf(String attribute, int word) {
            Integer id = ids.get(attribute);
            return id != null && word < 64 && (starting[id] & 1L << word) != 0;
        }

        /** True when the question's word at {@code word} is a word of {@code attribute}'s name or a synonym of one. */
        boolean names(String attribute, int word) {
            Integer id = ids.get(attribute);
            return id != null && word < 64 && (naming[id] & 1L << word) != 0;
        }

        /**
         * True when {@code attribute}'s label (in the question's language) says only that it is a count ("Count",
         * «Саны»; the words of {@code label.number}): "how many saigas" asks for exactly that fact of the saiga.
         */
        boolean countOnly(String attribute) {
            List<Set<String>> label = labelWords.getOrDefault(attribute, Map.of()).getOrDefault(language, List.of());
            return !label.isEmpty() && label.stream().noneMatch(w -> java.util.Collections.disjoint(w, numberWords));
        }

        /**
         * The share of the words of {@code attribute}'s label (in the question's language) that no content word of
         * the question says: "Most Populous Region" answers "population of Kazakhstan" only in part, "Population"
         * wholly.
         */
        double extra(String attribute) {
            List<Set<String>> label = labelWords.getOrDefault(attribute, Map.of()).getOrDefault(language, List.of());
            if (label.isEmpty()) {
                return 0;
            }
            long found = said[ids.get(attribute)];
            int missing = 0;
            int when = 0; // words of a "when" label left unsaid that "when" itself asks for
            boolean saidOther = false;
            boolean starts = kind == AnswerKind.WHEN
                    && label.stream().anyMatch(w -> !java.util.Collections.disjoint(w, startWords));
            for (int i = 0; i < label.size(); i++) {
                boolean isSaid = i < 64 && (found & 1L << i) != 0;
                if (kind == AnswerKind.HOW_MANY && !java.util.Collections.disjoint(label.get(i), numberWords)) {
                    continue; // "how many regions" asks for the Number of Regions
                }
                if (starts && (!java.util.Collections.disjoint(label.get(i), startWords)
                        || !java.util.Collections.disjoint(label.get(i), dateWords))) {
                    when += isSaid ? 0 : 1; // "since when do we have the tenge" asks for Currency Introduced
                    continue;
                }
                saidOther |= isSaid;
                if (!isSaid) {
                    missing++;
                }
            }
            // those count as said only when the question says another word of the label, or that the thing was made
            // or begun ("when was Baiterek built": Opened): "when" alone does not name "Founded", nor "Announced Date"
            // of a deposit
            return (double) (saidOther || saysStart ? missing : missing + when) / label.size();
        }
    }

    /**
     * The cities and regions an attribute's name holds ("how to get to astana", "distance from almaty"), by id; empty
     * for most attributes.
     */
    Set<Long> placesInName(String attribute) {
        return placesInName.getOrDefault(attribute, Set.of());
    }

    /** The places of {@link #placesInName} not named as where one starts: Astana of "how to get to astana". */
    Set<Long> destinationsInName(String attribute) {
        return destinationsInName.getOrDefault(attribute, Set.of());
    }

    /**
     * True for an attribute of a fact that holds in every place of the country alike ({@code label.nationwide}: the
     * currency, the tap water).
     */
    boolean nationwide(String attribute) {
        return nationwide.contains(attribute);
    }

    /** True for an attribute whose values name our places ("administrative center", "region"): it says where. */
    boolean namesAPlace(String attribute) {
        return placeValued.contains(attribute);
    }

    /** True for an attribute that only gives the entity another name (Russian, Kazakh, Also Known As). */
    boolean isName(String attribute) {
        return names.contains(attribute);
    }

    /**
     * The content words of a question that say {@code attribute}'s name wholly in {@code language} — each word of its
     * label met by one of them ("the prime minister" says Prime Minister, "the president" President but not First
     * President) — as a mask over {@code words} like {@link Hit#covered}; 0 when some word of the label is not said.
     */
    long namedWholly(String attribute, List<Word> words, Language language) {
        List<Set<String>> label = labelWords.getOrDefault(attribute, Map.of()).getOrDefault(language, List.of());
        long mask = 0;
        for (Set<String> labelWord : label) {
            boolean met = false;
            for (int i = 0; i < words.size() && i < Long.SIZE; i++) {
                Word w = words.get(i);
                if (w.role() == Word.Role.CONTENT && intersects(w.query(), labelWord)) {
                    mask |= 1L << i;
                    met = true;
                }
            }
            if (!met) {
                return 0;
            }
        }
        return mask;
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
