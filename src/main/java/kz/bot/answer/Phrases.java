package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import kz.bot.language.Language;

/**
 * The words and phrases by which questions say what they ask ({@code /language/words_en.properties}, {@code _ru},
 * {@code _kk}, read by {@link PhraseFile}): question words, the words for region and city, signs of an opinion or of
 * live data, small talk. A phrase matches whole words of a question in lower case, compared in their {@link
 * PhraseWords#form} and with chat spellings read as what they stand for ({@link ChatSpelling}); a trailing {@code *}
 * matches any ending. Immutable.
 */
final class Phrases {

    private static final Map<Language, Phrases> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Phrases(PhraseFile.read(l)));
        }
    }

    /** key → its phrases, each word in its {@link PhraseWords#form} (a word ending in '*' as written). */
    private final Map<String, List<String[]>> byKey = new HashMap<>();
    /** key → first word → the phrases starting with it; phrases whose first word ends in '*' are under "*". */
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new HashMap<>();

    /** Chat spellings and the words they stand for ("u" → "you"), from the {@code spelling} list ("u>you"). */
    private final ChatSpelling spelling;
    /** The keys of the lists that make up the language's vocabulary ({@link #vocabulary}). */
    private final List<String> vocabularyKeys;

    private Phrases(Map<String, List<String[]>> written) {
        this.spelling = new ChatSpelling(written.getOrDefault("spelling", List.of()));
        written.forEach((key, phrases) -> {
            List<String[]> formed = new ArrayList<>();
            Map<String, List<String[]>> index = new HashMap<>();
            for (String[] p : phrases) {
                String[] f = new String[p.length];
                for (int i = 0; i < p.length; i++) {
                    f[i] = p[i].endsWith("*") ? p[i] : PhraseWords.form(p[i]);
                }
                formed.add(f);
                index.computeIfAbsent(f[0].endsWith("*") ? "*" : f[0], k -> new ArrayList<>()).add(f);
            }
            byKey.put(key, List.copyOf(formed));
            byFirstWord.put(key, index);
        });
        this.vocabularyKeys = byKey.keySet().stream().filter(k -> k.startsWith("kind.") || k.startsWith("word."))
                .sorted().toList();
    }

    static Phrases of(Language language) {
        return ALL.get(language);
    }

    /** The keys of {@code language}'s file: every language must have the same. */
    static Set<String> keys(Language language) {
        return ALL.get(language).byKey.keySet();
    }

    /** The keys of this language's file that begin with {@code prefix}, sorted. */
    List<String> keysStartingWith(String prefix) {
        return byKey.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    /** The question's words as phrases are compared with them: lower case, ё as е, no punctuation. */
    static String[] words(String text) {
        return PhraseWords.words(text);
    }

    /** True when a phrase of {@code key} occurs in {@code words}. */
    boolean has(String key, String[] words) {
        return find(key, words) >= 0;
    }

    /** True when {@code word} alone is a phrase of {@code key}. */
    boolean has(String key, String word) {
        return has(key, new String[] {word});
    }

    /** The phrases of {@code key} that are one word, in their compared form; empty when the key has none. */
    List<String> singleWords(String key) {
        List<String> out = new ArrayList<>();
        for (String[] p : byKey.getOrDefault(key, List.of())) {
            if (p.length == 1 && !p[0].endsWith("*")) {
                out.add(p[0]);
            }
        }
        return out;
    }

    /** The numbers written as words in each language's vocabulary: {@code number.1} … {@code number.10}. */
    private static final int NUMBER_WORDS = 10;

    /** The first number from one to ten that {@code words} say in words ("three lakes": 3), or 0 when none. */
    int number(String[] words) {
        for (int i = 1; i <= NUMBER_WORDS; i++) {
            if (has("number." + i, words)) {
                return i;
            }
        }
        return 0;
    }

    /** Where the first phrase of {@code key} occurs in {@code words} (a word index), or -1. */
    int find(String key, String[] words) {
        Map<String, List<String[]>> index = byFirstWord.get(key);
        if (index == null) {
            throw new IllegalArgumentException("no phrases '" + key + "'");
        }
        List<String[]> starred = index.getOrDefault("*", List.of());
        for (int i = 0; i < words.length; i++) {
            for (String[] phrase : starting(index, words[i])) {
                if (matchesAt(phrase, words, i)) {
                    return i;
                }
            }
            for (String[] phrase : starred) {
                if (matchesAt(phrase, words, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * True when {@code word} alone is a phrase of one of the lists that say what a question asks ({@code kind.*}) or
     * name a thing it asks about ({@code word.*}): the language's own vocabulary, Latin spellings included
     * ("koordinaty" is Russian typed in Latin letters, as «координаты» is).
     */
    boolean vocabulary(String word) {
        String[] one = {word};
        return vocabularyKeys.stream().anyMatch(key -> lengthAt(key, one, 0) == 1);
    }

    /** The character spans ({@code [start, end)}) of {@code text} that phrases of {@code key} cover. */
    List<int[]> spans(String key, String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = PhraseWords.WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        String[] lower = words(text);
        List<int[]> out = new ArrayList<>();
        if (lower.length != words.size()) {
            return out; // the two tokenizations disagree on an odd character: no spans rather than wrong ones
        }
        for (int i = 0; i < lower.length; i++) {
            int n = lengthAt(key, lower, i);
            if (n > 0) {
                out.add(new int[] {words.get(i)[0], words.get(i + n - 1)[1]});
            }
        }
        return out;
    }

    /**
     * Where {@code text} names the country: its words ({@code word.country}: "Kazakhstan", "kz") and the first word of
     * a phrase of {@code word.country_adjective} ("kazakh" of "kazakh cities", "the kazakh president"), which says
     * whose thing is meant; "kazakh" alone or in "kazakh food" stays a word of the question.
     */
    List<int[]> countryWords(String text) {
        List<int[]> out = new ArrayList<>(spans("word.country", text));
        Matcher m = PhraseWords.WORD.matcher(text);
        for (int[] span : spans("word.country_adjective", text)) {
            if (m.find(span[0])) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /**
     * True when {@code word} ends with one of {@code key}'s one-word phrases, an ending (Kazakh «-дан»), with at least
     * three letters before it.
     */
    boolean endsWith(String key, String word) {
        String w = PhraseWords.form(word);
        for (String[] phrase : byKey.get(key)) {
            if (phrase.length == 1 && w.length() >= phrase[0].length() + 3 && w.endsWith(phrase[0])) {
                return true;
            }
        }
        return false;
    }

    /** True when a phrase of {@code key} starts the question. */
    boolean startsWith(String key, String[] words) {
        for (String[] phrase : byKey.get(key)) {
            if (matchesAt(phrase, words, 0)) {
                return true;
            }
        }
        return false;
    }

    /** How many of {@code words} (from {@code from}) a phrase of {@code key} covers there; 0 when none matches. */
    int lengthAt(String key, String[] words, int from) {
        int best = 0;
        if (from >= words.length) {
            return 0;
        }
        Map<String, List<String[]>> index = byFirstWord.get(key);
        List<String[]> candidates = new ArrayList<>(starting(index, words[from]));
        candidates.addAll(index.getOrDefault("*", List.of()));
        for (String[] phrase : candidates) {
            if (phrase.length > best && matchesAt(phrase, words, from)) {
                best = phrase.length;
            }
        }
        return best;
    }

    private boolean matchesAt(String[] phrase, String[] words, int i) {
        if (i + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String p = phrase[k];
            String w = words[i + k];
            if (p.endsWith("*") ? !w.startsWith(p.substring(0, p.length() - 1)) : !matches(PhraseWords.form(w), p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a typed word, in its {@link PhraseWords#form}, is the phrase's word or is spelt in chat for it ("u",
     * "you").
     */
    private boolean matches(String typedForm, String phraseWord) {
        return typedForm.equals(phraseWord) || phraseWord.equals(spelling.standsFor(typedForm));
    }

    /**
     * The text with each chat spelling written out ("how many ppl" → "how many people", «када» → «когда»), so that
     * the words a question is searched by are words the knowledge uses; everything else as typed.
     */
    String respell(String text) {
        return spelling.respell(text);
    }

    /**
     * {@code typed}, typed in Latin letters, with each spelling entry of several words that its Cyrillic {@code
     * transliterated} form matches written out ("kto posle nego" as «кто после него»).
     */
    String respellAlong(String typed, String transliterated) {
        return spelling.respellAlong(typed, transliterated);
    }

    /**
     * The phrases of one list that may start at {@code w}: by its {@link PhraseWords#form}, and by what it stands
     * for.
     */
    private List<String[]> starting(Map<String, List<String[]>> index, String w) {
        String f = PhraseWords.form(w);
        String t = spelling.standsFor(f);
        List<String[]> own = index.getOrDefault(f, List.of());
        if (t == null || !index.containsKey(t)) {
            return own;
        }
        List<String[]> both = new ArrayList<>(own);
        both.addAll(index.get(t));
        return both;
    }

    /** True when phrases of {@code keys}, one after another, cover every one of {@code words}. */
    boolean wholly(List<String> keys, String[] words) {
        int i = 0;
        while (i < words.length) {
            int n = 0;
            for (String key : keys) {
                n = Math.max(n, lengthAt(key, words, i));
            }
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return words.length > 0;
    }

}
