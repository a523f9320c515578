package kz.bot.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kz.bot.language.KazakhSuffixes;
import kz.bot.language.Transliteration;
import kz.bot.language.Vocabulary;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Turns one lower-case word into its comparable form: Latin is read as Cyrillic, Kazakh letters are folded, Kazakh
 * endings are stripped (Kazakh questions only, in either alphabet, where the stem is a form the knowledge knows), and a Russian stemmer removes inflection — Snowball for words written
 * in Cyrillic, the light (case endings only) stemmer for words written in Latin. Not thread-safe:
 * one instance per token stream.
 */
final class CanonicalForms {

    /**
     * The Russian forms Snowball cuts to the stem of a name ({@code language/russian-name-stems.txt}, which the
     * analysis of text reads too): «урана» (of uranium) is no form of «Урал»; and those it leaves apart from their
     * other forms ({@code language/russian-fleeting-vowels.txt}): «Дворца мира» names the «Дворец мира».
     */
    private static final Map<String, String> OVERRIDES = overrides();
    /** The letters a Kazakh possessive ends in, as Latin is read in Cyrillic («көлі», «шатқалы», "koli"). */
    private static final String POSSESSIVE_END = "иыі";

    private final RussianStemmer russian = new RussianStemmer();
    private final RussianLightStemmer light = new RussianLightStemmer();
    private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();
    private final boolean kazakh;
    private final Predicate<String> vocabulary;
    private final Predicate<String> oneWordNames;

    /**
     * @param kazakh       strip Kazakh endings
     * @param vocabulary   the forms the knowledge base knows; decides between the candidate stems of a Kazakh word
     * @param oneWordNames the forms of names of one word: the only stems a Latin word's Kazakh ending is cut to
     */
    CanonicalForms(boolean kazakh, Predicate<String> vocabulary, Predicate<String> oneWordNames) {
        this.kazakh = kazakh;
        this.vocabulary = vocabulary;
        this.oneWordNames = oneWordNames;
    }

    String form(String word) {
        if (hasDigit(word)) {
            return word;
        }
        if (Transliteration.isLatin(word)) {
            char[] chars = word.toCharArray();
            int len = english.stem(chars, chars.length);
            // a Latin word read as Cyrillic is an English word or a name: only case endings may go (Almaty → алмат,
            // like «Алматы»); Snowball's derivational rules would make "visa" and "visit" one word
            String read = Transliteration.latinToCyrillic(new String(chars, 0, len));
            String whole = lightStem(read);
            if (kazakh && !vocabulary.test(whole)) {
                // a Kazakh word of a name typed in Latin is read as its Cyrillic spelling is: "shygys" and "batys" are
                // «шығыс» and «батыс» of «Шығыс Қазақстан», which the English stemmer would cut to "shygi" and "bati"
                String cyrillic = Transliteration.latinToCyrillic(word);
                String spelt = stem(Transliteration.foldCyrillic(cyrillic));
                if (vocabulary.test(spelt)) {
                    return spelt;
                }
                // Kazakh typed in Latin letters has Kazakh endings too: "astanada" is Astana + -da, "semeyde" Semey;
                // a one-word name first, then the last word of a longer name, which ends in a possessive -ы/-і and
                // takes the case ending after it ("ulken almaty koline": «көлі» + -не)
                List<String> cut = new ArrayList<>();
                List<String> possessive = new ArrayList<>();
                for (String candidate : KazakhSuffixes.candidates(cyrillic)) {
                    if (!candidate.isEmpty() && !candidate.equals(cyrillic)) {
                        String form = lightStem(candidate);
                        cut.add(form);
                        if (POSSESSIVE_END.indexOf(candidate.charAt(candidate.length() - 1)) >= 0) {
                            possessive.add(form);
                        }
                    }
                }
                for (String form : cut) {
                    if (oneWordNames.test(form)) {
                        return form;
                    }
                }
                for (String form : possessive) {
                    if (vocabulary.test(form)) {
                        return form;
                    }
                }
            }
            return whole;
        }
        if (!Transliteration.isCyrillic(word)) {
            return word;
        }
        if (kazakh) {
            List<String> candidates = KazakhSuffixes.candidates(word);
            List<String> forms = new ArrayList<>(candidates.size());
            for (String candidate : candidates) {
                forms.add(stem(Transliteration.foldCyrillic(candidate)));
            }
            // a one-word name first: «Қазақстанның» is Қазақстан + -ның though the whole word is also a word of a
            // longer name («Қазақстанның Ұлттық музейі»), which its question form then shares
            for (String form : forms) {
                if (oneWordNames.test(form)) {
                    return form;
                }
            }
            for (String form : forms) {
                if (vocabulary.test(form)) {
                    return form;
                }
            }
            // a Russian case form of a name ending in -й: «Костаная», «в Семее» are Костанай and Семей
            String nominative = ofNameInY(word);
            String named = nominative == null ? null : stem(Transliteration.foldCyrillic(nominative));
            if (named != null && vocabulary.test(named)) {
                return named;
            }
            // no stem is a known name: keep the whole word rather than guess an ending (-стан is not ablative -тан)
            return stem(Transliteration.foldCyrillic(word));
        }
        return stem(Transliteration.foldCyrillic(word));
    }

    /** The Russian case endings that replace a name's final -й (instrumental first: «Семеем» is not «Семее» + м). */
    private static final String[] CASE_ENDINGS_AFTER_Y = {"ем", "я", "ю", "е"};

    /**
     * The nominative a Russian word would have if it were a case form of a name ending in a vowel and -й (genitive
     * -я, dative -ю, instrumental -ем, prepositional -е: «Костаная», «Семею»); null when it cannot be one.
     */
    static String ofNameInY(String word) {
        for (String ending : CASE_ENDINGS_AFTER_Y) {
            int stem = word.length() - ending.length();
            if (stem >= 3 && word.endsWith(ending) && "аеоуяю".indexOf(word.charAt(stem - 1)) >= 0) {
                return word.substring(0, stem) + "й";
            }
        }
        return null;
    }

    private String lightStem(String cyrillic) {
        char[] chars = cyrillic.toCharArray();
        return new String(chars, 0, light.stem(chars, chars.length));
    }

    private String stem(String cyrillic) {
        String kept = OVERRIDES.get(cyrillic);
        if (kept != null) {
            return kept;
        }
        russian.setCurrent(cyrillic);
        russian.stem();
        String stem = russian.getCurrent();
        // Snowball cuts «тюлень» to «тюл» but «тюленей» to «тюлен»: a name's word in «-ен(ь)» keeps its «ен», as its
        // other forms do (RussianSoftEndingFilter does the same for text)
        String plain = cyrillic.endsWith("ь") ? cyrillic.substring(0, cyrillic.length() - 1) : cyrillic;
        if (plain.length() >= RussianSoftEndingFilter.MIN_LENGTH && plain.endsWith("ен")
                && stem.length() == plain.length() - 2) {
            return plain;
        }
        return stem;
    }

    private static Map<String, String> overrides() {
        Map<String, String> out = new HashMap<>();
        for (String file : new String[] {"russian-name-stems.txt", "russian-fleeting-vowels.txt"}) {
            for (String[] pair : Vocabulary.pairs(file)) {
                out.put(pair[0], pair[1]);
            }
        }
        return Map.copyOf(out);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
