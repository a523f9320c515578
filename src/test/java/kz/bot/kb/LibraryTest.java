package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.bot.answer.Question;
import kz.bot.knowledge.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    private static final Path GOOD = Path.of("src/test/resources/knowledge/good");

    static Path copyOfGood(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        try (Stream<Path> files = Files.list(GOOD)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private static String ask(Library library, String question) {
        return library.answer(Question.of(question)).text();
    }

    @Test
    void aSecondStartWithTheSameFilesReusesTheBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        String hash;
        try (Library first = Library.open(knowledge, data)) {
            assertFalse(first.report().reused());
            hash = first.report().hash();
            assertEquals(2, first.report().documents());
            assertTrue(Files.isRegularFile(data.resolve("kb").resolve(hash).resolve("kazakhstan.db")));
            assertTrue(Files.isDirectory(data.resolve("kb").resolve(hash).resolve("index")));
        }
        try (Library second = Library.open(knowledge, data)) {
            assertTrue(second.report().reused());
            assertEquals(hash, second.report().hash());
            assertTrue(ask(second, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void reloadSwitchesToChangedKnowledgeAndRemovesTheOldBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        try (Library library = Library.open(knowledge, data)) {
            String before = library.report().hash();
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
            assertInstanceOf(ReloadResult.Unchanged.class, library.reload());

            Path guide = knowledge.resolve("steppe-guide.txt");
            Files.writeString(guide, Files.readString(guide).replace("(1.2M, 2024)", "(1.3M, 2025)"));
            ReloadResult result = library.reload();
            ReloadResult.Switched switched = assertInstanceOf(ReloadResult.Switched.class, result);
            assertEquals(before, switched.previousHash());
            assertEquals(2, switched.report().documents());
            assertTrue(ask(library, "Population of Southtown").contains("1.3M"));
            assertFalse(Files.exists(data.resolve("kb").resolve(before)), "the replaced build is deleted");
            assertEquals(switched.report().hash(), Files.readString(data.resolve("kb").resolve("CURRENT")));
        }
    }

    @Test
    void aBrokenFileKeepsTheOldKnowledgeInService(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            String before = library.report().hash();
            Files.writeString(knowledge.resolve("steppe-guide.txt"),
                    Files.readString(knowledge.resolve("steppe-guide.txt")).replace("(1.2M, 2024)", "(1.3M, 2025)"));
            Files.writeString(knowledge.resolve("broken.txt"), "---\ntitle: \"x\"\ndate: \"2025-01-01\"\n---\n[TABLE]\n");
            ReloadResult.Rejected rejected = assertInstanceOf(ReloadResult.Rejected.class, library.reload());
            assertEquals(List.of(new Problem("broken.txt", 5, "[TABLE] is not closed with [/TABLE]"),
                    new Problem("broken.txt", 5, "[TABLE] has no rows")), rejected.problems());
            assertEquals(before, library.report().hash());
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void anEmptyOrMissingDirectoryIsRejected(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            try (Stream<Path> files = Files.list(knowledge)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            ReloadResult.Rejected empty = assertInstanceOf(ReloadResult.Rejected.class, library.reload());
            assertTrue(empty.problems().get(0).message().startsWith("no knowledge documents"));
            Files.delete(knowledge);
            ReloadResult.Rejected missing = assertInstanceOf(ReloadResult.Rejected.class, library.reload());
            assertTrue(missing.problems().get(0).message().contains("does not exist"));
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void startupWithBrokenFilesServesTheLastGoodBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        try (Library library = Library.open(knowledge, data)) {
            assertEquals(List.of(), library.startupProblems());
        }
        Files.writeString(knowledge.resolve("broken.txt"), "no byline, no front matter");
        try (Library library = Library.open(knowledge, data)) {
            assertEquals(1, library.startupProblems().size());
            assertEquals("broken.txt", library.startupProblems().get(0).file());
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void halfWrittenBuildsOfADeadProcessAreRemovedAtStart(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        Path leftover = Files.createDirectories(data.resolve("kb").resolve(".tmp-dead").resolve("index"));
        Path unfinished = Files.createDirectories(data.resolve("kb").resolve("0123456789abcdef01234567"));
        try (Library library = Library.open(knowledge, data)) {
            assertFalse(Files.exists(leftover));
            assertFalse(Files.exists(unfinished));
            assertTrue(ask(library, "Capital of Testland").contains("Northtown"));
        }
    }
}
