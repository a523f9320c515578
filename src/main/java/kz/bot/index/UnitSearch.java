package kz.bot.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The question search, term at a time over the index's one segment: each question word is a disjunction, over the
 * fields, of its forms in that field scored together as one term (Lucene's {@code SynonymQuery}), the best field
 * counting fully and the others a tenth (its {@code DisjunctionMaxQuery}), the words' scores added (a {@code
 * BooleanQuery} of SHOULD clauses) — the same BM25 scores as those queries, from Lucene's own {@link BM25Similarity}.
 * Done by hand because a question has dozens of forms and is searched twice, and building Lucene's query weights for
 * each was most of an answer's time; walking each form's postings once also says which words each unit contains.
 * The postings, norms and doc values are read from the index; nothing is copied but the norms and the kind and entity
 * of each unit. Thread-safe: each thread sums into arrays of its own.
 *
 * <p>Its parts: {@link PostingsCache} reads a form's postings, {@link KindsAndEntities} says which units a filter
 * keeps, {@link RunningSums} holds a thread's sums, and {@link TopUnits} collects the best units from them.
 */
final class UnitSearch {

    /**
     * A search limited to some places' units looks each of their units up in the postings (a binary search, counted as
     * this many postings walked) rather than walking the postings, when that is cheaper.
     */
    static final int LOOKUP_COST = 24;

    /** How much the fields other than a word's best one count (Lucene's DisjunctionMaxQuery tie breaker). */
    static final float OTHER_FIELDS = 0.1f;

    private final int maxDoc;
    private final Similarity similarity = new BM25Similarity();
    private final Map<String, CollectionStatistics> collections = new HashMap<>();
    private final Map<String, byte[]> norms = new HashMap<>();
    private final KindsAndEntities filters;
    private final ThreadLocal<RunningSums> sums;
    /** Postings read before: the same words come back question after question. */
    private final PostingsCache cache;

    UnitSearch(IndexSearcher searcher, LeafReader leaf, List<String> fields, String kindField, String entityField)
            throws IOException {
        this.maxDoc = leaf.maxDoc();
        for (String field : fields) {
            CollectionStatistics stats = searcher.collectionStatistics(field);
            if (stats != null) {
                collections.put(field, stats);
            }
            byte[] fieldNorms = new byte[maxDoc];
            NumericDocValues values = leaf.getNormValues(field);
            if (values != null) {
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    fieldNorms[doc] = (byte) values.longValue();
                }
            }
            norms.put(field, fieldNorms);
        }
        this.filters = new KindsAndEntities(leaf, kindField, entityField);
        this.cache = new PostingsCache(leaf);
        this.sums = ThreadLocal.withInitial(() -> new RunningSums(maxDoc));
    }

    /** The postings of {@code term} in {@code field}, or null when the index does not have it. */
    Postings postings(String field, String term) throws IOException {
        return cache.postings(field, term);
    }

    /** One question word in one field: its forms there, scored as one term. */
    final class FieldTerms {
        final String field;
        final List<Postings> forms;
        final Similarity.SimScorer scorer;

        FieldTerms(String field, List<Postings> forms) {
            this.field = field;
            this.forms = forms;
            long df = 0;
            long ttf = 0;
            for (Postings p : forms) {
                df = Math.max(df, p.docFreq());
                ttf += p.totalTermFreq();
            }
            CollectionStatistics stats = collections.get(field);
            // the statistics Lucene's SynonymQuery gives its forms: the largest document frequency, all occurrences
            this.scorer = stats == null ? null
                    : similarity.scorer(1f, stats, new TermStatistics(new BytesRef(field), df, Math.max(df, ttf)));
        }
    }

    /** A search's result: units best first, their scores, and which words (bit i for word i) each contains. */
    record Found(int[] docs, float[] scores, long[] covered) {
    }

    /**
     * The best {@code limit} units that contain at least one of {@code words} (each a list of its fields' terms),
     * restricted to units of kind {@code kind} (its ordinal, or -1 for any) and, when {@code entities} is not empty,
     * to units of those entities. Ties go to the earlier unit, as in Lucene.
     */
    Found search(List<List<FieldTerms>> words, int kind, long[] entityFilter, int limit) {
        RunningSums s = sums.get();
        try {
            int[] only = entityFilter.length == 0 ? null : filters.unitsOf(entityFilter, kind);
            if (only != null && (long) only.length * LOOKUP_COST >= postingsOf(words)) {
                only = null; // the entities have so many units that walking the postings is cheaper
            }
            add(s, words, only);
            return TopUnits.best(s, doc -> filters.accepts(doc, kind, entityFilter), limit);
        } finally {
            s.clear();
        }
    }

    /**
     * Adds each word's score to the units that contain it: all of them, or when {@code only} is not null, only those
     * units (sorted), looked up in each form's postings.
     */
    private void add(RunningSums s, List<List<FieldTerms>> words, int[] only) {
        for (int w = 0; w < words.size(); w++) {
            for (FieldTerms ft : words.get(w)) {
                if (ft.scorer == null) {
                    continue;
                }
                for (Postings p : ft.forms) {
                    if (only == null) {
                        for (int i = 0; i < p.docs().length; i++) {
                            count(s, p.docs()[i], p.freqs()[i]);
                        }
                    } else {
                        for (int doc : only) {
                            int i = Arrays.binarySearch(p.docs(), doc);
                            if (i >= 0) {
                                count(s, doc, p.freqs()[i]);
                            }
                        }
                    }
                }
                byte[] fieldNorms = norms.get(ft.field);
                for (int i = 0; i < s.fieldCount; i++) {
                    int doc = s.fieldDocs[i];
                    float score = ft.scorer.score(s.freq[doc], fieldNorms[doc]);
                    s.freq[doc] = 0;
                    if (!s.inWord[doc]) {
                        s.inWord[doc] = true;
                        s.wordDocs[s.wordCount++] = doc;
                    }
                    s.wordMax[doc] = Math.max(s.wordMax[doc], score);
                    s.wordSum[doc] += score;
                }
                s.fieldCount = 0;
            }
            long bit = w < 64 ? 1L << w : 0;
            for (int i = 0; i < s.wordCount; i++) {
                int doc = s.wordDocs[i];
                if (!s.seen[doc]) {
                    s.seen[doc] = true;
                    s.docs[s.count++] = doc;
                }
                s.total[doc] += s.wordMax[doc] + OTHER_FIELDS * (s.wordSum[doc] - s.wordMax[doc]);
                s.covered[doc] |= bit;
                s.wordMax[doc] = 0;
                s.wordSum[doc] = 0;
                s.inWord[doc] = false;
            }
            s.wordCount = 0;
        }
    }

    private static void count(RunningSums s, int doc, int freq) {
        if (s.freq[doc] == 0) {
            s.fieldDocs[s.fieldCount++] = doc;
        }
        s.freq[doc] += freq;
    }

    /** How many postings the words' forms have, over all their fields. */
    private static long postingsOf(List<List<FieldTerms>> words) {
        long n = 0;
        for (List<FieldTerms> word : words) {
            for (FieldTerms ft : word) {
                for (Postings p : ft.forms) {
                    n += p.docs().length;
                }
            }
        }
        return n;
    }
}
