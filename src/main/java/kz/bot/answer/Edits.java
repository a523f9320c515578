package kz.bot.answer;

/** Edit distance with a ceiling, for telling typos of a name from other words. */
final class Edits {

    private Edits() {
    }

    /** How many edits a word of this length may have and still count as a typo: none below 5 letters. */
    static int allowed(String word) {
        return allowed(word.length());
    }

    private static int allowed(int length) {
        return length >= 8 ? 2 : length >= 5 ? 1 : 0;
    }

    /**
     * True when {@code typed} is a typo of {@code known}: within the edits the longer of the two allows (so a missing
     * letter in a 4-letter word still reaches a 5-letter one, but "oral" never becomes "aral"), and with the same
     * first letter. Stems cut inflected words at different places, so the longer word is also compared cut to the
     * shorter one's length: «капитол» meets «капита».
     */
    static boolean isTypo(String typed, String known) {
        if (typed.length() < 4 || known.isEmpty() || typed.charAt(0) != known.charAt(0)) {
            return false;
        }
        int max = allowed(Math.max(typed.length(), known.length()));
        if (max == 0) {
            return false;
        }
        int full = distance(typed, known, max + 1);
        if (full <= max) {
            return true;
        }
        // one edit at most once the different endings are cut away, and never far from a typo overall
        int common = Math.min(typed.length(), known.length());
        return full == max + 1 && common >= 5 && Math.abs(typed.length() - known.length()) <= 2
                && distance(typed.substring(0, common), known.substring(0, common), 1) <= 1;
    }

    /**
     * Damerau–Levenshtein distance (adjacent swaps count once) between {@code a} and {@code b}, or {@code max + 1}
     * as soon as it is certain to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
