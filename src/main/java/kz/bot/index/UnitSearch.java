package kz.bot.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
 */
final class UnitSearch {

    /** How much the fields other than a word's best one count (Lucene's DisjunctionMaxQuery tie breaker). */
    static final float OTHER_FIELDS = 0.1f;

    private final LeafReader leaf;
    private final int maxDoc;
    private final Similarity similarity = new BM25Similarity();
    private final Map<String, CollectionStatistics> collections = new HashMap<>();
    private final Map<String, byte[]> norms = new HashMap<>();
    private final byte[] kinds;
    private final long[] entities;
    private final ThreadLocal<Sums> sums;
    /** Postings read before, by field and term: the same words come back question after question. */
    private final Map<String, Postings> cache = new ConcurrentHashMap<>();
    private final AtomicLong cached = new AtomicLong();
    /**
     * Postings entries kept at most (8 bytes each): all of the shipped knowledge's, the frequent words of a large
     * one. Counted with the shipped knowledge, which holds about 60,000.
     */
    static final long CACHE_ENTRIES = 2_000_000;

    UnitSearch(IndexSearcher searcher, LeafReader leaf, List<String> fields, String kindField, String entityField)
            throws IOException {
        this.leaf = leaf;
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
        this.kinds = new byte[maxDoc];
        NumericDocValues kindValues = leaf.getNumericDocValues(kindField);
        if (kindValues != null) {
            for (int doc = kindValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = kindValues.nextDoc()) {
                kinds[doc] = (byte) kindValues.longValue();
            }
        }
        this.entities = new long[maxDoc];
        Arrays.fill(entities, -1);
        NumericDocValues entityValues = leaf.getNumericDocValues(entityField);
        if (entityValues != null) {
            for (int doc = entityValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = entityValues.nextDoc()) {
                entities[doc] = entityValues.longValue();
            }
        }
        this.sums = ThreadLocal.withInitial(() -> new Sums(maxDoc));
    }

    /** A form's postings, read once per question. */
    record Postings(int[] docs, int[] freqs, int docFreq, long totalTermFreq) {
    }

    /** The postings of {@code term} in {@code field}, or null when the index does not have it. */
    Postings postings(String field, String term) throws IOException {
        String key = field + '\u0000' + term;
        Postings known = cache.get(key);
        if (known != null) {
            return known;
        }
        Postings read = read(field, term);
        if (read != null && cached.addAndGet(read.docFreq()) <= CACHE_ENTRIES) {
            cache.putIfAbsent(key, read);
        }
        return read;
    }

    private Postings read(String field, String term) throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(new BytesRef(term))) {
            return null;
        }
        int df = te.docFreq();
        int[] docs = new int[df];
        int[] freqs = new int[df];
        PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
        int n = 0;
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && n < df; doc = pe.nextDoc()) {
            docs[n] = doc;
            freqs[n] = pe.freq();
            n++;
        }
        return new Postings(docs, freqs, df, te.totalTermFreq());
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
        Sums s = sums.get();
        try {
            for (int w = 0; w < words.size(); w++) {
                for (FieldTerms ft : words.get(w)) {
                    if (ft.scorer == null) {
                        continue;
                    }
                    byte[] fieldNorms = norms.get(ft.field);
                    for (Postings p : ft.forms) {
                        for (int i = 0; i < p.docs().length; i++) {
                            int doc = p.docs()[i];
                            if (s.freq[doc] == 0) {
                                s.fieldDocs[s.fieldCount++] = doc;
                            }
                            s.freq[doc] += p.freqs()[i];
                        }
                    }
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
            return best(s, kind, entityFilter, limit);
        } finally {
            s.clear();
        }
    }

    private Found best(Sums s, int kind, long[] entityFilter, int limit) {
        PriorityQueue<Integer> top = new PriorityQueue<>(Math.max(1, limit), (a, b) -> {
            int c = Float.compare(s.total[a], s.total[b]);
            return c != 0 ? c : Integer.compare(b, a); // the worst first: lower score, then later unit
        });
        for (int i = 0; i < s.count && limit > 0; i++) {
            int doc = s.docs[i];
            if (kind >= 0 && kinds[doc] != kind || entityFilter.length > 0 && !contains(entityFilter, entities[doc])) {
                continue;
            }
            top.add(doc);
            if (top.size() > limit) {
                top.poll();
            }
        }
        int n = top.size();
        int[] docs = new int[n];
        float[] scores = new float[n];
        long[] covered = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            int doc = top.poll();
            docs[i] = doc;
            scores[i] = s.total[doc];
            covered[i] = s.covered[doc];
        }
        return new Found(docs, scores, covered);
    }

    private static boolean contains(long[] values, long value) {
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** One thread's running sums over the units, cleared after each search (only the units touched). */
    private static final class Sums {
        final int[] freq;
        final float[] wordMax;
        final float[] wordSum;
        final boolean[] inWord;
        final float[] total;
        final long[] covered;
        final boolean[] seen;
        final int[] fieldDocs;
        final int[] wordDocs;
        final int[] docs;
        int fieldCount;
        int wordCount;
        int count;

        Sums(int maxDoc) {
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
}
