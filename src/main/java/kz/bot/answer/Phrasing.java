package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.language.Language;

/**
 * Whether a passage says what was asked in the words' own order: for each two neighbouring words of the question
 * (content words and places, stop words left out), whether the text has the first and, a few words later, the
 * second. "What is the parliament of Kazakhstan called?" is repeated by "The parliament of Kazakhstan is called the
 * Kurultai", and only word for word by "The name Kurultai comes from the assembly of the steppe": the first is
 * surer. Measured on the winner only; each text is analysed once (up to {@link #CACHED_TEXTS} of them). Thread-safe.
 */
final class Phrasing {

    /** How many words may stand between two neighbouring question words for them to count as said together. */
    static final int WINDOW = 3;

    /** Analysed texts kept (unit and language): winners repeat, and a passage is analysed once. */
    static final int CACHED_TEXTS = 20_000;

    private final TextIndex index;
    private final java.util.concurrent.ConcurrentHashMap<Long, List<Token>> analysed =
            new java.util.concurrent.ConcurrentHashMap<>();

    Phrasing(TextIndex index) {
        this.index = index;
    }

    /** The share, 0 to 1, of the question's neighbouring word pairs that {@code h}'s text repeats in order. */
    double of(Reading r, Hit h) {
        if (h.kind() == UnitKind.FACT) {
            return 0;
        }
        List<Word> words = new ArrayList<>();
        for (Word w : r.words()) {
            if (w.role() == Word.Role.CONTENT || w.role() == Word.Role.PLACE || w.role() == Word.Role.COUNTRY) {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return 0;
        }
        Read read = read(r, h);
        if (read == null) {
            return 0;
        }
        List<Token> tokens = read.tokens();
        Field field = read.field();
        List<List<Integer>> at = new ArrayList<>();
        for (Word w : words) {
            Set<String> forms = w.query().terms().getOrDefault(field, Set.of());
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                for (String f : tokens.get(i).forms()) {
                    if (forms.contains(f)) {
                        positions.add(i);
                        break;
                    }
                }
            }
            at.add(positions);
        }
        int together = 0;
        for (int k = 0; k + 1 < at.size(); k++) {
            if (near(at.get(k), at.get(k + 1))) {
                together++;
            }
        }
        return together / (double) (at.size() - 1);
    }

    /**
     * The year of {@code h}'s text that stands nearest to the rarest content word of the question it says ("…from
     * independence in 1991 until his resignation on 19 March 2019" gives 2019 to "when did he resign"): what the text
     * answers when it is asked when; null for a fact, or a text that has no year or none of the question's content
     * words.
     */
    String yearNear(Reading r, Hit h) {
        if (h.kind() == UnitKind.FACT) {
            return null;
        }
        Read read = read(r, h);
        if (read == null) {
            return null;
        }
        String text = read.text();
        List<Token> tokens = read.tokens();
        Field field = read.field();
        // where the text says the rarest of the question's content words that it says at all
        List<Integer> said = new ArrayList<>();
        double rarest = 0;
        for (Word w : r.words()) {
            if (w.role() != Word.Role.CONTENT || w.year() || w.query().weight() <= rarest) {
                continue;
            }
            Set<String> forms = w.query().terms().getOrDefault(field, Set.of());
            List<Integer> at = new ArrayList<>();
            for (Token t : tokens) {
                if (t.forms().stream().anyMatch(forms::contains)) {
                    at.add(t.start());
                }
            }
            if (!at.isEmpty()) {
                said = at;
                rarest = w.query().weight();
            }
        }
        if (said.isEmpty()) {
            return null;
        }
        String best = null;
        int nearest = Integer.MAX_VALUE;
        java.util.regex.Matcher m = Agreement.YEAR.matcher(text);
        while (m.find()) {
            for (int at : said) {
                int distance = Math.abs(m.start() - at);
                if (distance < nearest) {
                    nearest = distance;
                    best = m.group();
                }
            }
        }
        return best;
    }

    /**
     * False when {@code h} is a passage that names a place of the question only in sentences that give no year or
     * month, nor does the sentence after each ("It opened in 1972."): asked "when was Medeu built", a passage on
     * Kunaev that says the rink was built under him and, two sentences before, that he graduated in 1936, does not
     * say when. True for any other unit, and for a passage that names none of the question's places in words (it may
     * be the place's own, speaking of "the rink").
     */
    boolean yearBesidePlace(Reading r, Hit h) {
        if (h.kind() != UnitKind.PASSAGE) {
            return true;
        }
        Read read = read(r, h);
        if (read == null) {
            return true;
        }
        boolean named = false;
        for (Word w : r.words()) {
            if (w.role() != Word.Role.PLACE) {
                continue;
            }
            Set<String> forms = w.query().terms().getOrDefault(read.field(), Set.of());
            for (Token t : read.tokens()) {
                if (t.forms().stream().anyMatch(forms::contains)) {
                    named = true;
                    if (UnitFlags.saysWhen(sentenceAround(read.text(), t.start(), 2))) {
                        return true;
                    }
                }
            }
        }
        return !named;
    }

    /**
     * False when {@code h} is a passage or a sentence that holds the words the question counts ("how many hotels") only
     * in sentences without a figure: "English is spoken in hotels", a sentence after "nine extra letters", counts no
     * hotels. True for a fact (its attribute says what its figure counts), and for a text that holds none of the
     * question's content words.
     */
    boolean figureBesideCounted(Reading r, Hit h) {
        if (h.kind() == UnitKind.FACT) {
            return true;
        }
        Read read = read(r, h);
        if (read == null) {
            return true;
        }
        boolean counted = false;
        for (Word w : r.words()) {
            if (w.role() != Word.Role.CONTENT || w.figure()) {
                continue;
            }
            Set<String> forms = w.query().terms().getOrDefault(read.field(), Set.of());
            for (Token t : read.tokens()) {
                if (t.forms().stream().anyMatch(forms::contains)) {
                    counted = true;
                    String sentence = IDIOM.matcher(sentenceAround(read.text(), t.start(), 1)).replaceAll(" ");
                    if (FIGURE.matcher(sentence).find()) {
                        return true;
                    }
                }
            }
        }
        return !counted;
    }

    /**
     * A figure in digits, or a number word in any of its forms ("two", «двумя», «екі»: the {@code figure} and {@code
     * figure.forms} lines of unit-words.txt). A year ("born in 1750") or the day of a date ("on 15 May") counts
     * nothing.
     */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\d)(?!(?:1[0-9]|20)\\d\\d(?!\\d|[.,\\s\u00a0\u202f]\\d{3}))"
                    + "(?!\\d{1,2}\\s+(?:" + kz.bot.language.UnitWords.get("month") + "))\\d"
                    + "|(?<!\\p{L})(?:" + kz.bot.language.UnitWords.get("figure") + "|"
                    + kz.bot.language.UnitWords.get("figure.forms") + ")(?!\\p{L})");

    /** A number word that counts nothing: "one of the world's leading exporters", «один из». */
    private static final java.util.regex.Pattern IDIOM = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:" + kz.bot.language.UnitWords.get("figure.idiom") + ")(?!\\p{L})");

    /**
     * The sentence of {@code text} that holds the character at {@code at} (from after the last stop before it), and
     * the sentences after it up to {@code count} in all: "Medeu lies above Almaty. It opened in 1972."
     */
    static String sentenceAround(String text, int at, int count) {
        java.util.regex.Matcher stop = SENTENCE_END.matcher(text);
        int start = 0;
        int end = text.length();
        int left = count;
        while (stop.find()) {
            if (stop.end() <= at) {
                start = stop.end();
            } else if (--left == 0) {
                end = stop.start() + 1;
                break;
            }
        }
        return text.substring(start, Math.min(end, text.length()));
    }

    /** A sentence's end: a stop, then space and a capital letter, a digit or an opening quote. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?]\\s+(?=[\\p{Lu}\\d«\"])");

    /** A unit's text in the language it is read in, analysed, and the field its words' forms are compared in. */
    private record Read(String text, List<Token> tokens, Field field) {
    }

    /** {@code h}'s text as read for {@code r} (see {@link #language}); null when it has neither language. */
    private Read read(Reading r, Hit h) {
        Language language = language(r, h);
        return language == null ? null : new Read(index.unit(h.unit()).texts().get(language), tokens(h, language),
                Field.of(language));
    }

    /** The language whose text of {@code h} is read: the question's when it has one, else English; null if neither. */
    private Language language(Reading r, Hit h) {
        Map<Language, String> texts = index.unit(h.unit()).texts();
        Language language = texts.containsKey(r.language()) ? r.language() : Language.EN;
        return texts.containsKey(language) ? language : null;
    }

    /** {@code h}'s text in {@code language}, analysed (once, while the cache has room). */
    private List<Token> tokens(Hit h, Language language) {
        long key = (long) h.unit() * Language.values().length + language.ordinal();
        List<Token> tokens = analysed.get(key);
        if (tokens == null) {
            tokens = index.analyze(index.unit(h.unit()).texts().get(language),
                    TextIndex.Reading.valueOf(language.name()));
            if (analysed.size() < CACHED_TEXTS) {
                analysed.put(key, tokens);
            }
        }
        return tokens;
    }

    private static boolean near(List<Integer> first, List<Integer> second) {
        for (int a : first) {
            for (int b : second) {
                if (b > a && b - a <= WINDOW + 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
