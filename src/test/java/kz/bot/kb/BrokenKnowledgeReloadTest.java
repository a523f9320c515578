package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kz.bot.answer.Question;
import kz.bot.knowledge.KnowledgeLoader;
import kz.bot.knowledge.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's {@code /reload} of knowledge that is broken in each way the issue lists: the reload says why in
 * {@code file:line} problems, never throws, and the knowledge base in service stays — same build, same answers, same
 * CURRENT, and no new build left on disk.
 */
class BrokenKnowledgeReloadTest {

    private static final Question SOUTHTOWN = Question.of("Population of Southtown");

    @TempDir
    Path tmp;
    private Path knowledge;
    private Path kb;
    private Library library;
    private String served;
    private String answer;
    /** Runs once, just before the next load of the knowledge directory: a fault timed into the reload. */
    private final AtomicReference<Runnable> beforeLoading = new AtomicReference<>(() -> { });

    @BeforeEach
    void openOnGoodKnowledge() throws IOException {
        knowledge = LibraryTest.copyOfGood(tmp);
        kb = tmp.resolve("data").resolve("kb");
        library = Library.open(knowledge, tmp.resolve("data"), dir -> {
            beforeLoading.getAndSet(() -> { }).run();
            return KnowledgeLoader.load(dir);
        });
        served = library.report().hash();
        answer = library.answer(SOUTHTOWN).text();
        assertTrue(answer.contains("1.2M"));
        // every case below also changes good content, so that a reload that wrongly went ahead would show
        Path guide = knowledge.resolve("steppe-guide.txt");
        Files.writeString(guide, Files.readString(guide).replace("(1.2M, 2024)", "(1.3M, 2025)"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The reload was refused with exactly {@code problems}, and nothing about the service changed. */
    private void assertRejectedKeepingTheOldKnowledge(ReloadResult result, List<Problem> problems) throws IOException {
        ReloadResult.Rejected rejected = assertInstanceOf(ReloadResult.Rejected.class, result, result.toString());
        assertEquals(problems, rejected.problems());
        assertEquals(served, library.report().hash());
        assertEquals(answer, library.answer(SOUTHTOWN).text());
        assertEquals(served, Files.readString(kb.resolve(Library.CURRENT)));
        assertEquals(List.of(served), ReloadUnderLoadTest.buildDirectories(kb));
    }

    @Test
    void aReloadThatHangsIsAbandonedAtItsLimitAndNeverSwitchesWhenItEnds() throws Exception {
        java.util.concurrent.CountDownLatch hang = new java.util.concurrent.CountDownLatch(1);
        beforeLoading.set(() -> {
            try {
                hang.await(); // a read that never returns, as on a hung network drive
            } catch (InterruptedException e) {
                // abandoned: interrupted, and then let to go on, as a read might
            }
            try {
                hang.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertInstanceOf(ReloadResult.Abandoned.class, library.reload(java.time.Duration.ofMillis(500)));
        assertEquals(answer, library.answer(SOUTHTOWN).text(), "the knowledge base in service answers meanwhile");
        assertInstanceOf(ReloadResult.Busy.class, library.reload(java.time.Duration.ofMillis(500)),
                "the abandoned reload still runs");
        hang.countDown();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("knowledge-reload")) {
                t.join(30_000);
            }
        }
        // it built the new knowledge, but was not allowed to switch to it, and its build is gone
        assertEquals(served, library.report().hash());
        assertEquals(answer, library.answer(SOUTHTOWN).text());
        assertEquals(served, Files.readString(kb.resolve(Library.CURRENT)));
        assertEquals(List.of(served), ReloadUnderLoadTest.buildDirectories(kb));
        ReloadResult.Switched switched = assertInstanceOf(ReloadResult.Switched.class,
                library.reload(java.time.Duration.ofSeconds(30)));
        assertTrue(library.answer(SOUTHTOWN).text().contains("1.3M"), switched.toString());
    }

    @Test
    void aFileWithErrors() throws IOException {
        Files.writeString(knowledge.resolve("broken.txt"), """
                ---
                title: "Broken"
                date: "2025-13-01"
                ---
                [FACTBOX]
                Capital Northtown
                **Easttown** (many)
                | Region | Centre |
                """);
        assertRejectedKeepingTheOldKnowledge(library.reload(), List.of(
                new Problem("broken.txt", 3, "date '2025-13-01' is not YYYY-MM-DD"),
                new Problem("broken.txt", 6, "expected 'Key: Value' inside [FACTBOX]"),
                new Problem("broken.txt", 7, "expected 'Key: Value' inside [FACTBOX]"),
                new Problem("broken.txt", 8, "expected 'Key: Value' inside [FACTBOX]"),
                new Problem("broken.txt", 5, "[FACTBOX] is not closed with [/FACTBOX]")));
    }

    @Test
    void aFileDeletedAfterTheFingerprintAndBeforeLoading() throws IOException {
        // the window between fingerprinting the directory and reading it: before the fix the build went ahead
        // without the file and was stored under the fingerprint of the content *with* it
        beforeLoading.set(() -> delete(knowledge.resolve("steppe-news.txt")));
        assertRejectedKeepingTheOldKnowledge(library.reload(), List.of(new Problem(knowledge.toString(), 0,
                "the knowledge files changed while they were being read (an upload still in progress?); read again"
                        + " when they are complete")));
        // read again, the directory is consistent: one document fewer, and the new figure
        ReloadResult.Switched switched = assertInstanceOf(ReloadResult.Switched.class, library.reload());
        assertEquals(1, switched.report().documents());
        assertTrue(library.answer(SOUTHTOWN).text().contains("1.3M"));
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path guide = knowledge.resolve("steppe-guide.txt");
        Files.setPosixFilePermissions(guide, PosixFilePermissions.fromString("---------"));
        try {
            // root reads a chmod 000 file: then there is nothing to test here (KnowledgeLoaderTest covers the seam)
            assumeFalse(Files.isReadable(guide), "running as root: the file stays readable");
            assertRejectedKeepingTheOldKnowledge(library.reload(),
                    List.of(new Problem("steppe-guide.txt", 0, "cannot read file: AccessDeniedException")));
        } finally {
            Files.setPosixFilePermissions(guide, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anEmptyDirectory() throws IOException {
        try (Stream<Path> files = Files.list(knowledge)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        assertRejectedKeepingTheOldKnowledge(library.reload(),
                List.of(new Problem(knowledge.toString(), 0, "no knowledge documents (*.txt) in this directory")));
    }

    @Test
    void aDirectoryThatDoesNotExist() throws IOException {
        try (Stream<Path> files = Files.list(knowledge)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(knowledge);
        assertRejectedKeepingTheOldKnowledge(library.reload(), List.of(new Problem(knowledge.toString(), 0,
                "knowledge directory does not exist or is not a directory")));
    }

    @Test
    void aLoaderThatFailsUnexpectedlyIsAFailedReloadNotAnException() throws IOException {
        // a bug anywhere under reload() must reach the admin as a reason, not as an exception in the bot's thread
        beforeLoading.set(() -> {
            throw new IllegalStateException("loader bug");
        });
        assertEquals(new ReloadResult.Failed("loader bug"), library.reload());
        assertEquals(served, library.report().hash());
        assertEquals(answer, library.answer(SOUTHTOWN).text());
        assertEquals(List.of(served), ReloadUnderLoadTest.buildDirectories(kb));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
