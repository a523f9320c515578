package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Library#answers}: several answers to one query, for inline mode. */
class LibraryAnswersTest {

    @TempDir
    static Path dir;
    static Library library;

    @BeforeAll
    static void open() throws IOException {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            for (Path f : files.toList()) {
                Files.copy(f, knowledge.resolve(f.getFileName()));
            }
        }
        library = Library.open(knowledge, dir.resolve("data"));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static List<String> titles(List<Answer> answers) {
        return answers.stream().map(Answer::title).toList();
    }

    @Test
    void aPlaceNameGivesTheMainAnswerThenEveryPlaceOfThatNameThenPassages() {
        List<Answer> answers = library.answers(Question.of("almaty"), 30);
        assertEquals("Almaty — city", answers.get(0).title());
        assertEquals(library.answer(Question.of("almaty")).body(), answers.get(0).body());
        assertTrue(titles(answers).contains("Almaty — region"), titles(answers).toString());
        assertTrue(answers.stream().anyMatch(a -> a.kind().equals("passage") && a.body().contains("Almaty")),
                titles(answers).toString());
        assertEquals(answers.size(), new HashSet<>(answers.stream().map(Answer::body).toList()).size(),
                "no answer twice");
        assertTrue(answers.stream().allMatch(a -> !a.sources().isEmpty()), "every answer cites its source");
    }

    @Test
    void theBeginningOfANameFindsThePlace() {
        List<Answer> answers = library.answers(Question.of("Karag"), 10);
        assertTrue(titles(answers).contains("Karaganda — city"), titles(answers).toString());
    }

    @Test
    void theLimitIsKept() {
        assertEquals(2, library.answers(Question.of("almaty"), 2).size());
    }

    @Test
    void aCommandGivesItsOneAnswerAndNonsenseNone() {
        List<Answer> cities = library.answers(Question.of("/cities"), 10);
        assertEquals(List.of("Cities (36)"), titles(cities));
        assertEquals(List.of(), library.answers(Question.of("xqzv wplk"), 10));
        assertEquals(List.of(), library.answers(Question.of("   "), 10));
    }
}
