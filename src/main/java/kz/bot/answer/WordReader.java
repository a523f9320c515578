package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Builds a question's {@link Word}s from its analysed tokens: the role each word plays (content, part of a place's
 * name, a kind word, the country, a foreign place, a question phrase), the forms it is searched by in every field
 * (its synonyms, its forms as a name, close words when it is a typo), whether the knowledge knows it, its weight, and
 * the kind of place it points back to. Built once per knowledge base; thread-safe.
 */
final class WordReader {

    /** A word known only as a typo of a known word weighs this share of what it would weigh: it may be misread. */
    private static final double FUZZY_WEIGHT = 0.8;
    /**
     * A verb's form ({@code ending.verb_form}: «лежит», «басқарған») weighs this share: it says what happens, which a
     * text says in many other words, while the nouns say what the question is about. On the tuning questions 1, 0.7,
     * 0.5 and 0.3 gave 987, 988, 990 and 992 right answers, 26 wrong each; 0.3 cost precision on the held-out files.
     */
    private static final double VERB_WEIGHT = 0.5;
    /** A word as typed: what lies between spaces. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

    private final TextIndex index;
    private final Entity country;
    /** The most units in any field: the N of the inverse document frequency. */
    private final int units;

    /** @param country the one country of the knowledge, whose name is a country word rather than a place's */
    WordReader(TextIndex index, Entity country) {
        this.index = index;
        this.country = country;
        int n = 0;
        for (Field f : Field.values()) {
            n = Math.max(n, index.docCount(f));
        }
        this.units = Math.max(1, n);
    }

    /**
     * The words of {@code text}, one for each of {@code tokens}.
     *
     * @param guess        the text's language and how it was analysed
     * @param tokens       the text analysed as words of its language
     * @param synonyms     for each of {@code tokens}, the word groups it belongs to ({@link TextIndex#synonyms}),
     *                     looked up once by the caller
     * @param nameTokens   the text analysed as names
     * @param places       our places the text names, each where it names them (a place named twice, twice)
     * @param foreignSpans where it names places that are not ours, as character spans
     * @param measure      the question asks how long something is, not how long it takes ({@link Signal#MEASURE} of a
     *                     {@link AnswerKind#HOW_MANY} question): "long" of "how long is the Syr Darya" names the
     *                     river's Length, as "high" of "how high is Khan Tengri" names its Height
     */
    List<Word> read(String text, LanguageGuess guess, List<Token> tokens, List<Map<Field, Set<String>>> synonyms,
                    List<Token> nameTokens, List<Place> places, List<int[]> foreignSpans, boolean measure) {
        Language language = guess.language();
        Phrases phrases = Phrases.of(language);
        List<int[]> countryWords = phrases.countryWords(text);
        List<int[]> questionWords = new ArrayList<>(phrases.spans("question.words", text));
        List<int[]> madeOf = phrases.spans("signal.made_of", text);
        questionWords.addAll(madeOf); // "made of" asks; what it is made of is the topic
        if (!madeOf.isEmpty()) {
            questionWords.addAll(phrases.spans("word.making", text)); // «из чего его делают»: «делают» asks too
        }
        questionWords.addAll(phrases.spans("asks.more", text)); // "tell me more", «подробнее»: how much, not what
        List<int[]> pointing = phrases.spans("word.there", text); // «ол жерде»: the place talked about, not a topic
        // "the official name of the country" asks for that name: "name of" does not ask there
        List<int[]> named = phrases.spans("not.question", text);
        questionWords.removeIf(q -> named.stream().anyMatch(n -> q[0] < n[1] && n[0] < q[1]));
        boolean[] asking = askingInCyrillic(text, guess, tokens, phrases);
        List<Decades.Decade> decades = Decades.in(text);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String typed = text.substring(t.start(), Math.min(t.end(), text.length()));
            Word.Role role = role(t, places, foreignSpans, countryWords, phrases, typed, text);
            boolean measured = measure && phrases.has("word.measure", new String[] {typed});
            if (role == Word.Role.CONTENT && (within(t, questionWords) && !measured || asking[i])) {
                role = Word.Role.QUESTION;
            }
            if (role == Word.Role.CONTENT && within(t, pointing)) {
                role = Word.Role.LIGHT;
            }
            // a word that asks when it ends the question: "kazakhstan anthem name" asks for the anthem's name, while
            // "the name Kazakhstan" is what "what does the name Kazakhstan mean" asks about
            if (role == Word.Role.CONTENT && i == tokens.size() - 1
                    && phrases.has("question.last", Phrases.words(typed))) {
                role = Word.Role.QUESTION;
            }
            Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
            terms.put(Field.of(language), new LinkedHashSet<>(t.forms()));
            // a word of a city's or region's name is that place, not what the word means: «Астана» is no capital;
            // "oblast" of "Almaty oblast" is still a region, and a sight's name keeps the meaning of its words
            // ("lake", «ғарыш айлағы»)
            String[] alone = Phrases.words(typed);
            if (!withinAName(t, places) || phrases.has("word.region", alone) || phrases.has("word.city", alone)) {
                synonyms.get(i).forEach((f, forms) -> terms.computeIfAbsent(f, k -> new LinkedHashSet<>())
                        .addAll(forms));
            }
            boolean ownKnown = t.forms().stream().anyMatch(f -> index.docFreq(Field.of(language), f) > 0);
            if (role != Word.Role.CONTENT || !ownKnown && typed.codePointCount(0, typed.length()) >= 5
                    || Word.figure(typed)) {
                // names and unknown long words are also looked up as names: a transliteration may be in the text;
                // so are figures, written alike in every language («в 2024 году» meets "in 2024" of an English text)
                for (Token n : nameTokens) {
                    if (n.start() < t.end() && t.start() < n.end()) {
                        terms.computeIfAbsent(Field.NAMES, k -> new LinkedHashSet<>()).addAll(n.forms());
                    }
                }
            }
            Set<String> asNames = terms.getOrDefault(Field.NAMES, Set.of());
            if (role == Word.Role.PLACE && asNames.stream().noneMatch(f -> index.docFreq(Field.NAMES, f) > 0)) {
                // «алматинской области» is Almaty's region: where no text writes the word as typed (English articles
                // alone), a text that writes the place's own one-word name ("Almaty (+7,600)") names it
                terms.computeIfAbsent(Field.NAMES, k -> new LinkedHashSet<>()).addAll(ownName(t, places));
            }
            for (Decades.Decade d : decades) {
                if (t.start() < d.end() && d.start() < t.end() && typed.chars().anyMatch(Character::isDigit)) {
                    // "the 1930s" is each of its years, in every language's text
                    terms.get(Field.of(language)).addAll(d.years());
                    terms.computeIfAbsent(Field.NAMES, k -> new LinkedHashSet<>()).addAll(d.years());
                }
            }
            int df = maxDocFreq(terms);
            // an everyday word, or one that speaks of the source itself ("story", "outlet", "written"), that no unit
            // contains says nothing about the topic
            if (df == 0 && role == Word.Role.CONTENT
                    && (light(phrases, alone) || light(phrases, inCyrillic(typed, guess)))) {
                role = Word.Role.LIGHT; // "preobladaet" typed in Latin letters is «преобладает» as much
            }
            // a filler ("realistically", «вообще») says nothing about the topic even where some text happens to contain it
            if (role == Word.Role.CONTENT && alone.length > 0 && phrases.has("word.filler", alone)) {
                role = Word.Role.LIGHT;
            }
            // so does a stop word misspelt ("what happend in 1986"), rather than be searched by its close terms
            if (df == 0 && role == Word.Role.CONTENT && index.typoOfStopWord(language, typed)) {
                role = Word.Role.LIGHT;
            }
            boolean fuzzy = false;
            if (df == 0 && role == Word.Role.CONTENT) {
                Set<String> close = new HashSet<>();
                for (String form : t.forms()) {
                    close.addAll(index.closeTerms(Field.of(language), form));
                }
                close.addAll(index.closeWords(Field.of(language), guess.how(), typed));
                if (!close.isEmpty()) {
                    terms.get(Field.of(language)).addAll(close);
                    // and what the words it is close to mean in the other languages: «граничат», which Snowball
                    // leaves whole, is close to «гранич» of «граничит», a word for border
                    index.synonyms(List.of(new Token(t.start(), t.end(), close)), language).get(0).forEach((f, forms) ->
                            terms.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(forms));
                    fuzzy = true;
                    df = maxDocFreq(terms);
                }
            }
            boolean known = df > 0;
            double weight = idf(df) * (fuzzy ? FUZZY_WEIGHT : 1.0)
                    * (role == Word.Role.CONTENT && phrases.endsWith("ending.verb_form", typed) ? VERB_WEIGHT : 1.0);
            EntityKind names = pointsBack(phrases, text, t, typed);
            words.add(new Word(typed, t.start(), t.end(), new QueryWord(terms, weight), role, known, fuzzy, names));
        }
        return yearWords(words, phrases);
    }

    /**
     * {@code words} with each content word for "year" beside a year in digits as a {@link Word.Role#YEAR_WORD}, and
     * each word for a part of a year ("start", «начале», «басында») beside a year or such a word too: "the population
     * at the start of 2026" asks for the figure then, not about a start (the English "start" had met the Baikonur
     * launches, the Kazakh «басында» the word «бас», head).
     */
    static List<Word> yearWords(List<Word> words, Phrases phrases) {
        List<Word> out = new ArrayList<>(words);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean besideYear = i > 0 && words.get(i - 1).year() || i + 1 < words.size() && words.get(i + 1).year();
            if (w.role() == Word.Role.CONTENT && besideYear && phrases.has("word.year", Phrases.words(w.surface()))) {
                out.set(i, w.withRole(Word.Role.YEAR_WORD));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Word w = out.get(i);
            if (w.role() == Word.Role.CONTENT && (yearOrYearWord(out, i - 1) || yearOrYearWord(out, i + 1))
                    && phrases.has("word.year_part", Phrases.words(w.surface()))) {
                out.set(i, w.withRole(Word.Role.YEAR_WORD));
            }
        }
        return out;
    }

    private static boolean yearOrYearWord(List<Word> words, int i) {
        return i >= 0 && i < words.size() && (words.get(i).year() || words.get(i).role() == Word.Role.YEAR_WORD);
    }

    /**
     * For Russian or Kazakh typed in Latin letters, which tokens are words of a phrase that asks ("qymyz neden
     * jasalady" is «қымыз неден жасалады»: «жасалады» asks what it is made of), found in the text's words written in
     * Cyrillic one by one; all false for other text.
     */
    private boolean[] askingInCyrillic(String text, LanguageGuess guess, List<Token> tokens, Phrases phrases) {
        boolean[] out = new boolean[tokens.size()];
        if (guess.how() != TextIndex.Reading.RU_LATIN && guess.how() != TextIndex.Reading.KK_LATIN) {
            return out;
        }
        // word by word, stop words included («неден»), each with where it stands in the text and in Cyrillic
        StringBuilder cyrillic = new StringBuilder();
        List<int[]> at = new ArrayList<>(); // {start in text, end in text, start in cyrillic, end in cyrillic}
        java.util.regex.Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (cyrillic.length() > 0) {
                cyrillic.append(' ');
            }
            int start = cyrillic.length();
            cyrillic.append(index.cyrillic(word.group(), guess.how()).strip());
            at.add(new int[] {word.start(), word.end(), start, cyrillic.length()});
        }
        List<int[]> spans = new ArrayList<>(phrases.spans("question.words", cyrillic.toString()));
        spans.addAll(phrases.spans("signal.made_of", cyrillic.toString()));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (int[] w : at) {
                if (t.start() < w[1] && w[0] < t.end()) {
                    out[i] |= spans.stream().anyMatch(span -> w[2] < span[1] && span[0] < w[3]);
                }
            }
        }
        return out;
    }

    private static boolean light(Phrases phrases, String[] words) {
        return words.length > 0 && (phrases.has("word.light", words) || phrases.has("signal.document", words));
    }

    /** {@code typed} in Cyrillic letters when the text is Russian or Kazakh typed in Latin ones; else no words. */
    private String[] inCyrillic(String typed, LanguageGuess guess) {
        return guess.how() == TextIndex.Reading.RU_LATIN || guess.how() == TextIndex.Reading.KK_LATIN
                ? Phrases.words(index.cyrillic(typed, guess.how()).strip()) : new String[0];
    }

    /**
     * The name forms of the place whose name {@code t} begins, when that name is one word: nothing for a word inside
     * a longer name ("Kazakhstan" of East Kazakhstan would meet every text naming the country).
     */
    private Set<String> ownName(Token t, List<Place> places) {
        for (Place p : places) {
            if (p.start() == t.start() && !p.fuzzy()) { // a misspelt name may be another place's ("байкал")
                List<Token> name = index.nameForms(p.entity().name());
                return name.size() == 1 ? name.get(0).forms() : Set.of();
            }
        }
        return Set.of();
    }

    /** True when {@code t} is a word of the name of a city or region of {@code places} as the question writes it. */
    private static boolean withinAName(Token t, List<Place> places) {
        return places.stream().anyMatch(p -> p.start() <= t.start() && t.end() <= p.end()
                && (p.entity().kind() == EntityKind.CITY || p.entity().kind() == EntityKind.REGION));
    }

    private static boolean within(Token t, List<int[]> spans) {
        return spans.stream().anyMatch(span -> t.start() < span[1] && span[0] < t.end());
    }

    /**
     * What token {@code t} is in the question: part of a place's name (ours or another country's), a word for the
     * country, a sight's word beside its name, a word for region or city that says which place is meant; else content.
     */
    private Word.Role role(Token t, List<Place> places, List<int[]> foreignSpans, List<int[]> countryWords,
                           Phrases phrases, String typed, String text) {
        for (Place p : places) {
            if (t.start() < p.end() && p.start() < t.end()) {
                return p.entity().equals(country) ? Word.Role.COUNTRY : Word.Role.PLACE;
            }
        }
        for (int[] span : foreignSpans) {
            if (t.start() < span[1] && span[0] < t.end()) {
                return Word.Role.FOREIGN;
            }
        }
        for (int[] span : countryWords) {
            if (t.start() < span[1] && span[0] < t.end()) {
                return Word.Role.COUNTRY;
            }
        }
        String[] one = Phrases.words(typed);
        if (phrases.has("word.sight", one) && besideAPlace(t, places, text, phrases)) {
            return Word.Role.PLACE; // «пик Хан-Тенгри», "Lake Balkhash", «Арал теңізі»: the sight's own word
        }
        // "region" says which Almaty is meant; without a place named, "how many regions" asks about regions, and
        // "which region is Baikonur in" asks for a region
        boolean region = phrases.has("word.region", one);
        boolean city = phrases.has("word.city", one);
        for (Place p : places) {
            boolean alternatives = p.alternatives().stream().anyMatch(e -> region && e.kind() == EntityKind.REGION
                    || city && e.kind() == EntityKind.CITY);
            if (alternatives && !p.entity().equals(country)) {
                return Word.Role.KIND_WORD;
            }
        }
        return Word.Role.CONTENT;
    }

    /**
     * True when only spaces, a hyphen or other words of a sight stand between {@code t} and the name of a sight
     * («Бурабай ұлттық паркі», «национальный парк Бурабай»); "Turkestan mausoleum" is not the city of Turkestan:
     * "mausoleum" stays what is asked.
     */
    private static boolean besideAPlace(Token t, List<Place> places, String text, Phrases phrases) {
        for (Place p : places) {
            if (p.alternatives().stream().noneMatch(e -> e.kind() == EntityKind.SIGHT)) {
                continue;
            }
            int from = p.start() >= t.end() ? t.end() : p.end();
            int to = p.start() >= t.end() ? p.start() : t.start();
            if (from <= to && to <= text.length() && sightWordsOnly(text.substring(from, to), phrases)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code gap} is empty, spaces, hyphens, or words of a sight ("national", «ұлттық», «парк»). */
    private static boolean sightWordsOnly(String gap, Phrases phrases) {
        if (!LETTERS_SPACES_HYPHENS.matcher(gap).matches()) {
            return false;
        }
        for (String w : Phrases.words(gap)) {
            if (!phrases.has("word.sight", w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern LETTERS_SPACES_HYPHENS = java.util.regex.Pattern.compile(
            "[\\p{L}\\s-]*");

    /**
     * "(in) this city", «в этой области», «сол облыста», "that river", «это озеро»: the kind of place a word points
     * back to, or null.
     */
    private static EntityKind pointsBack(Phrases phrases, String text, Token t, String typed) {
        String[] one = Phrases.words(typed);
        EntityKind kind = phrases.has("word.city", one) ? EntityKind.CITY
                : phrases.has("word.region", one) ? EntityKind.REGION
                : phrases.has("word.sight", one) ? EntityKind.SIGHT : null;
        if (kind == null) {
            return null; // most words: the text before them is not read at all (a 64-word message stays linear)
        }
        String[] before = Phrases.words(text.substring(0, Math.min(t.start(), text.length())));
        return before.length > 0 && phrases.has("word.this", new String[] {before[before.length - 1]}) ? kind : null;
    }

    private int maxDocFreq(Map<Field, Set<String>> terms) {
        int df = 0;
        for (var e : terms.entrySet()) {
            for (String t : e.getValue()) {
                df = Math.max(df, index.docFreq(e.getKey(), t));
            }
        }
        return df;
    }

    /** BM25's inverse document frequency: a word no unit has weighs most, it is likely what the question is about. */
    double idf(int df) {
        return Math.log(1 + (units - df + 0.5) / (df + 0.5));
    }
}
