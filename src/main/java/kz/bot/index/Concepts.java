package kz.bot.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.language.KazakhVerbForms;
import kz.bot.language.Language;

/**
 * Groups of words that mean the same thing, in any of the three languages ("population, inhabitants, население,
 * халқы"): the built-in vocabulary ({@code /language/concepts.txt}) and the knowledge base's synonyms file. Each word
 * is analysed by the chain of its own language, so «населения» meets «население» and "inhabitants" meets
 * "inhabitant"; a question word that belongs to a group then stands for the group's words in every language.
 *
 * <p>Matching is done here rather than with Lucene's {@code SynonymGraphFilter}: Kazakh words arrive as stacked
 * alternatives (a word and its stems at one position), a graph that filter does not take as input.
 */
final class Concepts {

    /**
     * How a group marks a word that is searched for the group but does not stand for it in a question (the words after
     * "=>" in a synonyms line; see {@link BuiltInConcepts#split}).
     */
    static final String SEARCHED_ONLY = "=>";

    /** One entry of a group in one language: per word, its alternative forms. */
    private record Entry(int concept, List<Set<String>> words) {
    }

    /** By language: first form of an entry → the entries starting with it. */
    private final Map<Language, Map<String, List<Entry>>> entries = new EnumMap<>(Language.class);
    /** concept → language → the forms of its one-word entries. */
    private final List<Map<Language, Set<String>>> forms = new ArrayList<>();
    /** concept → language → its entries of more than one word, per word its forms ("median age", «орташа жас»). */
    private final List<Map<Language, List<List<Set<String>>>>> phrases = new ArrayList<>();
    /** By language, the words of the groups' entries as they are written (lower case): what a typo is compared with. */
    private final Map<Language, Set<String>> written = new EnumMap<>(Language.class);

    private Concepts() {
        for (Language l : Language.values()) {
            entries.put(l, new HashMap<>());
            written.put(l, new LinkedHashSet<>());
        }
    }

    /** Builds the concepts of {@code groups}, each a list of words or phrases in any of the three languages. */
    static Concepts of(List<List<String>> groups, Map<Language, LanguageAnalyzer> analyzers) {
        return of(groups, analyzers, Set.of());
    }

    /**
     * As {@link #of(List, Map)}; a word of a group stands for its stems in a search, except a stem that is one of
     * {@code names} (forms of the knowledge's place names, as the languages' analysers write them): «астанасы» ("its
     * capital") is searched as itself, not as «астана», which is every mention of the city Astana.
     */
    static Concepts of(List<List<String>> groups, Map<Language, LanguageAnalyzer> analyzers, Set<String> names) {
        Concepts c = new Concepts();
        for (List<String> group : groups) {
            int id = c.forms.size();
            Map<Language, Set<String>> byLanguage = new EnumMap<>(Language.class);
            Map<Language, List<List<Set<String>>>> phrasesByLanguage = new EnumMap<>(Language.class);
            for (String entryText : withVerbForms(group)) {
                boolean searchedOnly = entryText.startsWith(SEARCHED_ONLY);
                String written = searchedOnly ? entryText.substring(SEARCHED_ONLY.length()) : entryText;
                String phrase = LANGUAGE_TAG.matcher(written).replaceFirst("");
                for (Language language : languagesOf(written)) {
                    List<Set<String>> words = Analysis.positions(analyzers.get(language), phrase);
                    if (words.isEmpty()) {
                        continue;
                    }
                    Entry entry = new Entry(id, words);
                    for (String first : searchedOnly ? Set.<String>of() : words.get(0)) {
                        c.entries.get(language).computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
                    }
                    if (!group.contains(entryText)) {
                        continue; // a verb's other form says the group is meant; the group is searched as written
                    }
                    if (!searchedOnly) {
                        for (String word : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                            if (!word.isEmpty()) {
                                c.written.get(language).add(word);
                            }
                        }
                    }
                    if (words.size() > 1) {
                        phrasesByLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(words);
                    }
                    if (words.size() == 1) {
                        Set<String> forms = byLanguage.computeIfAbsent(language, k -> new LinkedHashSet<>());
                        // the longest form is the word itself, the shorter ones its stems (a token's forms are a set)
                        int word = words.get(0).stream().mapToInt(String::length).max().orElse(0);
                        for (String form : words.get(0)) {
                            if (form.length() == word || !names.contains(form)) {
                                forms.add(form);
                            }
                        }
                    }
                }
            }
            c.forms.add(byLanguage);
            c.phrases.add(phrasesByLanguage);
        }
        return c;
    }

    /**
     * {@code group} and, after each Kazakh verb form in it, the verb's other everyday forms, as Kazakh only: a group
     * that says «жазған» (written) also says «жазды», so «абай жолын кім жазды» asks for an author
     * ({@link KazakhVerbForms}). The other forms only recognise the group in a question; they are not searched: «тұрды»
     * and «тұратын» of «тұрады» (lives) are in half the Kazakh texts, and would make "live" a word of no weight. On the
     * labeled questions, searching them too cost 5 right answers and gave 4 more wrong ones (session 30).
     */
    static List<String> withVerbForms(List<String> group) {
        List<String> out = new ArrayList<>(group);
        for (String written : group) {
            if (!written.startsWith(SEARCHED_ONLY) && languagesOf(written).contains(Language.KK)) {
                String phrase = LANGUAGE_TAG.matcher(written).replaceFirst("");
                for (String other : KazakhVerbForms.others(phrase)) {
                    if (!group.contains(other)) {
                        out.add("kk:" + other);
                    }
                }
            }
        }
        return out;
    }

    /** A word's language said before it, "kk:аты": Kazakh only, where «аты» ("its name") is no Russian word. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^(en|ru|kk):");

    /**
     * The language a phrase is tagged with ("kk:аты"); otherwise English for Latin script, Kazakh for Kazakh letters,
     * Russian and Kazakh for other Cyrillic.
     */
    static List<Language> languagesOf(String phrase) {
        Matcher tag = LANGUAGE_TAG.matcher(phrase);
        if (tag.lookingAt()) {
            return List.of(Language.valueOf(tag.group(1).toUpperCase(java.util.Locale.ROOT)));
        }
        boolean cyrillic = false;
        for (int i = 0; i < phrase.length(); i++) {
            char ch = Character.toLowerCase(phrase.charAt(i));
            if ("әғқңөұүһі".indexOf(ch) >= 0) {
                return List.of(Language.KK);
            }
            cyrillic |= Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC;
        }
        return cyrillic ? List.of(Language.RU, Language.KK) : List.of(Language.EN);
    }

    /**
     * How an analysed question's positions meet the groups, found in one pass.
     *
     * @param concepts    by position, the groups it belongs to: every entry of the language whose words match the
     *                    positions from there on (each word by any of its forms) marks all the positions it covers
     * @param phraseForms by position, by language, the forms a phrase of a group says in that position where the
     *                    question says another phrase of the group as long: "average age" stands for "median age"
     *                    word by word (average for median, age for age), and for «медианный возраст», «медианалық
     *                    жас»; a group's one-word forms ({@link #forms}) cannot stand for a phrase, whose words are
     *                    searched one by one. Word for word is rough ("capital city" also searches «главный» of
     *                    «главный город»), but on the labeled questions it gained 8 right answers and lost 4 wrong
     *                    ones (session 24; only phrases of the question's language differing in one word: no gain)
     */
    record Matched(List<Set<Integer>> concepts, List<Map<Language, Set<String>>> phraseForms) {
    }

    /** How {@code positions}, a question analysed in {@code language}, meet the groups ({@link Matched}). */
    Matched match(List<Set<String>> positions, Language language) {
        List<Set<Integer>> concepts = new ArrayList<>(positions.size());
        List<Map<Language, Set<String>>> phraseForms = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            concepts.add(new LinkedHashSet<>());
            phraseForms.add(new EnumMap<>(Language.class));
        }
        for (int p = 0; p < positions.size(); p++) {
            for (Entry e : found(positions, p, language)) {
                int length = e.words().size();
                for (int k = 0; k < length; k++) {
                    concepts.get(p + k).add(e.concept());
                }
                if (length < 2) {
                    continue;
                }
                for (var byLanguage : phrases.get(e.concept()).entrySet()) {
                    for (List<Set<String>> words : byLanguage.getValue()) {
                        if (words.size() == length) {
                            for (int k = 0; k < length; k++) {
                                phraseForms.get(p + k).computeIfAbsent(byLanguage.getKey(),
                                        x -> new LinkedHashSet<>()).addAll(words.get(k));
                            }
                        }
                    }
                }
            }
        }
        return new Matched(concepts, phraseForms);
    }

    /** The entries of {@code language} that the positions from {@code p} on say. */
    private List<Entry> found(List<Set<String>> positions, int p, Language language) {
        Map<String, List<Entry>> byFirst = entries.get(language);
        String word = longest(positions.get(p));
        List<Entry> exact = matching(byFirst.getOrDefault(word, List.of()), positions, p);
        // a word written in a group means that group: «басым» (predominant) is the group of "main", not the group
        // of «басшы» (leader), with which it only shares the stem «бас»
        List<Entry> found = new ArrayList<>(exact);
        if (exact.isEmpty()) {
            for (String form : positions.get(p)) {
                found.addAll(matching(byFirst.getOrDefault(form, List.of()), positions, p));
            }
        }
        return found;
    }

    private static List<Entry> matching(List<Entry> candidates, List<Set<String>> positions, int p) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : candidates) {
            if (matchesFrom(e, positions, p)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The word itself among a position's forms: its longest (the others are its stems). */
    private static String longest(Set<String> forms) {
        String out = "";
        for (String f : forms) {
            if (f.length() > out.length()) {
                out = f;
            }
        }
        return out;
    }

    private static boolean matchesFrom(Entry e, List<Set<String>> positions, int p) {
        if (p + e.words().size() > positions.size()) {
            return false;
        }
        for (int k = 1; k < e.words().size(); k++) {
            if (java.util.Collections.disjoint(e.words().get(k), positions.get(p + k))) {
                return false;
            }
        }
        return true;
    }

    /** The one-word forms of {@code concept} in {@code language}'s analysis. */
    Set<String> forms(int concept, Language language) {
        return forms.get(concept).getOrDefault(language, Set.of());
    }

    int size() {
        return forms.size();
    }

    /**
     * The words the groups' entries are written with in {@code language}, lower case: "famous", «известен»,
     * «танымал». A word asked about may be misspelt where no text of the knowledge writes it, and is then found among
     * these ({@link Spelling#ofWords}).
     */
    Set<String> writtenWords(Language language) {
        return java.util.Collections.unmodifiableSet(written.get(language));
    }
}
