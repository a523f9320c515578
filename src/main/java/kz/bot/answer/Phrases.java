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

    private final Map<String, List<String[]>> byKey;
    /** key → first word → the phrases starting with it; phrases whose first word ends in '*' are under "*". */
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new HashMap<>();

    private Phrases(Map<String, List<String[]>> byKey) {
        this.byKey = byKey;
        byKey.forEach((key, phrases) -> {
            Map<String, List<String[]>> index = new HashMap<>();
            for (String[] p : phrases) {
                String first = p[0].endsWith("*") ? "*" : p[0];
                index.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
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
            for (String[] phrase : index.getOrDefault(words[i], List.of())) {
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
        List<String[]> candidates = new ArrayList<>(index.getOrDefault(words[from], List.of()));
        candidates.addAll(index.getOrDefault("*", List.of()));
        for (String[] phrase : candidates) {
            if (phrase.length > best && matchesAt(phrase, words, from)) {
                best = phrase.length;
            }
        }
        return best;
    }

    private static boolean matchesAt(String[] phrase, String[] words, int i) {
        if (i + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String p = phrase[k];
            String w = words[i + k];
            if (p.endsWith("*") ? !w.startsWith(p.substring(0, p.length() - 1)) : !w.equals(p)) {
                return false;
            }
        }
        return true;
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
