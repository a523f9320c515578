package kz.bot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kz.bot.language.Language;

/**
 * The words and phrases by which questions say what they ask ({@code /language/words_en.properties}, {@code _ru},
 * {@code _kk}): question words, the words for region and city, signs of an opinion or of live data, small talk.
 * A phrase matches whole words of a question in lower case; a trailing {@code *} matches any ending. Immutable.
 */
final class Phrases {

    private static final Map<Language, Phrases> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Phrases(read(l)));
        }
    }

    /** key → its phrases, each word in its {@link #form} (a word ending in '*' as written). */
    private final Map<String, List<String[]>> byKey = new HashMap<>();
    /** key → first word → the phrases starting with it; phrases whose first word ends in '*' are under "*". */
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new HashMap<>();

    /** Chat spellings and the words they stand for ("u" → "you"), from the {@code spelling} list ("u>you"). */
    private final Map<String, String> spelling = new HashMap<>();
    /** The same, what they stand for in its {@link #form}, as phrases are compared. */
    private final Map<String, String> spellingForms = new HashMap<>();

    private Phrases(Map<String, List<String[]>> written) {
        for (String[] entry : written.getOrDefault("spelling", List.of())) {
            String[] pair = String.join(" ", entry).split(">");
            if (pair.length == 2) {
                spelling.put(form(pair[0].strip()), pair[1].strip());
                spellingForms.put(form(pair[0].strip()), form(pair[1].strip()));
            }
        }
        written.forEach((key, phrases) -> {
            List<String[]> formed = new ArrayList<>();
            Map<String, List<String[]>> index = new HashMap<>();
            for (String[] p : phrases) {
                String[] f = new String[p.length];
                for (int i = 0; i < p.length; i++) {
                    f[i] = p[i].endsWith("*") ? p[i] : form(p[i]);
                }
                formed.add(f);
                index.computeIfAbsent(f[0].endsWith("*") ? "*" : f[0], k -> new ArrayList<>()).add(f);
            }
            byKey.put(key, List.copyOf(formed));
            byFirstWord.put(key, index);
        });
    }

    static Phrases of(Language language) {
        return ALL.get(language);
    }

    /** The keys of {@code language}'s file: every language must have the same. */
    static java.util.Set<String> keys(Language language) {
        return ALL.get(language).byKey.keySet();
    }

    /** The question's words as phrases are compared with them: lower case, ё as е, no punctuation. */
    static String[] words(String text) {
        String lower = latinFold(text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\''));
        return java.util.Arrays.stream(lower.split("[^\\p{L}\\p{N}'²]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    /**
     * The letters of the Kazakh Latin alphabet written the ad-hoc way (ş → sh, ñ → n, ğ → g, ä → a, ö → o, ü → u,
     * ū → u, ı → i, ç → ch): "qanşa" is "qansha" to the phrase lists.
     */
    static String latinFold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ş' -> sb.append("sh");
                case 'ç' -> sb.append("ch");
                case 'ñ' -> sb.append('n');
                case 'ğ' -> sb.append('g');
                case 'ä' -> sb.append('a');
                case 'ö' -> sb.append('o');
                case 'ü', 'ū' -> sb.append('u');
                case 'ı' -> sb.append('i');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when a phrase of {@code key} occurs in {@code words}. */
    boolean has(String key, String[] words) {
        return find(key, words) >= 0;
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

    /** The character spans ({@code [start, end)}) of {@code text} that phrases of {@code key} cover. */
    List<int[]> spans(String key, String text) {
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
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

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’²]+");

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
            if (p.endsWith("*") ? !w.startsWith(p.substring(0, p.length() - 1)) : !matches(form(w), p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word as phrases are compared with it, forgiving how people type in chat: a letter held down cut to one
     * ("hiii", «салееем», «вечераа» are "hi", «салем», «вечера»; a letter doubled inside a word stays, as in
     * "good"), and Kazakh letters typed as their plain neighbours («кимсин» is «кімсің», "kansha" is "qansha"). Applied to both sides, so
     * «класс» still matches «классс».
     */
    static String form(String w) {
        if (plainAlready(w)) {
            return w; // most words: nothing to fold, no letter held down
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = plain(w.charAt(i));
            int run = 1;
            while (i + run < w.length() && plain(w.charAt(i + run)) == c) {
                run++;
            }
            boolean last = i + run == w.length();
            sb.append(c);
            if (run == 2 && !last) {
                sb.append(c);
            }
            i += run - 1;
        }
        return sb.toString();
    }

    /** True when {@link #form} would return {@code w} itself. */
    private static boolean plainAlready(String w) {
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (plain(c) != c) {
                return false;
            }
            if (i + 1 < n && w.charAt(i + 1) == c && (i + 2 == n || i + 2 < n && w.charAt(i + 2) == c)) {
                return false; // a doubled last letter, or a letter three times in a row
            }
        }
        return true;
    }

    /** True when a typed word, in its {@link #form}, is the phrase's word or is spelt in chat for it ("u", "you"). */
    private boolean matches(String typedForm, String phraseWord) {
        return typedForm.equals(phraseWord) || phraseWord.equals(spellingForms.get(typedForm));
    }

    /**
     * The text with each chat spelling written out ("how many ppl" → "how many people", «када» → «когда»), so that
     * the words a question is searched by are words the knowledge uses; everything else as typed.
     */
    String respell(String text) {
        if (spelling.isEmpty()) {
            return text;
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String meant = spelling.get(form(latinFold(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'))));
            if (meant != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16);
                }
                sb.append(text, last, m.start()).append(meant);
                last = m.end();
            }
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }

    /** The phrases of one list that may start at {@code w}: by its {@link #form}, and by what it stands for. */
    private List<String[]> starting(Map<String, List<String[]>> index, String w) {
        String f = form(w);
        String t = spellingForms.get(f);
        List<String[]> own = index.getOrDefault(f, List.of());
        if (t == null || !index.containsKey(t)) {
            return own;
        }
        List<String[]> both = new ArrayList<>(own);
        both.addAll(index.get(t));
        return both;
    }

    private static char plain(char c) {
        return switch (c) {
            case 'ә' -> 'а';
            case 'ғ' -> 'г';
            case 'қ' -> 'к';
            case 'ң' -> 'н';
            case 'ө' -> 'о';
            case 'ұ', 'ү' -> 'у';
            case 'һ' -> 'х';
            case 'і' -> 'и';
            case 'q' -> 'k'; // Kazakh typed in Latin letters writes қ either way: "qansha", "kansha"
            default -> c;
        };
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

    private static Map<String, List<String[]>> read(Language language) {
        String name = "/language/words_" + language.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Phrases.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        Map<String, List<String[]>> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            List<String[]> phrases = new ArrayList<>();
            for (String phrase : p.getProperty(key).split("\\|")) {
                String[] words = phrase.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+");
                if (words.length > 0 && !words[0].isEmpty()) {
                    phrases.add(words);
                }
            }
            out.put(key, List.copyOf(phrases));
        }
        return Map.copyOf(out);
    }
}
