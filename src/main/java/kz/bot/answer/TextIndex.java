package kz.bot.answer;

import java.util.List;
import java.util.Set;
import kz.bot.language.Language;

/**
 * What the answering core needs from the full-text side: passage search and the analysis that makes words comparable
 * across languages and spellings. Implementations are thread-safe.
 */
public interface TextIndex {

    /** The best passages for {@code text}, best first; user text is never read as query syntax. */
    List<PassageHit> search(String text, Language language, int limit);

    /**
     * The best passages for an already analysed question: one set of alternative forms per word, as {@link #meaning}
     * returns, possibly with other names of the places it mentions added.
     */
    List<PassageHit> search(List<Set<String>> meaning, int limit);

    /**
     * The comparable forms of {@code text}'s words, one per meaningful word (stop words dropped), without synonyms:
     * «Алматының», "Almaty's" and «Алматы» give the same form.
     */
    List<String> forms(String text, Language language);

    /**
     * The meaning of {@code text}: per meaningful word, its form and the forms of its synonyms from the knowledge base's
     * synonyms file («население» → {население, population, халық, …}).
     */
    List<Set<String>> meaning(String text, Language language);

    /** True when {@code form} occurs in some passage. */
    boolean known(String form);

    /**
     * The forms of names (as given when the index was opened) within {@code maxEdits} edits (at most 2) of
     * {@code form}; with {@code samePrefix}, only those sharing its first letter. Fast for any number of names.
     */
    Set<String> nameFormsNear(String form, int maxEdits, boolean samePrefix);

    /** Up to {@code limit} forms of names that start with {@code prefix}, in alphabetical order. */
    List<String> nameFormsStartingWith(String prefix, int limit);
}
