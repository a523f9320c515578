package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import kz.bot.language.Language;

/**
 * Which language a question is in, and in which script it was typed. An explicit sign in the text wins (Kazakh
 * letters, words only Kazakh or only Russian has, English words); a text that shows none (a bare «Алматы», a bare
 * "almaty") keeps the conversation's language, else the user's Telegram language, else Russian for Cyrillic and
 * English for Latin.
 *
 * @param how how the text is to be analysed (Russian or Kazakh typed in Latin letters is read as Cyrillic)
 */
record LanguageGuess(Language language, TextIndex.Reading how) {

    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    private static final String KAZAKH_LATIN_LETTERS = "äöüğıñūşáóúýǵń";

    /**
     * @param preferred the conversation's language when there is one, else the user's; null when nothing is known
     */
    static LanguageGuess of(String text, Language preferred) {
        String[] words = Phrases.words(text);
        LanguageGuess smallTalk = smallTalk(words, preferred);
        if (smallTalk != null) {
            return smallTalk;
        }
        int cyrillic = 0;
        int latin = 0;
        int kazakh = 0;
        int russian = 0;
        int en = 0;
        int ruLatin = 0;
        double kkLatin = 0;
        Phrases enP = Phrases.of(Language.EN);
        Phrases ruP = Phrases.of(Language.RU);
        Phrases kkP = Phrases.of(Language.KK);
        for (String w : words) {
            char first = w.charAt(0);
            if (Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (hasAny(w, KAZAKH_LETTERS) || kkP.has("markers", new String[] {w})
                        || !w.endsWith("ь") && kkP.endsWith("markers.ending", w)) { // «пустынь» is Russian
                    kazakh++;
                }
                if (ruP.has("markers", new String[] {w})) {
                    russian++;
                }
            } else if (Character.isLetter(first) && first < 0x250) {
                latin++;
                String[] one = {w};
                if (hasAny(w, KAZAKH_LATIN_LETTERS)) {
                    kkLatin += 2;
                } else if (w.indexOf('q') >= 0 && !w.contains("qu")) {
                    kkLatin += 0.5; // "qala", but also "Qaragandy population", which is English
                }
                if (enP.has("markers", one)) {
                    en++;
                }
                if (ruP.has("markers", one)) {
                    ruLatin++;
                }
                if (kkP.has("markers", one)) {
                    kkLatin++;
                }
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return of(preferred == null ? Language.EN : preferred, false);
        }
        if (cyrillic >= latin) {
            if (kazakh > russian) {
                return of(Language.KK, false);
            }
            if (russian > kazakh) {
                return of(Language.RU, false);
            }
            return of(preferred == Language.KK ? Language.KK : Language.RU, false);
        }
        if (cyrillic > 0 && kazakh + russian > en) {
            // mostly Latin, but its Cyrillic words say Russian or Kazakh: "smart data ukimet дегеніміз не" asks in
            // Kazakh about a name written in Latin letters; the Latin words are read as the language typed in Latin
            return of(kazakh > russian || kazakh == russian && preferred == Language.KK ? Language.KK : Language.RU,
                    true);
        }
        // a tie with the conversation's language keeps it: "a v astane?" after a Russian question is Russian
        boolean keepRu = preferred == Language.RU && ruLatin == en;
        boolean keepKk = preferred == Language.KK && kkLatin == en;
        if (en >= ruLatin && en >= kkLatin && en > 0 && !keepRu && !keepKk) {
            return of(Language.EN, true);
        }
        if (kkLatin > ruLatin) {
            return of(Language.KK, true);
        }
        if (ruLatin > 0) {
            return of(Language.RU, true);
        }
        return of(preferred == null ? Language.EN : preferred, true);
    }

    /**
     * The language whose small-talk phrases make up the whole text ("zdravstvuite", "kaiyrly kesh", «салеметсиз бе»
     * typed without Kazakh letters): the preferred one when several have it ("salem", "ok"), else the only one; null
     * when none or several without the preferred.
     */
    private static LanguageGuess smallTalk(String[] words, Language preferred) {
        if (words.length == 0 || words.length > 6) {
            return null;
        }
        boolean latin = Character.UnicodeBlock.of(words[0].charAt(0)) != Character.UnicodeBlock.CYRILLIC;
        if (!latin && (preferred == Language.RU || preferred == Language.KK)) {
            return null; // Cyrillic between Russian and Kazakh: the user's language decides, as for any question
        }
        List<Language> whose = new ArrayList<>();
        for (Language l : Language.values()) {
            if (Phrases.of(l).wholly(SmallTalk.KEYS, words)) {
                whose.add(l);
            }
        }
        Language chosen = whose.contains(preferred) ? preferred : whose.size() == 1 ? whose.get(0) : null;
        if (chosen == null) {
            return null;
        }
        return of(chosen, latin && chosen != Language.EN);
    }

    private static LanguageGuess of(Language language, boolean latin) {
        TextIndex.Reading how = switch (language) {
            case EN -> TextIndex.Reading.EN;
            case RU -> latin ? TextIndex.Reading.RU_LATIN : TextIndex.Reading.RU;
            case KK -> latin ? TextIndex.Reading.KK_LATIN : TextIndex.Reading.KK;
        };
        return new LanguageGuess(language, how);
    }

    private static boolean hasAny(String w, String letters) {
        for (int i = 0; i < w.length(); i++) {
            if (letters.indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
