package kz.bot.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bot.answer.Hit;
import kz.bot.answer.TextIndex.Reading;
import kz.bot.answer.UnitKind;
import kz.bot.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Passages for a search as people type it into a search box, parsed by Lucene's {@link SimpleQueryParser}: words
 * (all of them must occur), "quoted phrases", -exclusions and prefix*, in the text of one language and in the names,
 * analysed as questions are. Lucene's own queries, not {@link UnitSearch}: a search box needs its operators, and is
 * not on the path of every answer. Thread-safe: each search makes its own parser.
 */
final class SearchBox {

    private final IndexSearcher searcher;
    private final Map<Reading, LanguageAnalyzer> questions;
    private final BotAnalyzer names;
    private final UnitReader units;

    /**
     * @param questions the question analyzer of each reading
     * @param names     the analyzer of a question's names
     * @param units     what reads the hits' doc values
     */
    SearchBox(IndexSearcher searcher, Map<Reading, LanguageAnalyzer> questions, BotAnalyzer names, UnitReader units) {
        this.searcher = searcher;
        this.questions = questions;
        this.names = names;
        this.units = units;
    }

    /** At most {@code limit} passages for {@code text} in {@code language}, best first; none, never an exception. */
    List<Hit> find(String text, Language language, int limit) {
        Map<String, Float> weights = Map.of(Fields.of(language), 1.0f, Fields.NAMES, 0.5f);
        SimpleQueryParser parser = new SimpleQueryParser(analyzer(language), weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(text);
        if (parsed == null || limit <= 0) {
            return List.of();
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, UnitKind.PASSAGE.name())), BooleanClause.Occur.FILTER)
                .build();
        try {
            TopDocs top = searcher.search(query, limit);
            int[] docs = new int[top.scoreDocs.length];
            float[] scores = new float[docs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
                scores[i] = top.scoreDocs[i].score;
            }
            return units.hits(docs, scores, new long[docs.length]);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a query too large to run (thousands of prefix terms) finds nothing rather than fails
        }
    }

    /** The analysis of a search box: the question analyzer of {@code language} for its field, names for names. */
    private Analyzer analyzer(Language language) {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(Fields.of(language), questions.get(Reading.valueOf(language.name())));
        perField.put(Fields.NAMES, names);
        return new PerFieldAnalyzerWrapper(questions.get(Reading.valueOf(language.name())), perField);
    }
}
