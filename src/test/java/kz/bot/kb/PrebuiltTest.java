package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kz.bot.answer.Question;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge build the jar carries: copied on a first start for exactly the files it was made of, built otherwise. */
class PrebuiltTest {

    /** The build written under {@code classes}, read the way the jar's class loader reads it. */
    private static Prebuilt carriedIn(Path classes) {
        return new Prebuilt(resource -> {
            Path file = classes.resolve(Prebuilt.RESOURCES).resolve(resource);
            try {
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The production loader, counting how often it reads the knowledge directory. */
    private static Function<Path, Knowledge> counting(AtomicInteger reads) {
        return dir -> {
            reads.incrementAndGet();
            return KnowledgeLoader.load(dir);
        };
    }

    @Test
    void aFirstStartWithTheFilesTheBuildWasMadeOfCopiesItWithoutReadingThem(@TempDir Path tmp) throws IOException {
        Path knowledge = LibraryTest.copyOfGood(tmp);
        Path classes = tmp.resolve("classes");
        assertTrue(Prebuilt.write(knowledge, classes));
        AtomicInteger reads = new AtomicInteger();
        Path data = tmp.resolve("data");
        try (Library library = Library.open(knowledge, data, counting(reads), carriedIn(classes))) {
            assertEquals(0, reads.get(), "the knowledge files are not read: their build is copied");
            assertTrue(library.answer(Question.of("What is the capital of Testland?")).found());
            String hash = library.report().hash();
            assertEquals(hash, Files.readString(classes.resolve(Prebuilt.RESOURCES).resolve("HASH")).strip());
            assertArrayEquals(Files.readAllBytes(classes.resolve(Prebuilt.RESOURCES).resolve("files/kazakhstan.db")),
                    Files.readAllBytes(data.resolve("kb").resolve(hash).resolve("kazakhstan.db")));
            assertEquals(hash, Files.readString(data.resolve("kb").resolve("CURRENT")).strip(), "named in CURRENT");
        }
    }

    @Test
    void filesThatDifferByOneByteAreBuiltAsBefore(@TempDir Path tmp) throws IOException {
        Path knowledge = LibraryTest.copyOfGood(tmp);
        Path classes = tmp.resolve("classes");
        assertTrue(Prebuilt.write(knowledge, classes));
        Path anyFile;
        try (var files = Files.list(knowledge)) {
            anyFile = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(anyFile, Files.readString(anyFile) + "\n");
        AtomicInteger reads = new AtomicInteger();
        try (Library library = Library.open(knowledge, tmp.resolve("data"), counting(reads), carriedIn(classes))) {
            assertTrue(reads.get() > 0, "read and built");
            assertFalse(library.report().reused());
            assertTrue(library.answer(Question.of("What is the capital of Testland?")).found());
        }
    }

    @Test
    void aCarriedBuildThatCannotBeCopiedIsBuiltInstead(@TempDir Path tmp) throws IOException {
        Path knowledge = LibraryTest.copyOfGood(tmp);
        Path classes = tmp.resolve("classes");
        assertTrue(Prebuilt.write(knowledge, classes));
        Files.delete(classes.resolve(Prebuilt.RESOURCES).resolve("files/kazakhstan.db"));
        AtomicInteger reads = new AtomicInteger();
        Path data = tmp.resolve("data");
        try (Library library = Library.open(knowledge, data, counting(reads), carriedIn(classes))) {
            assertTrue(reads.get() > 0, "read and built");
            assertTrue(library.answer(Question.of("What is the capital of Testland?")).found());
        }
        try (var left = Files.list(data.resolve("kb"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no half copy left");
        }
    }

    @Test
    void aBuildNamingAFileOutsideItsDirectoryIsRefused(@TempDir Path tmp) throws IOException {
        Path classes = tmp.resolve("classes");
        Path carried = Files.createDirectories(classes.resolve(Prebuilt.RESOURCES));
        Files.writeString(carried.resolve("HASH"), "abc\n");
        Files.writeString(carried.resolve("FILES"), "../escape.txt\n");
        Prebuilt prebuilt = carriedIn(classes);
        assertTrue(prebuilt.has("abc"));
        assertFalse(prebuilt.has("abd"));
        Path dir = Files.createDirectories(tmp.resolve("build"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> prebuilt.copyInto(dir));
        assertTrue(e.getMessage().contains("outside its directory"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("escape.txt")));
    }

    @Test
    void noKnowledgeDirectoryWritesNoBuildAndClearsAnOldOne(@TempDir Path tmp) throws IOException {
        Path classes = tmp.resolve("classes");
        assertTrue(Prebuilt.write(LibraryTest.copyOfGood(tmp), classes));
        assertFalse(Prebuilt.write(tmp.resolve("missing"), classes));
        assertFalse(Files.exists(classes.resolve(Prebuilt.RESOURCES)), "an old build is not left to be served");
        assertFalse(Prebuilt.NONE.has("anything"));
        assertFalse(carriedIn(classes).has(""));
    }
}
