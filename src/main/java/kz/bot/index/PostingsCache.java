package kz.bot.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The postings of a segment's terms, read into arrays and kept, within a bound, by field and term: the same words
 * come back question after question. Thread-safe.
 */
final class PostingsCache {

    /**
     * Postings entries kept at most (8 bytes each): all of the shipped knowledge's, the frequent words of a large
     * one. Counted with the shipped knowledge, which holds about 60,000.
     */
    static final long CACHE_ENTRIES = 2_000_000;

    private final LeafReader leaf;
    private final Map<String, Postings> cache = new ConcurrentHashMap<>();
    private final AtomicLong cached = new AtomicLong();

    PostingsCache(LeafReader leaf) {
        this.leaf = leaf;
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
}
