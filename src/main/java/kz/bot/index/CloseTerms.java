package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.bot.answer.Field;
import kz.bot.answer.Typos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The terms of a field within a typo of a word: Lucene's {@link FuzzyQuery} rewritten to the terms it would match,
 * so the Levenshtein automaton walks the term dictionary rather than the word being compared with each term. Same
 * typo rule ({@link Typos}) and fuzzing budget ({@link FuzzBudget}) as every other fuzzy lookup; each lookup made is
 * remembered, within a bound, since the same words come back question after question. Thread-safe.
 */
final class CloseTerms {

    private static final int CACHE_LIMIT = 50_000;

    private final IndexSearcher searcher;
    /** How many first letters a close term shares with the word: 1, the typo rule's right first letter, or more. */
    private final int prefix;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    CloseTerms(IndexSearcher searcher) {
        this(searcher, 1);
    }

    /** Close terms that begin with the word's first {@code prefix} letters. */
    CloseTerms(IndexSearcher searcher, int prefix) {
        this.searcher = searcher;
        this.prefix = prefix;
    }

    /** The terms of {@code field} within a typo of {@code form}; none when the form is too short to be a typo. */
    Set<String> near(Field field, String form) {
        return nearIn(Fields.of(field), form);
    }

    /** As {@link #near(Field, String)}, in the Lucene field named {@code luceneField}. */
    Set<String> nearIn(String luceneField, String form) {
        if (!Typos.mayBeTypo(form)) {
            return Set.of();
        }
        String key = luceneField + ":" + form;
        Set<String> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long started = FuzzBudget.begin(form);
        if (started < 0) {
            return Set.of(); // this question's fuzzing budget is spent: no close term, and nothing cached
        }
        Set<String> close = new HashSet<>();
        try {
            Query rewritten = new FuzzyQuery(new Term(luceneField, form), Typos.maxEdits(form), prefix,
                    Typos.MAX_EXPANSIONS, true).rewrite(searcher);
            Set<Term> terms = new HashSet<>();
            rewritten.visit(QueryVisitor.termCollector(terms));
            terms.forEach(t -> close.add(t.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FuzzBudget.end(started, close.size());
        }
        Set<String> result = Set.copyOf(close);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // full of words nobody asks again (made-up words fill it): start afresh
        }
        cache.put(key, result);
        return result;
    }

    /** How many lookups are remembered: each one computed is, until the cache is cleared. */
    int cached() {
        return cache.size();
    }
}
