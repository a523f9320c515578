package kz.bot.index;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.answer.Typos;
import kz.bot.language.Language;
import org.apache.lucene.search.IndexSearcher;

/**
 * A misspelt word compared with the knowledge's words as they are written, not with their stems: "populaton" is one
 * letter from "population", but its stem "populaton" is four from "popul", so a typo that spoils a word's ending is
 * out of reach of the stemmed fields. The close words found are then stemmed as the knowledge is, giving the terms
 * to search. Same typo rule ({@link Typos}) and fuzzing budget ({@link FuzzBudget}) as every other fuzzy lookup.
 * Thread-safe.
 */
final class Spelling {

    private final Map<Language, LanguageAnalyzer> stemming;
    private final Map<LanguageAnalyzer.Kind, LanguageAnalyzer> asWritten = new EnumMap<>(LanguageAnalyzer.Kind.class);
    /** The fuzzy lookup, its budget and its cache, over the words as written. */
    private final CloseTerms asWrittenTerms;

    /** @param stemming the analysis that writes each language's text field */
    Spelling(IndexSearcher searcher, Map<Language, LanguageAnalyzer> stemming) {
        this.asWrittenTerms = new CloseTerms(searcher);
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
        if (written.size() != 1) {
            return Set.of(); // a stop word, or more than one word
        }
        Set<String> close = new HashSet<>();
        for (String word : asWrittenTerms.nearIn(Fields.spelling(language), written.get(0))) {
            close.addAll(Analysis.forms(stemming.get(language), word));
        }
        return close;
    }
}
