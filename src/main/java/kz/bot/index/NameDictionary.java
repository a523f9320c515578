package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The word forms of every place name, held in a small in-memory Lucene index so that "which names are within two
 * edits of this word" is answered by intersecting a Levenshtein automaton with the term dictionary — fast for tens of
 * thousands of names, where comparing the word with each name in turn is not.
 */
final class NameDictionary {

    private static final String FIELD = "name";
    private static final int MAX_EXPANSIONS = 64;
    private static final int CACHE_LIMIT = 50_000;

    private final IndexSearcher searcher;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    NameDictionary(Collection<String> forms) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                Document doc = new Document();
                for (String form : new HashSet<>(forms)) {
                    doc.add(new StringField(FIELD, form, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.searcher.setQueryCache(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lookups remembered (for tests). */
    int cached() {
        return cache.size();
    }

    /** Up to {@code limit} forms starting with {@code prefix}, in order. */
    java.util.List<String> startingWith(String prefix, int limit) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try {
            for (var leaf : searcher.getIndexReader().leaves()) {
                var terms = leaf.reader().terms(FIELD);
                if (terms == null) {
                    continue;
                }
                var te = terms.iterator();
                org.apache.lucene.util.BytesRef start = new org.apache.lucene.util.BytesRef(prefix);
                if (te.seekCeil(start) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (var t = te.term(); t != null && out.size() < limit
                        && org.apache.lucene.util.StringHelper.startsWith(t, start); t = te.next()) {
                    out.add(t.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Forms within {@code maxEdits} (transpositions count once) of {@code form}; optionally sharing its first letter. */
    Set<String> near(String form, int maxEdits, boolean samePrefix) {
        int edits = Math.max(0, Math.min(2, maxEdits));
        if (form.isEmpty() || edits == 0) {
            return Set.of();
        }
        String key = edits + (samePrefix ? "p" : "-") + form;
        Set<String> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long started = FuzzBudget.begin(form);
        if (started < 0) {
            return Set.of(); // this question's fuzzing budget is spent: no close match, and nothing cached
        }
        Set<String> result = Set.of();
        try {
            Query q = new FuzzyQuery(new Term(FIELD, form), edits, samePrefix ? 1 : 0, MAX_EXPANSIONS, true)
                    .rewrite(searcher);
            Set<Term> terms = new HashSet<>();
            q.visit(QueryVisitor.termCollector(terms));
            Set<String> out = new HashSet<>();
            terms.forEach(t -> out.add(t.text()));
            result = Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FuzzBudget.end(started, result.size());
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // full of words nobody asks again (made-up words fill it): start afresh
        }
        cache.put(key, result);
        return result;
    }
}
