package kz.bot.language;

import java.util.Locale;
import java.util.Set;

/**
 * Tells English, Russian and Kazakh questions apart by script and by a few very common words. Kazakh and Russian share
 * most of the Cyrillic alphabet and every city name, so letters alone are not enough: «Население Қарағанды» is Russian.
 */
public final class LanguageDetector {

    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    private static final Set<String> KAZAKH_WORDS = Set.of(
            "немен", "танымал", "қандай", "қанша", "неше", "қай", "кім", "қайда", "қашан", "нешеде", "туралы",
            "және", "бұл", "ол", "бар", "жоқ", "ма", "ме", "ба", "бе", "па", "пе", "деген", "неге", "қалай", "ең",
            "халқы", "қаласы", "облысы", "орталығы", "астанасы", "маған", "айтшы", "айтып", "бер", "нешеу", "нені",
            // typed without Kazakh letters, as on a Russian keyboard
            "канша", "кандай", "кай", "калай", "кайда", "кашан", "халкы", "каласы", "орталыгы", "жане");
    private static final Set<String> RUSSIAN_WORDS = Set.of(
            "какой", "какая", "какое", "какие", "каков", "какова", "что", "где", "когда", "сколько", "кто", "как",
            "чем", "это", "в", "во", "и", "на", "о", "об", "про", "по", "из", "за", "для", "у", "ли", "самый",
            "самая", "население", "столица", "столицей", "город", "города", "городе", "область", "области",
            "известен", "известна", "известно", "расскажи", "скажи", "пожалуйста", "мне", "есть", "был", "была",
            "называется", "назывался", "называлась", "центр", "такое", "людей", "живет", "живёт", "страны");

    private LanguageDetector() {
    }

    /**
     * The language {@code text} is written in; {@code fallback} when it has no letters to tell by (emoji, digits),
     * or is Latin-script and the fallback is not English (a Russian user typing "Almaty").
     */
    public static Language detect(String text, Language fallback) {
        int latin = 0;
        int cyrillic = 0;
        int kazakhScore = 0;
        int russianScore = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean cyr = Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
            if (cyr) {
                cyrillic++;
                if (KAZAKH_WORDS.contains(word)) {
                    kazakhScore += 2;
                } else if (hasKazakhLetter(word)) {
                    kazakhScore++;
                }
                if (RUSSIAN_WORDS.contains(word)) {
                    russianScore += 2;
                }
            } else if (Character.isLetter(word.charAt(0)) && word.charAt(0) < 0x250) {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return fallback;
        }
        if (cyrillic >= latin) {
            return kazakhScore > russianScore ? Language.KK : Language.RU;
        }
        return fallback == Language.EN || latin > 1 ? Language.EN : fallback;
    }

    private static boolean hasKazakhLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (KAZAKH_LETTERS.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
