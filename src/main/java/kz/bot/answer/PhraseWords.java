package kz.bot.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as the phrase lists compare them: a question cut into lower-case words, and each word in its form — Kazakh
 * Latin letters written the ad-hoc way, Kazakh letters as their plain neighbours, a letter held down cut to one.
 * Stateless and thread-safe.
 */
final class PhraseWords {

    /** A word of a question as typed, apostrophes and ² included: where phrases and spellings are looked for. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’²]+");

    private PhraseWords() {
    }

    /**
     * The words of the text cut last on this thread: one question is cut into words by some fifty phrase lookups
     * (a message of 250 words spent a fifth of its time cutting itself again and again).
     */
    private static final ThreadLocal<Cut> LAST = new ThreadLocal<>();

    private record Cut(String text, String[] words) {
    }

    /** The question's words as phrases are compared with them: lower case, ё as е, no punctuation. */
    static String[] words(String text) {
        Cut last = LAST.get();
        if (last == null || !last.text().equals(text)) {
            String lower = latinFold(text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\''));
            last = new Cut(text, Arrays.stream(lower.split("[^\\p{L}\\p{N}'²]+")).filter(w -> !w.isEmpty())
                    .toArray(String[]::new));
            LAST.set(last);
        }
        return last.words().clone();
    }

    /**
     * The letters of the Kazakh Latin alphabets written the ad-hoc way (2021: ş → sh, ñ → n, ğ → g, ä → a, ö → o,
     * ü → u, ū → u, ı → i, ç → ch; 2018: ń → n, ǵ → g, á → a, ó → o, ú → u, ý → u): "qanşa" and "eń" are "qansha"
     * and "en" to the phrase lists.
     */
    static String latinFold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ş' -> sb.append("sh");
                case 'ç' -> sb.append("ch");
                case 'ñ', 'ń' -> sb.append('n');
                case 'ğ', 'ǵ' -> sb.append('g');
                case 'ä', 'á' -> sb.append('a');
                case 'ö', 'ó' -> sb.append('o');
                case 'ü', 'ū', 'ú', 'ý' -> sb.append('u');
                case 'ı' -> sb.append('i');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A word as phrases are compared with it, forgiving how people type in chat: a letter held down cut to one
     * ("hiii", «салееем», «вечераа» are "hi", «салем», «вечера»; a letter doubled inside a word stays, as in
     * "good"), Kazakh letters typed as their plain neighbours («кимсин» is «кімсің», "kansha" is "qansha"), and no
     * soft or hard sign (Russian typed in Latin letters has none: "bolshoi" read as «болшой» is «большой»).
     * Applied to both sides, so «класс» still matches «классс».
     */
    static String form(String w) {
        if (plainAlready(w)) {
            return w; // most words: nothing to fold, no letter held down
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == 'ь' || w.charAt(i) == 'ъ') {
                continue; // Russian typed in Latin letters has no soft sign: "bolshoi" is «большой»
            }
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
            if (plain(c) != c || c == 'ь' || c == 'ъ') {
                return false;
            }
            if (i + 1 < n && w.charAt(i + 1) == c && (i + 2 == n || i + 2 < n && w.charAt(i + 2) == c)) {
                return false; // a doubled last letter, or a letter three times in a row
            }
        }
        return true;
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
            case 'щ' -> 'ш'; // "ploshadi" is «площади», as the Russian analyzer folds them
            case 'ё', 'э' -> 'е';
            case 'q' -> 'k'; // Kazakh typed in Latin letters writes қ either way: "qansha", "kansha"
            default -> c;
        };
    }
}
