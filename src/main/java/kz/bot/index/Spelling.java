package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.bot.answer.Typos;
import kz.bot.language.Language;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A misspelt word compared with the knowledge's words as they are written, not with their stems: "populaton" is one
 * letter from "population", but its stem "populaton" is four from "popul", so a typo that spoils a word's ending is
 * out of reach of the stemmed fields. The close words found are then stemmed as the knowledge is, giving the terms
 * to search. Same typo rule ({@link Typos}) and fuzzing budget ({@link FuzzBudget}) as every other fuzzy lookup.
 * Thread-safe.
 */
final class Spelling {

    /** Enough for every word anyone asks twice; cleared when full (made-up words fill it). */
    private static final int CACHE_LIMIT = 50_000;

    private final IndexSearcher searcher;
    private final Map<Language, LanguageAnalyzer> stemming;
    private final Map<LanguageAnalyzer.Kind, LanguageAnalyzer> asWritten = new EnumMap<>(LanguageAnalyzer.Kind.class);
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    /** @param stemming the analysis that writes each language's text field */
    Spelling(IndexSearcher searcher, Map<Language, LanguageAnalyzer> stemming) {
        this.searcher = searcher;
        this.stemming = stemming;
        for (LanguageAnalyzer.Kind kind : LanguageAnalyzer.Kind.values()) {
            asWritten.put(kind, LanguageAnalyzer.forSpelling(kind));
        }
    }

    /**
     * The {@code language} field's terms of the knowledge's words within a typo's reach of {@code typed}, read the
     * {@code how} way (Latin-typed Russian is compared in Cyrillic); empty when there are none.
     */
    Set<String> closeForms(Language language, LanguageAnalyzer.Kind how, String typed) {
        List<String> written = Analysis.forms(asWritten.get(how), typed);
        if (written.size() != 1 || !Typos.mayBeTypo(written.get(0))) {
            return Set.of(); // a stop word, or more than one word
        }
        String word = written.get(0);
        String key = language + ":" + word;
        Set<String> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long started = FuzzBudget.begin(word);
        if (started < 0) {
            return Set.of();
        }
        Set<String> close = new HashSet<>();
        try {
            Query rewritten = new FuzzyQuery(new Term(Fields.spelling(language), word), Typos.maxEdits(word), 1,
                    Typos.MAX_EXPANSIONS, true).rewrite(searcher);
            Set<Term> terms = new HashSet<>();
            rewritten.visit(QueryVisitor.termCollector(terms));
            for (Term t : terms) {
                close.addAll(Analysis.forms(stemming.get(language), t.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FuzzBudget.end(started, close.size());
        }
        Set<String> result = Set.copyOf(close);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, result);
        return result;
    }
}
