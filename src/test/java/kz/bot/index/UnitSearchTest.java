package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The hand-written question search gives Lucene's own scores and order for the same query shape. */
class UnitSearchTest {

    private static final List<String> FIELDS = List.of("en", "ru");
    private static final String[] VOCABULARY = {"almaty", "astana", "city", "cities", "lake", "lakes", "steppe",
        "mountain", "mountains", "river", "coal", "oil"};

    @Test
    void scoresAndOrderAreLuceneOwn() throws IOException {
        Random random = new Random(20261129);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 300; i++) {
                    Document doc = new Document();
                    for (String field : FIELDS) {
                        doc.add(new TextField(field, words(random, 1 + random.nextInt(12)), Field.Store.NO));
                    }
                    doc.add(new NumericDocValuesField("kind", i % 3));
                    doc.add(new NumericDocValuesField("entity", i % 7));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                UnitSearch search = new UnitSearch(searcher, reader.leaves().get(0).reader(), FIELDS, "kind", "entity");
                // words with one form and with two forms (scored together, as SynonymQuery does)
                List<List<String>> question = List.of(List.of("city", "cities"), List.of("lake"),
                        List.of("mountains", "mountain"), List.of("nowhere"));

                List<List<UnitSearch.FieldTerms>> words = new ArrayList<>();
                BooleanQuery.Builder lucene = new BooleanQuery.Builder();
                for (List<String> forms : question) {
                    List<UnitSearch.FieldTerms> perField = new ArrayList<>();
                    List<Query> disjuncts = new ArrayList<>();
                    for (String field : FIELDS) {
                        List<Postings> postings = new ArrayList<>();
                        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
                        for (String form : forms) {
                            Postings p = search.postings(field, form);
                            if (p != null) {
                                postings.add(p);
                                synonyms.addTerm(new Term(field, form));
                            }
                        }
                        if (!postings.isEmpty()) {
                            perField.add(search.new FieldTerms(field, postings));
                            disjuncts.add(synonyms.build());
                        }
                    }
                    words.add(perField);
                    lucene.add(new DisjunctionMaxQuery(disjuncts, UnitSearch.OTHER_FIELDS), BooleanClause.Occur.SHOULD);
                }

                UnitSearch.Found found = search.search(words, -1, new long[0], 20);
                TopDocs expected = searcher.search(lucene.build(), 20);
                assertEquals(expected.scoreDocs.length, found.docs().length);
                for (int i = 0; i < found.docs().length; i++) {
                    ScoreDoc hit = expected.scoreDocs[i];
                    assertEquals(hit.score, found.scores()[i], 1e-4f, "score at rank " + i);
                    assertEquals(hit.doc, found.docs()[i], "unit at rank " + i);
                }

                // the filters keep only units of that kind and those entities, in the same order, whether the
                // entities' units are looked up in the postings (few units) or the postings walked (many)
                ScoreDoc[] all = searcher.search(lucene.build(), 300).scoreDocs;
                for (long[] entities : new long[][] {{3}, {2, 5}, {0, 1, 2, 3, 4, 5, 6}}) {
                    UnitSearch.Found filtered = search.search(words, 1, entities, 300);
                    List<Integer> kept = new ArrayList<>();
                    for (ScoreDoc hit : all) {
                        if (hit.doc % 3 == 1 && Arrays.stream(entities).anyMatch(e -> e == hit.doc % 7)) {
                            kept.add(hit.doc);
                        }
                    }
                    assertArrayEquals(kept.stream().mapToInt(Integer::intValue).toArray(), filtered.docs(),
                            Arrays.toString(entities));
                    assertTrue(kept.size() > 5, "the case tests something: " + kept.size());
                }
            }
        }
    }

    @Test
    void coveredSaysWhichWordsEachUnitContains() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String text : new String[] {"almaty lake", "lake", "coal oil"}) {
                    Document doc = new Document();
                    doc.add(new TextField("en", text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                UnitSearch search = new UnitSearch(searcher, reader.leaves().get(0).reader(), List.of("en"), "kind",
                        "entity");
                List<List<UnitSearch.FieldTerms>> words = List.of(
                        List.of(search.new FieldTerms("en", List.of(search.postings("en", "almaty")))),
                        List.of(search.new FieldTerms("en", List.of(search.postings("en", "lake")))));
                UnitSearch.Found found = search.search(words, -1, new long[0], 10);
                assertArrayEquals(new int[] {0, 1}, found.docs());
                assertArrayEquals(new long[] {0b11, 0b10}, found.covered());
            }
        }
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
        }
        return text.toString();
    }
}
