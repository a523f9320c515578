package kz.bot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Predicate;
import kz.bot.answer.PassageHit;
import kz.bot.answer.TextIndex;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.Passage;
import kz.bot.language.Language;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a knowledge base's passages, and the analysis of questions against it. Built once by
 * {@link #build}, then opened read-only; all methods of an open index are thread-safe.
 */
public final class PassageIndex implements TextIndex, Closeable {

    /** Fuzzy matches count for less than exact ones so that an exact match always ranks first. */
    private static final float FUZZY_BOOST = 0.3f;
    /** Words shorter than this are never fuzzed: "oil" must not find "oal", nor "Oral" "Aral". */
    static final int FUZZY_MIN_LENGTH = 5;
    static final int TWO_EDITS_MIN_LENGTH = 8;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final BotAnalyzer questions;
    private final BotAnalyzer kazakhQuestions;
    private final BotAnalyzer names;
    private final BotAnalyzer kazakhNames;
    private final int maxDoc;
    /** Every indexed term with its document frequency: one hash lookup instead of a terms-dictionary seek. */
    private final Map<String, Integer> docFreqs;
    private final NameDictionary nameDictionary;
    /** Fuzzy expansions already computed; the index never changes, so they stay right. */
    private final Map<String, List<String>> closeTermsCache = new ConcurrentHashMap<>();
    private static final int CLOSE_TERMS_CACHE_LIMIT = 50_000;

    private PassageIndex(Directory directory, Synonyms synonyms, Collection<String> names) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // every question is different: caching costs more than it saves
        this.maxDoc = Math.max(1, reader.maxDoc());
        this.docFreqs = loadDocFreqs(reader);
        Set<String> vocabulary = new HashSet<>(synonyms.forms());
        BotAnalyzer plain = BotAnalyzer.forIndexing();
        Set<String> nameForms = new HashSet<>();
        for (String name : names) {
            nameForms.addAll(Analysis.forms(plain, name));
        }
        vocabulary.addAll(nameForms);
        Predicate<String> known = form -> vocabulary.contains(form) || docFreq(form) > 0;
        this.questions = BotAnalyzer.forQuestions(false, synonyms.map(), known);
        this.kazakhQuestions = BotAnalyzer.forQuestions(true, synonyms.map(), known);
        this.names = BotAnalyzer.forQuestions(false, null, known);
        this.kazakhNames = BotAnalyzer.forQuestions(true, null, known);
        for (String name : names) {
            nameForms.addAll(Analysis.forms(kazakhNames, name)); // Kazakh names are analysed the Kazakh way too
        }
        this.nameDictionary = new NameDictionary(nameForms);
    }

    /**
     * Writes the passages of {@code documents} as a new index in {@code dir} and commits it.
     *
     * @return the number of passages written
     */
    public static int build(Path dir, Collection<Document> documents) {
        IndexWriterConfig config = new IndexWriterConfig(BotAnalyzer.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(false);
        int count = 0;
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            List<org.apache.lucene.document.Document> batch = new ArrayList<>();
            for (Document d : documents) {
                String date = d.date() == null ? "" : d.date().toString();
                for (Passage p : d.passages()) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new TextField(Fields.BODY, p.section() + "\n" + p.text(), Field.Store.NO));
                    doc.add(new StoredField(Fields.TEXT, p.text()));
                    doc.add(new StoredField(Fields.TITLE, d.title()));
                    doc.add(new StoredField(Fields.SECTION, p.section()));
                    doc.add(new StoredField(Fields.FILE, d.file()));
                    doc.add(new StoredField(Fields.DATE, date));
                    doc.add(new StoredField(Fields.LINE, p.line()));
                    batch.add(doc);
                    count++;
                }
                if (batch.size() >= 1000) {
                    writer.addDocuments(batch);
                    batch.clear();
                }
            }
            writer.addDocuments(batch);
            writer.forceMerge(1); // a read-only index is fastest as one segment
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index in " + dir, e);
        }
        return count;
    }

    /**
     * Opens the index in {@code dir} for searching.
     *
     * @param names names of entities: their words count as known even where no passage uses them
     */
    public static PassageIndex open(Path dir, Synonyms synonyms, Collection<String> names) {
        try {
            return new PassageIndex(FSDirectory.open(dir), synonyms, names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir, e);
        }
    }

    public int size() {
        return reader.numDocs();
    }

    @Override
    public List<String> forms(String text, Language language) {
        return Analysis.forms(language == Language.KK ? kazakhNames : names, text);
    }

    @Override
    public List<Set<String>> meaning(String text, Language language) {
        return Analysis.positions(language == Language.KK ? kazakhQuestions : questions, text);
    }

    @Override
    public boolean known(String form) {
        return docFreq(form) > 0;
    }

    @Override
    public Set<String> nameFormsNear(String form, int maxEdits, boolean samePrefix) {
        return nameDictionary.near(form, maxEdits, samePrefix);
    }

    @Override
    public List<String> nameFormsStartingWith(String prefix, int limit) {
        return nameDictionary.startingWith(prefix, limit);
    }

    private int docFreq(String form) {
        return docFreqs.getOrDefault(form, 0);
    }

    private static Map<String, Integer> loadDocFreqs(IndexReader reader) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.BODY);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
            }
        }
        return out;
    }

    @Override
    public List<PassageHit> search(String text, Language language, int limit) {
        return search(meaning(text, language), limit);
    }

    @Override
    public List<PassageHit> search(List<Set<String>> positions, int limit) {
        try {
            List<Position> query = resolve(positions);
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            int clauses = 0;
            for (Position p : query) {
                if (p.terms.isEmpty()) {
                    continue;
                }
                Query q;
                if (p.terms.size() == 1) {
                    q = new TermQuery(new Term(Fields.BODY, p.terms.get(0)));
                } else {
                    SynonymQuery.Builder syn = new SynonymQuery.Builder(Fields.BODY);
                    p.terms.forEach(t -> syn.addTerm(new Term(Fields.BODY, t)));
                    q = syn.build();
                }
                builder.add(p.fuzzy ? new BoostQuery(q, FUZZY_BOOST) : q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
            if (clauses == 0 || limit <= 0) {
                return List.of();
            }
            TopDocs top = searcher.search(builder.build(), limit);
            List<PassageHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                var doc = searcher.storedFields().document(sd.doc);
                String date = doc.get(Fields.DATE);
                hits.add(new PassageHit(doc.get(Fields.TEXT), doc.get(Fields.TITLE), doc.get(Fields.SECTION),
                        doc.get(Fields.FILE), date == null || date.isEmpty() ? null : LocalDate.parse(date), sd.score,
                        coverage(query, sd.doc)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the terms of each position that the index knows; a position with none gets the index's closest terms
     * (fuzzy, marked as such) when its word is long enough to be a typo rather than another word.
     */
    private List<Position> resolve(List<Set<String>> positions) throws IOException {
        List<Position> out = new ArrayList<>(positions.size());
        for (Set<String> alternatives : positions) {
            List<String> known = new ArrayList<>(alternatives.size());
            int best = 0;
            for (String t : alternatives) {
                int df = docFreq(t);
                if (df > 0) {
                    known.add(t);
                    best = Math.max(best, df);
                }
            }
            if (!known.isEmpty()) {
                out.add(new Position(known, false, idf(best)));
                continue;
            }
            List<String> fuzzy = new ArrayList<>();
            for (String t : alternatives) {
                fuzzy.addAll(closeTerms(t));
            }
            int df = 0;
            for (String t : fuzzy) {
                df = Math.max(df, docFreq(t));
            }
            // a word the knowledge base has never seen weighs as much as the rarest word: it is likely what the question
            // is about ("capital of France"); a very short one is more likely a filler word than a topic
            double unknownWeight = alternatives.stream().anyMatch(t -> t.length() > 2) ? idf(0) : idf(0) * 0.3;
            out.add(new Position(fuzzy, !fuzzy.isEmpty(), fuzzy.isEmpty() ? unknownWeight : idf(df)));
        }
        return out;
    }

    /** Indexed terms within one edit (two for long words) of {@code form}, sharing its first letter. */
    List<String> closeTerms(String form) throws IOException {
        int length = form.codePointCount(0, form.length());
        if (length < FUZZY_MIN_LENGTH || form.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        List<String> cached = closeTermsCache.get(form);
        if (cached != null) {
            return cached;
        }
        long started = FuzzBudget.begin(form);
        if (started < 0) {
            return List.of(); // this question's fuzzing budget is spent: no close term, and nothing cached
        }
        int edits = length >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
        Query rewritten = new FuzzyQuery(new Term(Fields.BODY, form), edits, 1, 4, true).rewrite(searcher);
        Set<Term> terms = new HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        List<String> close = terms.stream().map(Term::text).sorted().toList();
        FuzzBudget.end(started, close.size());
        if (closeTermsCache.size() >= CLOSE_TERMS_CACHE_LIMIT) {
            closeTermsCache.clear(); // full of words nobody asks again (made-up words fill it): start afresh
        }
        closeTermsCache.put(form, close);
        return close;
    }

    private double idf(int df) {
        return Math.log(1 + (maxDoc - df + 0.5) / (df + 0.5));
    }

    /** The weighted share of positions whose terms occur in passage {@code docId}. */
    private double coverage(List<Position> positions, int docId) throws IOException {
        double total = 0;
        double matched = 0;
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        int local = docId - leaf.docBase;
        Terms terms = leaf.reader().terms(Fields.BODY);
        TermsEnum te = terms == null ? null : terms.iterator();
        for (Position p : positions) {
            total += p.weight;
            if (te == null) {
                continue;
            }
            for (String t : p.terms) {
                if (te.seekExact(new BytesRef(t))) {
                    PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                    if (pe.advance(local) == local) {
                        matched += p.fuzzy ? p.weight * 0.8 : p.weight;
                        break;
                    }
                }
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexReader reader() {
        return reader;
    }

    /** Fuzzy lookups remembered so far (each computed one is): how much fuzzing the questions have cost. */
    int fuzzLookupsCached() {
        return closeTermsCache.size() + nameDictionary.cached();
    }

    private record Position(List<String> terms, boolean fuzzy, double weight) {
    }
}
