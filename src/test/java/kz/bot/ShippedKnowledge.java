package kz.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * The repository's own knowledge directory, built once per test JVM into a temporary data directory (removed when
 * the JVM exits): the golden tests ask it questions the way users do.
 */
public final class ShippedKnowledge {

    public static final Path KNOWLEDGE = Path.of("knowledge");

    /** How many documents the shipped knowledge holds: its files but the translations and the synonyms. */
    public static long documents() {
        try (Stream<Path> files = Files.list(KNOWLEDGE)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.endsWith(".ru.txt") && !n.endsWith(".kk.txt")
                            && !n.equals("synonyms.txt"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private static Library library;

    private ShippedKnowledge() {
    }

    public static synchronized Library library() {
        if (library == null) {
            try {
                Path data = Files.createTempDirectory("kzbot-shipped-");
                library = Library.open(KNOWLEDGE, data);
                Library opened = library;
                // the test JVM leaves the temporary directory as it found it
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    TempDirs.delete(data);
                }, "shipped-knowledge-cleanup"));
                if (!library.startupProblems().isEmpty()) {
                    throw new IllegalStateException("shipped knowledge has problems: " + library.startupProblems());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return library;
    }

    /** A copy of the repository's knowledge directory at {@code target}, to change freely. */
    public static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(KNOWLEDGE)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    public static Answer ask(String text) {
        return library().answer(new Question(text, Language.EN));
    }

    /**
     * The answer the scorer's best candidate for {@code question} would give, answered or withheld: for tests of how a
     * question is read and which candidate it leads to, apart from how sure the tuned weights are of it. Null when
     * the scorer did not decide the question or had no candidate.
     */
    public static Answer best(Question question) {
        var explained = library().explain(question);
        if (explained.decision() == null || explained.decision().winner() == null) {
            return null;
        }
        return library().withCurrent(kb -> kb.answerer().render(question, explained.decision().winner()));
    }

    /** As {@link #best(Question)} for a question asked on its own. */
    public static Answer best(String text) {
        return best(new Question(text, Language.EN));
    }
}
