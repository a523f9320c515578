package kz.bot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from a knowledge directory: the documents (translations already merged into their originals), the
 * synonyms file if there is one, the attribute labels by language, every problem found, and the warnings — what is
 * not translated — which, unlike problems, never stop a reload.
 *
 * @param labels language code → attribute key → how answers in that language call the attribute
 */
public record Knowledge(List<Document> documents, Optional<SynonymsFile> synonyms, List<Problem> problems,
                        Map<String, Map<String, String>> labels, List<Problem> warnings) {

    public Knowledge {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        labels = Map.copyOf(labels);
        warnings = List.copyOf(warnings);
    }

    public Knowledge(List<Document> documents, Optional<SynonymsFile> synonyms, List<Problem> problems) {
        this(documents, synonyms, problems, Map.of(), List.of());
    }

    /** The same knowledge with {@code problems} instead of its own. */
    public Knowledge withProblems(List<Problem> problems) {
        return new Knowledge(documents, synonyms, problems, labels, warnings);
    }

    public int passageCount() {
        return documents.stream().mapToInt(d -> d.passages().size()).sum();
    }

    public int statementCount() {
        return documents.stream().mapToInt(d -> d.statements().size()).sum();
    }
}
