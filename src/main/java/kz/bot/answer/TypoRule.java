package kz.bot.answer;

/**
 * {@link Typos}' rule applied to two words, measured by the index's Levenshtein automata: whether a typed word is a
 * misspelling of a known one, and how far apart two words are (for "did you mean").
 */
final class TypoRule {

    private final TextIndex index;

    TypoRule(TextIndex index) {
        this.index = index;
    }

    /**
     * True when {@code typed} is a typo of {@code known}: the same first letter, and within the edits the longer of
     * the two allows (a missing letter in a 4-letter word still reaches a 5-letter one; "oral" never becomes
     * "aral"). Stems cut inflected words at different places, so the longer word is also compared cut to the
     * shorter one's length, one edit at most: «капитол» meets «капита».
     */
    boolean isTypo(String typed, String known) {
        if (typed.length() < Typos.MIN_LENGTH - 1 || known.isEmpty() || typed.charAt(0) != known.charAt(0)) {
            return false;
        }
        String longer = typed.length() >= known.length() ? typed : known;
        int max = Typos.maxEdits(longer);
        if (max == 0) {
            return false;
        }
        int full = index.edits(typed, known, max + 1);
        if (full <= max) {
            return true;
        }
        int common = Math.min(typed.length(), known.length());
        return full == max + 1 && common >= Typos.MIN_LENGTH && Math.abs(typed.length() - known.length()) <= 2
                && index.edits(typed.substring(0, common), known.substring(0, common), 1) <= 1;
    }

    /** The edits between two words, or 3 when there are more than two. */
    int distance(String a, String b) {
        return index.edits(a, b, 2);
    }
}
