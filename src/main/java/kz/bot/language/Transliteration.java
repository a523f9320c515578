package kz.bot.language;

import java.util.Locale;

/**
 * Brings the spellings of one name together: Kazakh letters fold into their Russian neighbours (қ→к, ө→о, і→и),
 * and Latin spellings are read as Cyrillic (Almaty→алматы, Qaragandy→караганды, Zhambyl/Jambyl→жамбыл). Cyrillic is
 * the common script because the Russian stemmer, which does most of the work on inflection, only reads Cyrillic.
 * Input is expected in lower case.
 */
public final class Transliteration {

    private static final String VOWELS_LATIN = "aeiouyäöüū";

    private Transliteration() {
    }

    /** Folds Kazakh-specific and rare Russian letters: the result uses the 31 letters common to both languages. */
    public static String foldCyrillic(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'ә' -> sb.append('а');
                case 'ғ' -> sb.append('г');
                case 'қ' -> sb.append('к');
                case 'ң' -> sb.append('н');
                case 'ө' -> sb.append('о');
                case 'ұ', 'ү' -> sb.append('у');
                case 'һ' -> sb.append('х');
                case 'і' -> sb.append('и');
                case 'ё', 'э' -> sb.append('е');
                case 'щ' -> sb.append('ш');
                case 'ъ', 'ь' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Folds only the letters Kazakh has and Russian lacks (ә → а, ғ → г, қ → к, ң → н, ө → о, ұ and ү → у, һ → х,
     * і → и), й → и, ё and э → е (Latin typists write e for both: "eksport"), dropping ь and ъ: how Kazakh is typed on
     * a Russian keyboard.
     */
    public static String foldKazakh(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'ә' -> sb.append('а');
                case 'ғ' -> sb.append('г');
                case 'қ' -> sb.append('к');
                case 'ң' -> sb.append('н');
                case 'ө' -> sb.append('о');
                case 'ұ', 'ү' -> sb.append('у');
                case 'һ' -> sb.append('х');
                case 'і', 'й' -> sb.append('и');
                case 'ё', 'э' -> sb.append('е');
                case 'ь', 'ъ' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when every letter of {@code word} is a Latin letter (Kazakh Latin letters included). */
    public static boolean isLatin(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (c >= 0x250) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /** True when {@code word} has a Cyrillic letter. */
    public static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} in lower case and Cyrillic, folded as {@link #foldCyrillic} folds, whichever alphabet it was typed
     * in: "Bektenov", «Бектенова» and «кесенесі» / "kesenesi" compare alike.
     */
    public static String plain(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isLatin(w) ? latinToCyrillic(w) : foldCyrillic(w);
    }

    /** Reads a lower-case Latin word as Cyrillic, already folded as {@link #foldCyrillic} would. */
    public static String latinToCyrillic(String word) {
        StringBuilder sb = new StringBuilder(word.length() + 2);
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            if (c == 's' && next == 'h') {
                if (word.startsWith("shch", i)) {
                    i += 3;
                } else {
                    i++;
                }
                sb.append('ш');
                continue;
            }
            if (c == 'c' && next == 'h') {
                sb.append('ч');
                i++;
                continue;
            }
            if (c == 'z' && next == 'h') {
                sb.append('ж');
                i++;
                continue;
            }
            if ((c == 'k' || c == 'q') && next == 'h') {
                sb.append('х');
                i++;
                continue;
            }
            if (c == 'g' && next == 'h') {
                sb.append('г');
                i++;
                continue;
            }
            if (c == 't' && next == 's') {
                sb.append('ц');
                i++;
                continue;
            }
            if (c == 'y' || c == 'i' && i > 0 && isVowel(word.charAt(i - 1))) {
                // y/i after a vowel and before a consonant or the end is a glide: Semey, Kostanay, Abai, Baikonur
                boolean afterVowel = i > 0 && isVowel(word.charAt(i - 1));
                boolean beforeVowel = next != 0 && isVowel(next);
                if (c == 'y' && beforeVowel) {
                    switch (next) {
                        case 'a' -> sb.append('я');
                        case 'u' -> sb.append('ю');
                        case 'e', 'o' -> sb.append('е');
                        default -> sb.append('ы');
                    }
                    if (next == 'a' || next == 'u' || next == 'e' || next == 'o') {
                        i++;
                    }
                    continue;
                }
                if (afterVowel && !beforeVowel) {
                    sb.append('й');
                    continue;
                }
                sb.append(c == 'y' ? 'ы' : 'и');
                continue;
            }
            sb.append(single(c));
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS_LATIN.indexOf(c) >= 0;
    }

    private static String single(char c) {
        return switch (c) {
            case 'a', 'ä', 'á', 'à', 'â' -> "а";
            case 'b' -> "б";
            case 'c', 'k', 'q' -> "к";
            case 'ç' -> "ч";
            case 'd' -> "д";
            case 'e', 'é', 'è', 'ê' -> "е";
            case 'f' -> "ф";
            case 'g', 'ğ', 'ǵ' -> "г";
            case 'h' -> "х";
            case 'i', 'í', 'î', 'ï', 'ı' -> "и"; // ı is the Kazakh 2021 alphabet's і (kım, künı), folded to и
            case 'j' -> "ж";
            case 'l' -> "л";
            case 'm' -> "м";
            case 'n', 'ñ', 'ń' -> "н";
            case 'o', 'ö', 'ó', 'ô' -> "о";
            case 'p' -> "п";
            case 'r' -> "р";
            case 's' -> "с";
            case 'ş' -> "ш";
            case 't' -> "т";
            case 'u', 'ü', 'ū', 'ú', 'û', 'ý' -> "у";
            case 'v', 'w' -> "в";
            case 'x' -> "кс";
            case 'z' -> "з";
            default -> String.valueOf(c);
        };
    }
}
