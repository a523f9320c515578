package kz.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import kz.bot.language.Transliteration;

/**
 * Finds the countries, regions and cities a question names, under any of their names and spellings ({@link
 * NameDictionary}), inflected, and with a typo or two; offers close names when none is found ({@link
 * NameSuggestions}). Built once per knowledge base; thread-safe.
 */
final class NameFinder {

    /**
     * Where a name stands in a question: word positions {@code [start, end)}, the entities it may mean (a name such as
     * Almaty is a city and a region), and whether it was matched despite a typo.
     */
    record Mention(int start, int end, List<Entity> entities, boolean fuzzy) {
    }

    /** Names this short are abbreviations, typed in capitals. */
    static final int ABBREVIATION = 3;

    private final TextIndex index;
    private final TypoRule typos;
    private final NameDictionary dictionary;
    private final NameSuggestions suggestions;

    /**
     * @param kindWords forms of words such as "region", «область», «облысы»: a region's name is also recognised
     *                  without them («Туркестанскую» for «Туркестанская область»)
     */
    NameFinder(FactBook book, TextIndex index, Set<String> kindWords) {
        this.index = index;
        this.typos = new TypoRule(index);
        this.dictionary = new NameDictionary(book, index, kindWords);
        this.suggestions = new NameSuggestions(index, typos, dictionary);
    }

    /** The first form of each token: how names are compared. */
    static List<String> firstForms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.forms().iterator().next());
        }
        return out;
    }

    /**
     * True when {@code forms} are one of the names {@code e} goes by now (its name in some language) or words of it
     * (a person's surname), not a former name or another: "When was Astana called Nur-Sultan?" asks about the other
     * name.
     */
    boolean ownName(Entity e, List<String> forms) {
        return !forms.isEmpty() && e.allNames().stream().anyMatch(n ->
                java.util.Collections.indexOfSubList(firstForms(index.nameForms(n)), forms) >= 0);
    }

    /** As {@link #ownName(Entity, List)}, for a name as written. */
    boolean ownName(Entity e, String written) {
        return ownName(e, firstForms(index.nameForms(written)));
    }

    /** True when {@code forms} are exactly the forms of some name. */
    boolean isExactName(List<String> forms) {
        return dictionary.isExactName(forms);
    }

    /** As {@link #find(List, IntPredicate, IntPredicate, IntFunction)}, every word an abbreviation may be. */
    List<Mention> find(List<String> questionForms, IntPredicate known) {
        return find(questionForms, known, i -> true, i -> null);
    }

    /**
     * The names in {@code questionForms}, longest match first, left to right. A word for which {@code known} is true
     * is an ordinary word and is never read as a misspelt name. Where {@code abbreviationOk} is false for a word (a
     * word of at most {@link #ABBREVIATION} letters not typed in capitals), no one-word name is found there: «ско» is
     * not «СКО». {@code typed} gives each word as typed: a name written as an acronym ({@link #acronym}) is found only
     * where it is typed in capitals or spelt as it is written, not where a word merely has its stem: «казнь»
     * (execution) and «КазНУ», the university, are both «казн» to the stemmer, but only «КазНУ», «казну» or "kaznu"
     * name the university.
     */
    List<Mention> find(List<String> questionForms, IntPredicate known, IntPredicate abbreviationOk,
            IntFunction<String> typed) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < questionForms.size()) {
            Mention m = exactAt(questionForms, i, typed.apply(i));
            if (m == null) {
                m = surnameAt(questionForms, i);
            }
            if (m == null) {
                m = adjectiveAt(questionForms, i, known.test(i));
            }
            if (m != null && m.end() - m.start() == 1 && !abbreviationOk.test(i)
                    && !spellsAcronym(questionForms.get(i), typed.apply(i))) {
                m = null;
            }
            if (m == null && !known.test(i)) {
                m = fuzzyAt(questionForms, i);
            }
            if (m == null && !known.test(i)) {
                m = overStemmedAt(questionForms, i, typed.apply(i));
            }
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            i = m.end();
        }
        return out;
    }

    /**
     * True when {@code typed} is letter for letter a Cyrillic acronym of three letters some name is written as, in
     * small letters: «вко», «шқо» for «ВКО», «ШҚО» (people type the regions so); a Latin one stays in capitals ("ala"
     * is no airport).
     */
    private boolean spellsAcronym(String form, String typed) {
        return typed != null && typed.codePointCount(0, typed.length()) == ABBREVIATION
                && typed.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                && dictionary.withFirstForm(form).stream().anyMatch(n -> n.forms().size() == 1
                && acronym(n.written()) && n.written().equalsIgnoreCase(typed));
    }

    private Mention exactAt(List<String> q, int i) {
        return exactAt(q, i, null);
    }

    /** The longest names starting at word {@code i}; {@code typed}, the word as typed, is null when it is not known. */
    private Mention exactAt(List<String> q, int i, String typed) {
        int bestLength = 0;
        Set<Entity> entities = new LinkedHashSet<>();
        for (NameDictionary.Name n : dictionary.withFirstForm(q.get(i))) {
            int len = n.forms().size();
            if (len < bestLength || i + len > q.size() || !restMatches(q, i, n.forms())
                    || len == 1 && typed != null && acronym(n.written()) && !typedAs(typed, n.written())) {
                continue;
            }
            if (len > bestLength) {
                bestLength = len;
                entities.clear();
            }
            entities.add(n.entity());
        }
        return bestLength == 0 ? null : new Mention(i, i + bestLength, List.copyOf(entities), false);
    }

    /**
     * True when {@code written} is one word written as an acronym: two capital letters or more, at least half its
     * letters capitals («КазНУ», «ЕНУ», "KBTU"; not "Nur-Sultan" or «МакДональдс»).
     */
    static boolean acronym(String written) {
        if (written.indexOf(' ') >= 0 || written.indexOf('-') >= 0) {
            return false;
        }
        long letters = written.codePoints().filter(Character::isLetter).count();
        long capitals = written.codePoints().filter(Character::isUpperCase).count();
        return capitals >= 2 && capitals * 2 >= letters;
    }

    /**
     * True when {@code typed} is the acronym {@code written}: typed in capitals (two or more), or spelt with its letters
     * in either script ("kaznu", «казну» for «КазНУ»).
     */
    static boolean typedAs(String typed, String written) {
        return typed.codePoints().filter(Character::isUpperCase).count() >= 2 || Transliteration.plain(typed).equals(Transliteration.plain(written));
    }

    /**
     * A Russian surname in a case («о Токаеве», «Назарбаеву»): Snowball takes only the case ending off it (токаев), but
     * all of «-ев» off the surname itself (тока), so the name is looked up without «-ев» or «-ов» too.
     */
    private Mention surnameAt(List<String> q, int i) {
        String w = q.get(i);
        if (w.length() < 5 || !(w.endsWith("ев") || w.endsWith("ов"))) {
            return null;
        }
        List<String> trimmed = new ArrayList<>(q);
        trimmed.set(i, w.substring(0, w.length() - 2));
        return exactAt(trimmed, i);
    }

    /**
     * A Russian adjective made of a place's name («Костанайская область», «в Кызылординской области», «алматинский»),
     * when the knowledge lists the place under its noun only (an English article: "Kostanay", "Kyzylorda"): the
     * name is looked up without «-ск-» and its ending, and where «-ин-» stood before it, with the noun's own last
     * vowel (кызылорд-ин-ская → Кызылорда, алмат-ин-ский → Алматы, актюб-ин-ская → Актюбе). A misspelt remainder
     * counts only where the word is not one the knowledge knows. The country is no such place: «казахстанский»
     * qualifies anything, and «Восточно-Казахстанская» is a region.
     */
    private Mention adjectiveAt(List<String> q, int i, boolean known) {
        Matcher m = PLACE_ADJECTIVE.matcher(q.get(i));
        if (!m.matches()) {
            return null;
        }
        List<String> nouns = new ArrayList<>();
        nouns.add(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(2) != null) {
            for (String vowel : NOUN_VOWELS) {
                nouns.add(m.group(1) + vowel);
            }
        }
        for (boolean fuzzy : new boolean[] {false, true}) {
            if (fuzzy && known) {
                break;
            }
            for (String noun : nouns) {
                List<String> forms = firstForms(index.nameForms(noun));
                if (forms.size() != 1 || forms.get(0).length() < MIN_ADJECTIVE_NOUN) {
                    continue;
                }
                List<String> trimmed = new ArrayList<>(q);
                trimmed.set(i, forms.get(0));
                Mention found = fuzzy ? fuzzyAt(trimmed, i) : exactAt(trimmed, i);
                if (found != null && found.entities().stream().noneMatch(e -> e.kind() == EntityKind.COUNTRY)) {
                    return new Mention(found.start(), found.end(), found.entities(), fuzzy);
                }
            }
        }
        return null;
    }

    /**
     * A Russian adjective of a name, as the names field keeps it (stemmed «костанайск», or whole): the noun, «ин»
     * where it stood before «ск», and the ending.
     */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile(
            "([а-яё]{3,}?)(ин)?ск(ая|ой|ую|ий|ого|ому|ом|ое|ие|их|им|ими|ые|ым|ыми|ый)?");

    /** The last vowel a name loses before «-инск-» (Кызылорда, Алматы, Актюбе), tried in this order. */
    private static final List<String> NOUN_VOWELS = List.of("а", "ы", "е");

    /** A remainder shorter than this is too short to be a place's name (росс-ийск-ий, мор-ск-ой). */
    static final int MIN_ADJECTIVE_NOUN = 5;

    /**
     * A misspelt one-word name whose form the stemmer cut too short to be looked for as a typo («Алмты», whose form
     * is «алм»): the names near that form, each compared as written with the word as typed («алматы», «алмты»).
     */
    private Mention overStemmedAt(List<String> q, int i, String typed) {
        String word = q.get(i);
        if (typed == null || word.length() >= 4 || word.length() < 3
                || typed.codePointCount(0, typed.length()) < Typos.MIN_LENGTH) {
            return null;
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        Set<Entity> entities = new LinkedHashSet<>();
        for (String first : index.nameFormsNear(word, 2, true)) {
            for (NameDictionary.Name n : dictionary.withFirstForm(first)) {
                String written = n.written().toLowerCase(Locale.ROOT);
                if (n.forms().size() == 1 && !written.equals(lower) && typos.isTypo(lower, written)) {
                    entities.add(n.entity());
                }
            }
        }
        return entities.isEmpty() ? null : new Mention(i, i + 1, List.copyOf(entities), true);
    }

    private Mention fuzzyAt(List<String> q, int i) {
        String word = q.get(i);
        if (word.length() < 4) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        int bestLength = 0;
        Set<Entity> entities = new LinkedHashSet<>();
        // the dictionary finds candidates fast; the typo rule of Edits decides, as for every other word
        for (String first : index.nameFormsNear(word, 2, true)) {
            if (first.length() <= ABBREVIATION || !typos.isTypo(word, first)) {
                // a short name is an abbreviation or a stub («ЕНУ», «СКО»): typed exactly or not at all, never as
                // a typo of an ordinary word («енді»)
                continue;
            }
            for (NameDictionary.Name n : dictionary.withFirstForm(first)) {
                int len = n.forms().size();
                if (i + len > q.size() || !restMatches(q, i, n.forms())) {
                    continue;
                }
                int d = typos.distance(word, first);
                if (d < best || d == best && len > bestLength) {
                    best = d;
                    bestLength = len;
                    entities.clear();
                }
                if (d == best && len == bestLength) {
                    entities.add(n.entity());
                }
            }
        }
        return bestLength == 0 ? null : new Mention(i, i + bestLength, List.copyOf(entities), true);
    }

    /** The words after the first of a multi-word name: each the same, or a typo of it («Нур-Султане»). */
    private boolean restMatches(List<String> q, int i, List<String> name) {
        for (int j = 1; j < name.size(); j++) {
            String typed = q.get(i + j);
            if (!typed.equals(name.get(j)) && !typos.isTypo(typed, name.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entities of {@code kind} that {@code text} names: an exact name first; otherwise every name within a typo's
     * reach. Empty when nothing is close.
     */
    List<Entity> lookup(String text, Language language, EntityKind kind) {
        List<String> q = firstForms(index.nameForms(text));
        if (q.isEmpty()) {
            return List.of();
        }
        Set<Entity> exact = new LinkedHashSet<>();
        for (NameDictionary.Name n : dictionary.withFirstForm(q.get(0))) {
            if (n.entity().kind() == kind && n.forms().equals(q)) {
                exact.add(n.entity());
            }
        }
        if (!exact.isEmpty()) {
            return List.copyOf(exact);
        }
        Set<Entity> found = new LinkedHashSet<>();
        for (Mention m : find(q, i -> false)) {
            m.entities().stream().filter(e -> e.kind() == kind).forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** Up to {@code limit} entities of {@code kind} whose names are closest to {@code text}, for "did you mean". */
    List<Entity> closest(String text, Language language, EntityKind kind, int limit) {
        return suggestions.closest(text, kind, limit);
    }

    /**
     * Up to {@code limit} entities with a name that begins with {@code text} ("alm" → Almaty), cities before regions:
     * what someone typing an inline query is on the way to.
     */
    List<Entity> startingWith(String text, Language language, int limit) {
        return suggestions.startingWith(text, limit);
    }

    /** Closest entities of any kind to the words of a question that nothing matched. */
    List<Entity> closestToWords(List<String> words, int limit) {
        return suggestions.closestToWords(words, limit);
    }
}
