package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.bot.answer.Hit;
import kz.bot.answer.TextUnit;
import kz.bot.answer.UnitKind;
import kz.bot.language.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * What the index holds of a unit, read back into the answering core's types: a search's hits with the doc values
 * that rank them ({@link Hit}), and a unit's stored text, place in its file and date ({@link TextUnit}), remembered
 * once read. Thread-safe: each call opens the doc values it reads.
 */
final class UnitReader {

    /**
     * Units read back so far, so that a unit is decompressed from the stored fields once rather than for every
     * question that reads it (the scorer compares the winner with up to eight candidates' texts). Emptied when it
     * holds {@link #REMEMBERED} units: the whole of the shipped knowledge fits, a large index keeps its hot part.
     */
    private final Map<Integer, TextUnit> remembered = new ConcurrentHashMap<>();
    /** Set by eye: the shipped index has about 2,500 units, about 5 MB of text in three languages. */
    static final int REMEMBERED = 4096;

    private final IndexReader reader;
    private final IndexSearcher searcher;

    UnitReader(IndexSearcher searcher) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
    }

    /** The hits with their doc values; {@code covered} says which words each contains. */
    List<Hit> hits(int[] docIds, float[] scores, long[] covered) throws IOException {
        int n = docIds.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        Hit[] out = new Hit[n];
        int leafIndex = -1;
        NumericDocValues kinds = null;
        NumericDocValues entities = null;
        NumericDocValues flags = null;
        NumericDocValues words = null;
        NumericDocValues languages = null;
        SortedDocValues attributes = null;
        for (int k = 0; k < n; k++) {
            int i = order[k]; // doc values are read forward: hits in doc order
            int doc = docIds[i];
            int li = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(li);
            if (li != leafIndex) {
                leafIndex = li;
                kinds = leaf.reader().getNumericDocValues(Fields.KIND);
                entities = leaf.reader().getNumericDocValues(Fields.ENTITY);
                flags = leaf.reader().getNumericDocValues(Fields.FLAGS);
                words = leaf.reader().getNumericDocValues(Fields.WORDS);
                languages = leaf.reader().getNumericDocValues(Fields.LANGUAGES);
                attributes = leaf.reader().getSortedDocValues(Fields.ATTRIBUTE);
            }
            int local = doc - leaf.docBase;
            UnitKind kind = UnitKind.values()[(int) value(kinds, local)];
            long entity = -1;
            String attribute = "";
            if (kind == UnitKind.FACT) {
                entity = value(entities, local);
                if (attributes != null && attributes.advanceExact(local)) {
                    attribute = attributes.lookupOrd(attributes.ordValue()).utf8ToString();
                }
            }
            out[i] = new Hit(doc, kind, scores[i], covered[i], entity, attribute, (int) value(flags, local),
                    (int) value(words, local), (int) value(languages, local));
        }
        return List.of(out);
    }

    private static long value(NumericDocValues dv, int local) throws IOException {
        return dv != null && dv.advanceExact(local) ? dv.longValue() : 0;
    }

    private static long numeric(LeafReaderContext leaf, String field, int local) throws IOException {
        NumericDocValues dv = leaf.reader().getNumericDocValues(field);
        return dv != null && dv.advanceExact(local) ? dv.longValue() : 0;
    }

    /** The stored unit {@code unit}: its texts, sections and titles in each language it has, and where it is from. */
    TextUnit unit(int unit) {
        TextUnit known = remembered.get(unit);
        if (known != null) {
            return known;
        }
        TextUnit read = read(unit);
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(unit, read);
        return read;
    }

    private TextUnit read(int unit) {
        try {
            Document doc = searcher.storedFields().document(unit);
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(unit, reader.leaves()));
            UnitKind kind = UnitKind.values()[(int) numeric(leaf, Fields.KIND, unit - leaf.docBase)];
            Map<Language, String> texts = new EnumMap<>(Language.class);
            Map<Language, String> sections = new EnumMap<>(Language.class);
            Map<Language, String> titles = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                if (doc.get(Fields.text(l)) != null) {
                    texts.put(l, doc.get(Fields.text(l)));
                }
                if (doc.get(Fields.section(l)) != null) {
                    sections.put(l, doc.get(Fields.section(l)));
                }
                if (doc.get(Fields.title(l)) != null) {
                    titles.put(l, doc.get(Fields.title(l)));
                }
            }
            String date = doc.get(Fields.DATE);
            return new TextUnit(unit, kind, doc.get(Fields.FILE), number(doc, Fields.PASSAGE),
                    number(doc, Fields.SENTENCE), texts, sections, titles,
                    date == null || date.isEmpty() ? null : LocalDate.parse(date), number(doc, Fields.LINE),
                    doc.get(Fields.BEFORE) == null ? "" : doc.get(Fields.BEFORE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(Document doc, String field) {
        var f = doc.getField(field);
        return f == null || f.numericValue() == null ? -1 : f.numericValue().intValue();
    }
}
