package kz.bot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a knowledge directory: the documents, the synonyms file if there is one, and every problem found.
 */
public record Knowledge(List<Document> documents, Optional<SynonymsFile> synonyms, List<Problem> problems) {

    public Knowledge {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public int passageCount() {
        return documents.stream().mapToInt(d -> d.passages().size()).sum();
    }

    public int statementCount() {
        return documents.stream().mapToInt(d -> d.statements().size()).sum();
    }
}
