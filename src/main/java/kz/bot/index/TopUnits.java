package kz.bot.index;

import java.util.function.IntPredicate;

/**
 * Collects the best units of a search from its running sums, ranked as Lucene ranks hits: a higher score first, and
 * of equal scores the earlier unit. Stateless; thread-safe.
 */
final class TopUnits {

    private TopUnits() {
    }

    /**
     * The best {@code limit} units summed in {@code s} that {@code kept} accepts, best first, with their scores and
     * the words each contains.
     */
    static UnitSearch.Found best(RunningSums s, IntPredicate kept, int limit) {
        // a heap of the best units so far, the worst at its root; a unit no better than the root is not looked at again
        int[] heap = new int[Math.max(0, Math.min(limit, s.count))];
        int size = 0;
        for (int i = 0; i < s.count && heap.length > 0; i++) {
            int doc = s.docs[i];
            if (size == heap.length && !better(s.total, doc, heap[0])) {
                continue;
            }
            if (!kept.test(doc)) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = doc;
                siftUp(s.total, heap, size++);
            } else {
                heap[0] = doc;
                siftDown(s.total, heap, size);
            }
        }
        int[] docs = new int[size];
        float[] scores = new float[size];
        long[] covered = new long[size];
        for (int i = size - 1; i >= 0; i--) {
            int doc = heap[0];
            docs[i] = doc;
            scores[i] = s.total[doc];
            covered[i] = s.covered[doc];
            heap[0] = heap[i];
            siftDown(s.total, heap, i);
        }
        return new UnitSearch.Found(docs, scores, covered);
    }

    /** Whether unit {@code a} ranks above unit {@code b}: a higher score, or the same score and an earlier unit. */
    private static boolean better(float[] total, int a, int b) {
        int c = Float.compare(total[a], total[b]);
        return c > 0 || c == 0 && a < b;
    }

    private static void siftUp(float[] total, int[] heap, int at) {
        int doc = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(total, heap[parent], doc)) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = doc;
    }

    private static void siftDown(float[] total, int[] heap, int size) {
        if (size == 0) {
            return;
        }
        int doc = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(total, heap[child], heap[child + 1])) {
                child++;
            }
            if (!better(total, doc, heap[child])) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = doc;
    }
}
