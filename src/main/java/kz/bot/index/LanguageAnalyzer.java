package kz.bot.index;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import kz.bot.language.Language;
import kz.bot.language.Transliteration;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;
import kz.bot.language.Vocabulary;

/**
 * The analysis of one language, the same for the knowledge and for questions: English with Porter's stemmer (and a
 * list of irregular forms it cannot bring together: grew → grow), Russian with Snowball, Kazakh with our suffix rules
 * ({@link KazakhStemFilter}). Russian and Kazakh typed in Latin letters are first read as Cyrillic by a
 * {@link MappingCharFilter}. Thread-safe, like every Lucene analyzer.
 */
final class LanguageAnalyzer extends Analyzer {

    /** Which chain. */
    enum Kind {
        EN, RU, KK,
        /** Russian typed in Latin letters. */
        RU_LATIN,
        /** Kazakh typed in Latin letters. */
        KK_LATIN
    }

    /** Questions are cut to this many words: a 1 MB message must not become a 100,000-clause query. */
    static final int MAX_QUESTION_TOKENS = 64;

    private static final CharArraySet ENGLISH_STOP = stopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "stopwords-en.txt",
            false);
    private static final CharArraySet RUSSIAN_STOP = stopSet(RussianAnalyzer.getDefaultStopSet(), "stopwords-ru.txt",
            true);
    private static final CharArraySet KAZAKH_STOP = kazakhStop();
    private static final StemmerOverrideFilter.StemmerOverrideMap ENGLISH_OVERRIDES = overrides("english-stems.txt");
    private static final StemmerOverrideFilter.StemmerOverrideMap RUSSIAN_OVERRIDES =
            overrides("russian-stems.txt", "russian-name-stems.txt", "russian-fleeting-vowels.txt");
    private static final NormalizeCharMap RUSSIAN_FOLD = russianFold();
    private static final NormalizeCharMap RUSSIAN_LATIN = translit("translit-ru.txt");
    private static final NormalizeCharMap KAZAKH_LATIN = translit("translit-kk.txt");
    private static final NormalizeCharMap KAZAKH_FOLD = kazakhFold();
    private static final NormalizeCharMap ENGLISH_SYMBOLS = translit("symbols-en.txt");
    private static final NormalizeCharMap RUSSIAN_SYMBOLS = translit("symbols-ru.txt");
    private static final NormalizeCharMap KAZAKH_SYMBOLS = translit("symbols-kk.txt");
    /** Millions written short after a figure ("1.8M", "20mn", "3 mln"): read as the word. */
    private static final java.util.regex.Pattern MILLIONS = java.util.regex.Pattern.compile(
            "(?<=\\d)\\s?(?:M|mn|mln)\\b");

    /**
     * A figure written in groups of three ("10,000", «2 347 924», with a comma, a space or a narrow space between the
     * groups), read as one number ("10000"), as people also type it: four groups, then three, then two. A group of
     * one to three digits begins the figure, so a year beside a figure («в 2024 году 111 000») stays apart.
     */
    private static final List<DigitGroups> DIGIT_GROUPS = List.of(DigitGroups.of(4), DigitGroups.of(3),
            DigitGroups.of(2));

    /** A figure of {@code n} groups of three and what it is replaced with: its groups without the separators. */
    private record DigitGroups(java.util.regex.Pattern pattern, String joined) {
        static DigitGroups of(int n) {
            String separator = "[,\\u00a0\\u202f\\u2009 ]";
            StringBuilder regex = new StringBuilder("(?<![\\d.,])(\\d{1,3})");
            StringBuilder joined = new StringBuilder("$1");
            for (int g = 2; g <= n; g++) {
                regex.append(separator).append("(\\d{3})");
                joined.append('$').append(g);
            }
            return new DigitGroups(java.util.regex.Pattern.compile(regex.append("(?!\\d)").toString()),
                    joined.toString());
        }
    }

    /** {@code reader} with its figures in groups of three joined ({@link #DIGIT_GROUPS}). */
    private static Reader figuresJoined(Reader reader) {
        Reader joined = reader;
        for (DigitGroups groups : DIGIT_GROUPS) {
            joined = new PatternReplaceCharFilter(groups.pattern(), groups.joined(), joined);
        }
        return joined;
    }

    private final Kind kind;
    private final int maxTokens;
    private final boolean stem;

    private LanguageAnalyzer(Kind kind, int maxTokens, boolean stem) {
        this.kind = kind;
        this.maxTokens = maxTokens;
        this.stem = stem;
    }

    /** For the knowledge: no limit on length. */
    static LanguageAnalyzer forText(Kind kind) {
        return new LanguageAnalyzer(kind, Integer.MAX_VALUE, true);
    }

    /** Words as written, lower case and without stop words, but not stemmed: the spelling field, and a typo. */
    static LanguageAnalyzer forSpelling(Kind kind) {
        return new LanguageAnalyzer(kind, Integer.MAX_VALUE, false);
    }

    /** For questions: at most {@link #MAX_QUESTION_TOKENS} words. */
    static LanguageAnalyzer forQuestions(Kind kind) {
        return new LanguageAnalyzer(kind, MAX_QUESTION_TOKENS, true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader source) {
        Reader reader = figuresJoined(source);
        // symbols first, read as the words they stand for ("63%" → "63 percent")
        return switch (kind) {
            case EN -> new PatternReplaceCharFilter(MILLIONS, " million",
                    new MappingCharFilter(ENGLISH_SYMBOLS, reader));
            case RU -> new MappingCharFilter(RUSSIAN_FOLD, new MappingCharFilter(RUSSIAN_SYMBOLS, reader));
            case RU_LATIN -> new MappingCharFilter(RUSSIAN_FOLD, new MappingCharFilter(RUSSIAN_LATIN,
                    new MappingCharFilter(RUSSIAN_SYMBOLS, reader)));
            case KK -> new MappingCharFilter(KAZAKH_SYMBOLS, reader);
            case KK_LATIN -> new MappingCharFilter(KAZAKH_LATIN, harmonized(reader)); // re-read: no offsets to keep
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(64);
        TokenStream stream = kind == Kind.EN ? new EnglishPossessiveFilter(tokenizer) : tokenizer;
        stream = new LowerCaseFilter(stream);
        stream = switch (kind) {
            case EN -> new StopFilter(stream, ENGLISH_STOP);
            case RU, RU_LATIN -> new StopFilter(stream, RUSSIAN_STOP);
            case KK, KK_LATIN -> new FoldedStopFilter(stream, KAZAKH_STOP);
        };
        if (maxTokens != Integer.MAX_VALUE) {
            stream = new LimitTokenCountFilter(stream, maxTokens, false);
        }
        if (!stem) {
            return new TokenStreamComponents(tokenizer, stream);
        }
        stream = switch (kind) {
            case EN -> new PorterStemFilter(new StemmerOverrideFilter(stream, ENGLISH_OVERRIDES));
            case RU, RU_LATIN -> new RussianAdjectiveFilter(new SnowballFilter(new RussianSoftEndingFilter(
                    new StemmerOverrideFilter(stream, RUSSIAN_OVERRIDES)), new RussianStemmer()));
            case KK, KK_LATIN -> new KazakhStemFilter(stream);
        };
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Prefix and other multi-term queries of the search box are compared in lower case, like the indexed text. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * A prefix of the search box is spelt as the indexed words are: the same letters read as Cyrillic and folded as
     * {@link #initReader} and {@link KazakhStemFilter} fold them («өндір*» meets the indexed «ондир…»).
     */
    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return switch (kind) {
            case KK, KK_LATIN -> new MappingCharFilter(KAZAKH_FOLD, initReader(fieldName, reader));
            default -> initReader(fieldName, reader);
        };
    }

    /** The stop words of {@code language}, folded as its analyzer folds them. */
    static CharArraySet stopWords(Language language) {
        return switch (language) {
            case EN -> ENGLISH_STOP;
            case RU -> RUSSIAN_STOP;
            case KK -> KAZAKH_STOP;
        };
    }

    private static CharArraySet stopSet(CharArraySet base, String resource, boolean russianFold) {
        CharArraySet set = new CharArraySet(base.size() + 200, true);
        for (Object word : base) {
            String w = new String((char[]) word);
            set.add(russianFold ? foldRussian(w) : w);
        }
        for (String w : Vocabulary.lines(resource)) {
            set.add(russianFold ? foldRussian(w.toLowerCase(Locale.ROOT)) : w.toLowerCase(Locale.ROOT));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet kazakhStop() {
        CharArraySet set = new CharArraySet(256, true);
        for (String w : Vocabulary.lines("stopwords-kk.txt")) {
            set.add(Transliteration.foldKazakh(w.toLowerCase(Locale.ROOT)));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** ё → е, э → е, щ → ш, ь and ъ dropped: the letters people leave out or swap when they type fast or in Latin. */
    static String foldRussian(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'ё', 'э' -> sb.append('е');
                case 'Ё', 'Э' -> sb.append('Е');
                case 'щ' -> sb.append('ш');
                case 'Щ' -> sb.append('Ш');
                case 'ь', 'ъ', 'Ь', 'Ъ' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static NormalizeCharMap russianFold() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String from : new String[] {"ё", "э", "щ", "Ё", "Э", "Щ"}) {
            builder.add(from, foldRussian(from));
        }
        for (String gone : new String[] {"ь", "ъ", "Ь", "Ъ"}) {
            builder.add(gone, "");
        }
        return builder.build();
    }

    /**
     * The folding of {@link Transliteration#foldKazakh}, as a char map, in both letter cases: every lower-case Cyrillic
     * letter that it changes.
     */
    private static NormalizeCharMap kazakhFold() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (char c = '\u0400'; c <= '\u04FF'; c++) {
            String from = String.valueOf(c);
            String folded = Transliteration.foldKazakh(from);
            if (Character.isLowerCase(c) && !folded.equals(from)) {
                builder.add(from, folded);
                builder.add(from.toUpperCase(Locale.ROOT), folded);
            }
        }
        return builder.build();
    }

    /**
     * {@code text} typed in Latin letters as the {@code kind} analyzer reads it, in Cyrillic (the same rules,
     * {@code translit-ru.txt} or {@code translit-kk.txt}), lower case; other kinds' text as it is.
     */
    static String transliterate(String text, Kind kind) {
        NormalizeCharMap map = kind == Kind.RU_LATIN ? RUSSIAN_LATIN : kind == Kind.KK_LATIN ? KAZAKH_LATIN : null;
        if (map == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 1);
        String lower = text.toLowerCase(java.util.Locale.ROOT) + " ";
        try (Reader in = new MappingCharFilter(map, new java.io.StringReader(
                kind == Kind.KK_LATIN ? KazakhLatinVowels.harmonize(lower) : lower))) {
            char[] buffer = new char[256];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.append(buffer, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
        return out.toString().strip();
    }

    /** {@code reader}'s text (a question: short) with its dotless ı read by {@link KazakhLatinVowels}. */
    private static Reader harmonized(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[256];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                sb.append(buffer, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // questions are read from strings
        }
        return new java.io.StringReader(KazakhLatinVowels.harmonize(sb.toString()));
    }

    private static NormalizeCharMap translit(String resource) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String[] rule : Vocabulary.pairs(resource)) {
            builder.add(rule[0].replace('_', ' '), rule[1].replace('_', ' '));
        }
        return builder.build();
    }

    /** The stems a stemmer gets wrong, from resources of "form<TAB>stem" lines. */
    private static StemmerOverrideFilter.StemmerOverrideMap overrides(String... resources) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(true);
        for (String resource : resources) {
            for (String[] rule : Vocabulary.pairs(resource)) {
                builder.add(rule[0], rule[1]);
            }
        }
        try {
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
