package kz.bot.index;

import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one analysis chain for passages, names and questions in English, Russian and Kazakh: standard tokenizer, lower
 * case, possessive 's, stop words (as written), {@link CanonicalForms}, then — for questions only — the synonyms of the
 * knowledge base. Passages are indexed without synonyms so that editing the synonyms file needs no re-indexing of
 * meaning, only of the query side.
 */
final class BotAnalyzer extends Analyzer {

    /** Questions are cut to this many words: a 1 MB message must not become a 100,000-clause query. */
    static final int MAX_QUESTION_TOKENS = 64;

    private final boolean kazakh;
    private final SynonymMap synonyms;
    private final Predicate<String> vocabulary;
    private final Predicate<String> oneWordNames;
    private final int maxTokens;

    private BotAnalyzer(boolean kazakh, SynonymMap synonyms, Predicate<String> vocabulary,
                        Predicate<String> oneWordNames, int maxTokens) {
        this.kazakh = kazakh;
        this.synonyms = synonyms;
        this.vocabulary = vocabulary;
        this.oneWordNames = oneWordNames;
        this.maxTokens = maxTokens;
    }

    /** For indexing passages and reading synonym rules: no synonyms, no Kazakh stripping, no length limit. */
    static BotAnalyzer forIndexing() {
        return new BotAnalyzer(false, null, form -> false, form -> false, Integer.MAX_VALUE);
    }

    /**
     * For names and questions: synonyms applied when {@code synonyms} is not null; a Kazakh ending is cut from a
     * Latin word only where what is left is one of {@code oneWordNames} ("astanada", not "oblysynyn", whose stem
     * is a word of the name "Almaty oblysy").
     */
    static BotAnalyzer forQuestions(boolean kazakh, SynonymMap synonyms, Predicate<String> vocabulary,
                                    Predicate<String> oneWordNames) {
        return new BotAnalyzer(kazakh, synonyms, vocabulary, oneWordNames, MAX_QUESTION_TOKENS);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(64);
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new EnglishPossessiveFilter(stream);
        stream = new StopFilter(stream, StopWords.ALL);
        if (maxTokens != Integer.MAX_VALUE) {
            stream = new LimitTokenCountFilter(stream, maxTokens, false);
        }
        stream = new CanonicalFormFilter(stream, new CanonicalForms(kazakh, vocabulary, oneWordNames));
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
