package kz.bot.index;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import kz.bot.answer.Field;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How many units hold each term of each searchable field, and how many units have that field at all: what the
 * answering core weighs a question's words by and how it skips forms the index does not have. Read from the whole
 * term dictionary once, when the index is opened, so that a question asks a map rather than the index. Not changed
 * once read; thread-safe.
 */
final class DocFrequencies {

    private final Map<Field, Map<String, Integer>> docFreqs;
    private final Map<Field, Integer> docCounts;

    private DocFrequencies(Map<Field, Map<String, Integer>> docFreqs, Map<Field, Integer> docCounts) {
        this.docFreqs = docFreqs;
        this.docCounts = docCounts;
    }

    /** Reads the statistics of every searchable field of {@code reader}. */
    static DocFrequencies read(IndexReader reader) throws IOException {
        Map<Field, Map<String, Integer>> docFreqs = new EnumMap<>(Field.class);
        Map<Field, Integer> docCounts = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            Map<String, Integer> out = new HashMap<>();
            int docs = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.of(f));
                if (terms == null) {
                    continue;
                }
                docs += terms.getDocCount();
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    out.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
                }
            }
            docFreqs.put(f, out);
            docCounts.put(f, docs);
        }
        return new DocFrequencies(docFreqs, docCounts);
    }

    /** How many units hold {@code term} in {@code field}; 0 when none does. */
    int docFreq(Field field, String term) {
        return docFreqs.get(field).getOrDefault(term, 0);
    }

    /** How many units have any term in {@code field}. */
    int docCount(Field field) {
        return docCounts.get(field);
    }
}
