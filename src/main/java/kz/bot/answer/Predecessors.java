package kz.bot.answer;

import java.util.Locale;
import kz.bot.language.Language;
import kz.bot.language.Transliteration;

/**
 * "Who was prime minister before Bektenov", «кто был премьер-министром до Бектенова», "who came after Nazarbayev":
 * a question that asks who came before or after someone ({@code word.sequence}) asks for another person than the one
 * it names, so a text whose every person is one the question names does not answer it («… премьер-министр Олжас
 * Бектенов»), even when that person is no entity of the knowledge. A text that also names the other one does.
 */
final class Predecessors {

    /** A word of a person's name counts from this length: "bi", «ұлы» are no names of their own. */
    private static final int MIN_NAME_WORD = 4;

    private Predecessors() {
    }

    /**
     * True when {@code r} asks who came before or after someone and every person {@code h} names (as {@code agreement}
     * reads them) is named in it.
     */
    static boolean namesOnlyTheOneAskedAbout(Reading r, Hit h, Agreement agreement) {
        String[] asked = Phrases.words(r.text());
        if (!Phrases.of(r.language()).has("word.sequence", asked)) {
            return false; // most who-questions: the text is not read for persons
        }
        boolean any = false;
        for (String person : agreement.persons(h)) {
            if (title(person)) {
                continue; // "the Prime Minister, Olzhas Bektenov": an office in capitals is no person
            }
            if (!named(person, asked)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True when every word of {@code person} is a word of an office ({@code word.title}, in any language). */
    private static boolean title(String person) {
        for (String word : Phrases.words(person)) {
            boolean office = false;
            for (Language l : Language.values()) {
                office |= Phrases.of(l).has("word.title", new String[] {word});
            }
            if (!office) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of {@code person}'s name begins a word of the question («Бектенов», «бектенова»). */
    private static boolean named(String person, String[] asked) {
        for (String part : person.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (part.length() < MIN_NAME_WORD) {
                continue;
            }
            String name = Transliteration.plain(part);
            for (String w : asked) {
                if (Transliteration.plain(w).startsWith(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
