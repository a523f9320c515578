package kz.bot.kb;

import java.nio.file.Path;
import java.util.List;
import kz.bot.knowledge.Problem;

/**
 * Start-up found nothing it may serve: the knowledge directory cannot be put in service (it is missing, empty, or its
 * files have problems) and the data directory holds no earlier good build to serve instead.
 */
public final class NothingToServeException extends RuntimeException {

    private final transient Path knowledgeDir;
    private final transient List<Problem> problems;

    NothingToServeException(Path knowledgeDir, List<Problem> problems) {
        super(knowledgeDir + ": " + problems.size() + " problem(s), the first: " + problems.get(0).message()
                + "; no earlier good build to serve instead");
        this.knowledgeDir = knowledgeDir;
        this.problems = List.copyOf(problems);
    }

    /** The knowledge directory as it was configured. */
    public Path knowledgeDir() {
        return knowledgeDir;
    }

    /** Why it cannot be served: at least one problem, as {@code file:line: message}. */
    public List<Problem> problems() {
        return problems;
    }

    /** True when the directory itself is the problem (missing, unreadable, empty) rather than one of its files. */
    public boolean directoryProblem() {
        return problems.size() == 1 && problems.get(0).line() == 0
                && problems.get(0).file().equals(knowledgeDir.toString());
    }
}
