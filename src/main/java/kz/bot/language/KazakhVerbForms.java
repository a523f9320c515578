package kz.bot.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other everyday forms of a Kazakh verb written in one of them. A list of words that mean the same names a verb
 * once («жазған», written), while people ask with the past («кім жазды»), the present («салады») or the habitual
 * participle («салынатын»): the participle in -ған/-ген/-қан/-кен, the present in -ады/-еді/-йды/-йді and the past of
 * a passive or reflexive stem in -лды/-нды (ашылды, салынды) give the stem, and the stem gives the four forms, with the
 * vowels of its harmony and the consonant its last sound calls for (жаз-ды, жаз-ған; тап-ты, тап-қан; оқы-ды, оқы-ған;
 * сөйле-йді). A form read from a noun by mistake (an accusative «-ді») only adds a word nobody writes.
 */
public final class KazakhVerbForms {

    private static final String BACK = "аоұыя";
    private static final String FRONT = "әеөүіэ";
    private static final String VOWELS = BACK + FRONT + "иу";
    /** Sounds after which endings start with т/қ rather than д/ғ. */
    private static final String VOICELESS = "кқпстфхцчшщ";
    /** A stem shorter than this is more often a wrong cut than a verb. */
    private static final int MIN_STEM = 2;

    private KazakhVerbForms() {
    }

    /**
     * The other forms of {@code word} when it is a verb form this class reads («жазған» → «жазды», «жазады»,
     * «жазатын»); empty when it is not, and for a phrase: in «атап өтеді» (celebrates) «атап» is a stop word, and
     * «өтті» alone is any "took place".
     */
    public static List<String> others(String word) {
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        String stem = w.indexOf(' ') >= 0 ? null : stem(w);
        if (stem == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(forms(stem));
        out.remove(w);
        return List.copyOf(out);
    }

    /** The verb's stem, or null when {@code word} is none of the forms read. */
    static String stem(String word) {
        for (String ending : List.of("йды", "йді")) {
            if (word.endsWith(ending) && isVerbStem(cut(word, ending)) && vowelLast(cut(word, ending))) {
                return cut(word, ending);
            }
        }
        for (String ending : List.of("ған", "ген", "қан", "кен", "ады", "еді")) {
            if (word.endsWith(ending) && isVerbStem(cut(word, ending)) && !vowelLast(cut(word, ending))) {
                return cut(word, ending);
            }
        }
        for (String ending : List.of("ды", "ді")) {
            String stem = cut(word, ending);
            if (word.endsWith(ending) && isVerbStem(stem) && (stem.endsWith("л") || stem.endsWith("н"))) {
                return stem; // ашыл-ды, салын-ды: a passive or reflexive verb, not an accusative
            }
        }
        return null;
    }

    /** The participle, the past, the present and the habitual participle of {@code stem}. */
    static List<String> forms(String stem) {
        List<String> out = new ArrayList<>(8);
        char last = stem.charAt(stem.length() - 1);
        boolean voiceless = VOICELESS.indexOf(last) >= 0;
        boolean vowel = vowelLast(stem);
        for (boolean back : harmonies(stem)) {
            out.add(stem + (voiceless ? (back ? "қан" : "кен") : (back ? "ған" : "ген")));
            out.add(stem + (voiceless ? (back ? "ты" : "ті") : (back ? "ды" : "ді")));
            out.add(stem + (vowel ? (back ? "йды" : "йді") : (back ? "ады" : "еді")));
            out.add(stem + (vowel ? (back ? "йтын" : "йтін") : (back ? "атын" : "етін")));
        }
        return out;
    }

    /** Back, front, or both when the stem's last vowel is neutral (и, у). */
    private static List<Boolean> harmonies(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            char c = stem.charAt(i);
            if (BACK.indexOf(c) >= 0) {
                return List.of(true);
            }
            if (FRONT.indexOf(c) >= 0) {
                return List.of(false);
            }
        }
        return List.of(true, false);
    }

    private static boolean isVerbStem(String stem) {
        return stem.length() >= MIN_STEM && stem.chars().anyMatch(c -> VOWELS.indexOf(c) >= 0);
    }

    private static boolean vowelLast(String stem) {
        return !stem.isEmpty() && VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
    }

    private static String cut(String word, String ending) {
        return word.substring(0, word.length() - ending.length());
    }
}
