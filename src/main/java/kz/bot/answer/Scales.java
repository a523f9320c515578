package kz.bot.answer;

import java.util.List;
import java.util.regex.Pattern;
import kz.bot.language.UnitWords;

/**
 * The end of a scale a question asks for ("the hottest", «самая низкая», «ең аз») and the facts whose attribute names
 * the other end: "Record Low Temperature" does not answer "the hottest temperature ever", whatever words the two share
 * (hot and cold both search for temperature). A question's ends are the {@code end.*} phrases of words_*.properties
 * (no bare "high": "how high is…" asks for a height); a fact's are the {@code scale.*} words of unit-words.txt, read in
 * its attribute's key, which is English. Immutable.
 */
final class Scales {

    /** The scales, each a pair of ends: high or low (heat, height, a maximum), more or less (size, people). */
    private static final List<String[]> SCALES = List.of(new String[] {"end.high", "end.low"},
            new String[] {"end.more", "end.less"});
    /** For each scale, its two ends in an attribute's name: the {@code scale.*} words of unit-words.txt. */
    private static final List<Pattern[]> LABELS = List.of(new Pattern[] {label("scale.high"), label("scale.low")},
            new Pattern[] {label("scale.more"), label("scale.less")});

    /** For each scale of {@link #SCALES}, the end asked for: 0 or 1, or -1 when the question says neither or both. */
    private final int[] asked;
    /** True when the question asks for the very end, the record ({@code end.extreme}: "the coldest", «ең суық»). */
    private final boolean extreme;

    private Scales(int[] asked, boolean extreme) {
        this.asked = asked;
        this.extreme = extreme;
    }

    /** The ends {@code r} asks for, in its text and, for Latin-typed Russian or Kazakh, in its Cyrillic spelling. */
    static Scales of(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        String[] typed = Phrases.words(r.text());
        String[] cyrillic = Phrases.words(r.cyrillic().text());
        int[] asked = new int[SCALES.size()];
        for (int s = 0; s < SCALES.size(); s++) {
            boolean[] says = new boolean[2];
            for (int end = 0; end < 2; end++) {
                String key = SCALES.get(s)[end];
                says[end] = phrases.find(key, typed) >= 0 || cyrillic.length > 0 && phrases.find(key, cyrillic) >= 0;
            }
            asked[s] = says[0] == says[1] ? -1 : says[0] ? 0 : 1;
        }
        boolean extreme = phrases.find("end.extreme", typed) >= 0
                || cyrillic.length > 0 && phrases.find("end.extreme", cyrillic) >= 0;
        return new Scales(asked, extreme);
    }

    /**
     * True when the question asks for the record at one end of a scale and {@code h} is a fact whose attribute names
     * that end: "Record Low Temperature" for "the coldest temperature ever".
     */
    boolean namesTheRecordAsked(Hit h) {
        if (!extreme || h.kind() != UnitKind.FACT) {
            return false;
        }
        for (int s = 0; s < SCALES.size(); s++) {
            if (asked[s] >= 0 && LABELS.get(s)[asked[s]].matcher(h.attribute()).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code h} is a fact whose attribute names either end of a scale the question asks one end of. */
    boolean namesAnEnd(Hit h) {
        for (int s = 0; s < SCALES.size(); s++) {
            if (asked[s] >= 0 && h.kind() == UnitKind.FACT && (LABELS.get(s)[0].matcher(h.attribute()).find()
                    || LABELS.get(s)[1].matcher(h.attribute()).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code h} is a fact whose attribute names the other end of a scale the question asks one end of, and
     * not that end: "record low temperature" for "the hottest", "least populous region" for «ең көп».
     */
    boolean otherEnd(Hit h) {
        if (h.kind() != UnitKind.FACT) {
            return false;
        }
        for (int s = 0; s < SCALES.size(); s++) {
            if (asked[s] >= 0 && LABELS.get(s)[1 - asked[s]].matcher(h.attribute()).find()
                    && !LABELS.get(s)[asked[s]].matcher(h.attribute()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code key} in unit-words.txt as whole words of an attribute's name. */
    private static Pattern label(String key) {
        return Pattern.compile("(?iu)(?<!\\p{L})(?:" + UnitWords.get(key) + ")(?!\\p{L})");
    }
}
