package kz.bot.index;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The knowledge's entity names as a question is read for them: the analyzer that finds names in a question, and the
 * dictionary of every form of every name that a misspelt name is matched against. Made once when the index is
 * opened and not changed after; thread-safe, as Lucene's analyzers are.
 *
 * @param analyzer   a question's names in their spelling-independent form, a Kazakh ending cut where names say so
 * @param dictionary every name's forms, both as the knowledge is indexed and as a question is analysed
 */
record KnownNames(BotAnalyzer analyzer, NameDictionary dictionary) {

    /** The analyzer and dictionary of {@code names}, each a name as the knowledge writes it. */
    static KnownNames of(Collection<String> names) {
        Set<String> nameForms = new HashSet<>();
        Set<String> oneWordNames = new HashSet<>();
        BotAnalyzer plain = BotAnalyzer.forIndexing();
        for (String name : names) {
            List<String> forms = Analysis.forms(plain, name);
            nameForms.addAll(forms);
            if (forms.size() == 1) {
                oneWordNames.addAll(forms);
            }
        }
        // only names decide where a Kazakh ending is cut: «Алматының» is Алматы + -ның even though the inflected form
        // also occurs, capitalised, in Kazakh text
        Predicate<String> known = nameForms::contains;
        BotAnalyzer analyzer = BotAnalyzer.forQuestions(true, null, known, oneWordNames::contains);
        for (String name : names) {
            nameForms.addAll(Analysis.forms(analyzer, name)); // names are analysed the question's way too
        }
        return new KnownNames(analyzer, new NameDictionary(nameForms));
    }
}
