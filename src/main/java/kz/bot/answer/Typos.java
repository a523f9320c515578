package kz.bot.answer;

/**
 * The one typo rule, for names, attribute words and search alike: a word shorter than {@link #MIN_LENGTH} letters
 * is never taken for a misspelling ("oil" is not "oal", "Oral" is not "Aral"); a longer one may be one edit away
 * (insertion, deletion, substitution, transposition), two from {@link #TWO_EDITS_LENGTH} letters; the first letter
 * must be right. Matching is done by the index with Lucene's Levenshtein automata.
 */
public final class Typos {

    /** Shorter words are never fuzzed: too many real words are one edit apart. */
    public static final int MIN_LENGTH = 5;
    /** From this length on, two edits. */
    public static final int TWO_EDITS_LENGTH = 8;
    /** How many close terms one word may expand to: enough for real typos, a bound for hostile input. */
    public static final int MAX_EXPANSIONS = 16;

    private Typos() {
    }

    /** True when {@code word} is long enough, and not a figure, to be taken for a misspelling. */
    public static boolean mayBeTypo(String word) {
        if (word.codePointCount(0, word.length()) < MIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The edits a word of this length may have (0 when it may not be a typo at all). */
    public static int maxEdits(String word) {
        if (!mayBeTypo(word)) {
            return 0;
        }
        return word.codePointCount(0, word.length()) >= TWO_EDITS_LENGTH ? 2 : 1;
    }
}
