package kz.bot.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Kazakh is agglutinative and has no stemmer in Lucene. This strips the commonest case, possessive and plural endings
 * (Алматының → Алматы, облысының → облысы → облыс, қалаларда → қалалар → қала). Because stripping is ambiguous
 * (облысы is облыс+ы, астанасы is астана+сы), it offers every candidate, longest first, and the caller keeps the first
 * one its vocabulary knows.
 */
public final class KazakhSuffixes {

    /** Case endings, longest first within each case so that -ның is tried before -ың. */
    private static final String[] CASE = {
        "ның", "нің", "дың", "дің", "тың", "тің",
        // the same endings typed without Kazakh letters (ң→н, і→и, ғ→г, қ→к)
        "нын", "нин", "дын", "дин", "тын", "тин", "га", "ка", "нан", "дан", "тан",
        // and with ң alone typed as н, as Latin-typed Kazakh reads ("ozennin" is «өзеннін»)
        "нін", "дін", "тін",
        "ндагы", "ндеги", "дагы", "деги", "тагы", "теги",
        "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
        "дан", "ден", "тан", "тен", "нан", "нен",
        "нда", "нде", "да", "де", "та", "те",
        "ға", "ге", "қа", "ке", "на", "не",
        "мен", "бен", "пен",
        "ны", "ні", "ды", "ді", "ты", "ті", "н",
    };
    private static final String[] POSSESSIVE = {"сы", "сі", "си", "ы", "і", "и", "ым", "ім", "ың", "ің", "мыз", "міз"};
    private static final String[] PLURAL = {"лар", "лер", "дар", "дер", "тар", "тер"};
    private static final String[] PARTICLE = {"ма", "ме", "ба", "бе", "па", "пе", "ші", "шы"};
    /**
     * A stem shorter than this is never a word (the index keeps stems under four letters only when they are listed
     * words: ел, жыл, тау).
     */
    private static final int MIN_STEM = 2;
    /**
     * A question particle (-ма, -ші) follows a whole word, never a two-letter one: «тұщы» typed «тушы» (fresh) is not
     * «ту» (flag) asked about.
     */
    private static final int MIN_PARTICLE_STEM = 3;

    private KazakhSuffixes() {
    }

    /** {@code word} and every shorter stem reachable by removing endings in Kazakh order, longest first. */
    public static List<String> candidates(String word) {
        List<String> out = new ArrayList<>(6);
        out.add(word);
        List<String> frontier = List.of(word);
        for (String[] layer : new String[][] {PARTICLE, CASE, POSSESSIVE, PLURAL}) {
            List<String> next = new ArrayList<>(frontier);
            for (String w : frontier) {
                for (String ending : layer) {
                    if (w.endsWith(ending) && w.length() - ending.length() >= (layer == PARTICLE ? MIN_PARTICLE_STEM
                            : MIN_STEM) && harmonious(w.substring(0, w.length() - ending.length()), ending)) {
                        String stem = w.substring(0, w.length() - ending.length());
                        if (!next.contains(stem)) {
                            next.add(stem);
                        }
                        String unvoiced = unvoiced(stem, ending);
                        if (unvoiced != null && !next.contains(unvoiced)) {
                            next.add(unvoiced); // ішегі → ішег → ішек
                        }
                    }
                }
            }
            for (String w : next) {
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
            frontier = next;
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    /**
     * The stem as it is written alone when an ending that begins with a vowel voiced its last consonant (ішек →
     * ішегі, тарақ → тарағы, кітап → кітабы), or null: a stem ending in г, ғ or б before such an ending may end in к,
     * қ or п on its own.
     */
    static String unvoiced(String stem, String ending) {
        if (stem.isEmpty() || ending.isEmpty() || "аәеиоөуұүыіэю".indexOf(ending.charAt(0)) < 0) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        char plain = switch (last) {
            case 'г' -> 'к';
            case 'ғ' -> 'қ';
            case 'б' -> 'п';
            default -> 0;
        };
        return plain == 0 ? null : stem.substring(0, stem.length() - 1) + plain;
    }

    /** {@code word} without its case ending, when it has one; the guess used for words no vocabulary knows. */
    public static String withoutCase(String word) {
        for (String ending : CASE) {
            if (ending.length() > 1 && word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM
                    && harmonious(word.substring(0, word.length() - ending.length()), ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static final String BACK = "аоұыя";
    private static final String FRONT = "әеөүіэ";

    /**
     * Vowel harmony: back-vowel stems take endings with а/ы, front-vowel stems endings with е/і. Names borrowed from
     * Russian do not always follow it, so a stem whose last vowel is neutral (и, у) accepts both. The instrumental
     * -мен/-бен/-пен has no back form: «пойызбен», «қаламен».
     */
    static boolean harmonious(String stem, String ending) {
        if (ending.equals("мен") || ending.equals("бен") || ending.equals("пен")) {
            return true;
        }
        char endingVowel = lastOf(ending, BACK + FRONT);
        char stemVowel = lastOf(stem, BACK + FRONT + "иу");
        if (endingVowel == 0 || stemVowel == 0 || stemVowel == 'и' || stemVowel == 'у') {
            return true;
        }
        char lastLetter = stem.charAt(stem.length() - 1);
        if ((lastLetter == 'к' || lastLetter == 'г') && FRONT.indexOf(endingVowel) >= 0) {
            return true; // a Kazakh word of back vowels ends in қ or ғ: one in к or г is borrowed, «паркте», «банкке»
        }
        if (stem.endsWith("ов") && stem.length() > 3) {
            return true; // a surname's Russian -ов does not set the harmony, its root does: «Әуезовтің», «Абаевтың»
        }
        int last = stem.lastIndexOf(stemVowel);
        if (stemVowel == 'е' && last > 0 && (BACK + FRONT).indexOf(stem.charAt(last - 1)) >= 0) {
            return true; // a vowel and -е- is said -йе- («Қонаев»): both «Қонаевқа» and «Қонаевке» are written
        }
        return (BACK.indexOf(endingVowel) >= 0) == (BACK.indexOf(stemVowel) >= 0);
    }

    private static char lastOf(String s, String letters) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (letters.indexOf(s.charAt(i)) >= 0) {
                return s.charAt(i);
            }
        }
        return 0;
    }
}
