package kz.bot.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.language.Language;

/**
 * What the answering core needs from the full-text side: the analysis of each language, the words the knowledge
 * knows, and one search over facts, passages and sentences. Implementations are thread-safe.
 */
public interface TextIndex {

    /** How a text is read. */
    enum Reading {
        EN, RU, KK,
        /** Russian typed in Latin letters ("skolko zhitelei"). */
        RU_LATIN,
        /** Kazakh typed in Latin letters ("halqy qansha"). */
        KK_LATIN;

        /** The language whose field this reading searches. */
        public Language language() {
            return switch (this) {
                case EN -> Language.EN;
                case RU, RU_LATIN -> Language.RU;
                case KK, KK_LATIN -> Language.KK;
            };
        }
    }

    /** The words of {@code text} read as {@code how}, stop words left out, each with its forms and position. */
    List<Token> analyze(String text, Reading how);

    /**
     * {@code text} in Cyrillic letters when {@code how} reads Russian or Kazakh typed in Latin ones ("samyi bolshoi"
     * is «самый большой»), by the same rules the analysis uses; otherwise {@code text} unchanged.
     */
    default String cyrillic(String text, Reading how) {
        return text;
    }

    /**
     * For each of {@code tokens} (as {@link #analyze} gave them for a text in {@code language}), the forms of the
     * words that mean the same in each field — from the built-in vocabulary and the knowledge's synonyms.
     */
    List<Map<Field, Set<String>>> synonyms(List<Token> tokens, Language language);

    /**
     * The spelling-independent forms of the words of {@code text}, as names are compared (Latin read as Cyrillic,
     * Kazakh letters folded, endings removed where what remains is a known name): one per word, stop words kept.
     */
    List<Token> nameForms(String text);

    /** Terms of {@code field} within a typo's reach of {@code form} (the shared typo rule), for a word nothing knows. */
    Set<String> closeTerms(Field field, String form);

    /**
     * Terms of {@code field} of the words that, as the knowledge or its vocabulary of words meaning the same writes
     * them, are within a typo's reach of the word {@code typed} read {@code how} ("populaton" → "population" →
     * "popul"; "famouse" → "famous", a word no text need contain): a typo that spoils the ending leaves the stem too
     * far from the right one for {@link #closeTerms}.
     */
    Set<String> closeWords(Field field, Reading how, String typed);

    /**
     * True when {@code typed}, a word of {@code language} that no unit contains, is one of the language's stop words
     * misspelt ("happend", «каторый»): it says nothing about the topic.
     */
    boolean typoOfStopWord(Language language, String typed);

    /** In how many units {@code term} occurs in {@code field}. */
    int docFreq(Field field, String term);

    /** How many units have text in {@code field}. */
    int docCount(Field field);

    /**
     * The query words of one question, looked up once in the index for the several searches made for it. Valid while
     * the index is open; not to be shared between threads.
     */
    interface Prepared {
        List<QueryWord> words();
    }

    /** Looks {@code words} up once, for {@link #search(Prepared, UnitKind, List, int)}. */
    Prepared prepare(List<QueryWord> words);

    /**
     * The units that best match the prepared words, best first, at most {@code limit}; only facts of
     * {@code entities} when there are any, only units of {@code kind} when it is not null. Each hit says which of
     * the words it holds.
     */
    List<Hit> search(Prepared words, UnitKind kind, List<Long> entities, int limit);

    /** As {@link #search(Prepared, UnitKind, List, int)}, for words used in one search only. */
    default List<Hit> search(List<QueryWord> words, UnitKind kind, long entity, int limit) {
        return search(prepare(words), kind, entity < 0 ? List.of() : List.of(entity), limit);
    }

    /**
     * Passages for a search as people type them into a search box: words (all of them must occur), "quoted
     * phrases", -exclusions and prefix*; analysed like questions in {@code language}; never throws on any text.
     */
    List<Hit> find(String query, Language language, int limit);

    /** The stored text of a passage or sentence unit. */
    TextUnit unit(int unit);

    /**
     * The forms of names (as given when the index was opened) within {@code maxEdits} edits (at most 2) of
     * {@code form}; with {@code samePrefix}, only those sharing its first letter.
     */
    Set<String> nameFormsNear(String form, int maxEdits, boolean samePrefix);

    /**
     * The edits between {@code a} and {@code b} (insertions, deletions, substitutions, transpositions), or
     * {@code max + 1} when there are more than {@code max} (at most 2): the typo rule's measure.
     */
    int edits(String a, String b, int max);

    /** Up to {@code limit} forms of names that start with {@code prefix}, in alphabetical order. */
    List<String> nameFormsStartingWith(String prefix, int limit);
}
