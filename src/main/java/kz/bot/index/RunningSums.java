package kz.bot.index;

/**
 * One thread's running sums over the units of a segment while {@link UnitSearch} scores a question: each form's
 * frequency in a unit, each word's best and summed field scores, each unit's total and the words it contains, and
 * the units touched at each level. Arrays as long as the segment, made once per thread and cleared after each search
 * (only the units touched), since a question touches few of them. Not thread-safe: one per thread.
 */
final class RunningSums {
    /** Per unit: how often the forms of the word being scored occur in the field being scored. */
    final int[] freq;
    /** Per unit: the word's best field score, its field scores summed, and whether it has any. */
    final float[] wordMax;
    final float[] wordSum;
    final boolean[] inWord;
    /** Per unit: the question's score so far, the words it contains (bit i for word i), and whether it has any. */
    final float[] total;
    final long[] covered;
    final boolean[] seen;
    /** The units touched in the field being scored, by the word being scored, and by the whole search. */
    final int[] fieldDocs;
    final int[] wordDocs;
    final int[] docs;
    int fieldCount;
    int wordCount;
    int count;

    RunningSums(int maxDoc) {
        freq = new int[maxDoc];
        wordMax = new float[maxDoc];
        wordSum = new float[maxDoc];
        inWord = new boolean[maxDoc];
        total = new float[maxDoc];
        covered = new long[maxDoc];
        seen = new boolean[maxDoc];
        fieldDocs = new int[maxDoc];
        wordDocs = new int[maxDoc];
        docs = new int[maxDoc];
    }

    void clear() {
        for (int i = 0; i < count; i++) {
            int doc = docs[i];
            total[doc] = 0;
            covered[doc] = 0;
            seen[doc] = false;
        }
        count = 0;
        for (int i = 0; i < fieldCount; i++) {
            freq[fieldDocs[i]] = 0;
        }
        fieldCount = 0;
        for (int i = 0; i < wordCount; i++) {
            int doc = wordDocs[i];
            wordMax[doc] = 0;
            wordSum[doc] = 0;
            inWord[doc] = false;
        }
        wordCount = 0;
    }
}
