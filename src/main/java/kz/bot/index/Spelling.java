package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.bot.answer.Typos;
import kz.bot.language.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A misspelt word compared with the knowledge's words as they are written, not with their stems: "populaton" is one
 * letter from "population", but its stem "populaton" is four from "popul", so a typo that spoils a word's ending is
 * out of reach of the stemmed fields. The close words found are then stemmed as the knowledge is, giving the terms
 * to search. The words of the vocabulary of words meaning the same are compared the same way, in an index of their
 * own ({@link #ofWords}). Same typo rule ({@link Typos}) and fuzzing budget ({@link FuzzBudget}) as every other fuzzy
 * lookup. Thread-safe.
 */
final class Spelling {

    /**
     * A vocabulary's word is close to a word asked only when both begin with these four letters: the vocabulary's
     * words are no text's, and a real word missing from a small knowledge base is no typo of one of them ("leaving"
     * is not "leading", «прибавила» not «правила»), while «знаменита» is «знаменит» and "famouse" "famous". With the
     * seed documents alone, a first letter in common answered 17 labeled questions more, 5 of them wrongly; four
     * letters 15 more, 3 wrongly (session 60; the shipped knowledge writes these words itself: no change there).
     */
    static final int VOCABULARY_PREFIX = 4;

    private final Map<Language, LanguageAnalyzer> stemming;
    private final Map<LanguageAnalyzer.Kind, LanguageAnalyzer> asWritten = new EnumMap<>(LanguageAnalyzer.Kind.class);
    /** The fuzzy lookup, its budget and its cache, over the words as written. */
    private final CloseTerms asWrittenTerms;

    /**
     * The words of a vocabulary rather than of the knowledge's texts, as written ({@code words} by language), in an
     * index of their own held in memory: one document, a spelling field per language.
     *
     * @param stemming the analysis that writes each language's text field
     */
    static Spelling ofWords(Function<Language, Set<String>> words, Map<Language, LanguageAnalyzer> stemming) {
        Document doc = new Document();
        for (Language l : Language.values()) {
            doc.add(new TextField(Fields.spelling(l), String.join(" ", words.apply(l)),
                    org.apache.lucene.document.Field.Store.NO));
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        // the spelling fields analysed as the knowledge's are
        IndexWriterConfig config = new IndexWriterConfig(KnowledgeIndex.writingAnalyzer());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.addDocument(doc);
            writer.commit();
            return new Spelling(new CloseTerms(new IndexSearcher(DirectoryReader.open(directory)), VOCABULARY_PREFIX),
                    stemming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the vocabulary's spellings", e);
        }
    }

    /** @param stemming the analysis that writes each language's text field */
    Spelling(IndexSearcher searcher, Map<Language, LanguageAnalyzer> stemming) {
        this(new CloseTerms(searcher), stemming);
    }

    private Spelling(CloseTerms asWrittenTerms, Map<Language, LanguageAnalyzer> stemming) {
        this.asWrittenTerms = asWrittenTerms;
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
