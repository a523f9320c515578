package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.bot.ChildJvm;
import kz.bot.bench.SyntheticKnowledge;
import kz.bot.facts.FactStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one DATA_DIR, as two bots or a bot and {@code ask} would be. Before, a process starting up deleted
 * the other's build in progress as a leftover (one case left a build marked READY without its facts file), and a
 * process building new knowledge deleted the build another was serving. Now building and switching take an
 * exclusive lock on {@code DATA_DIR/kb} — the second process waits, says which process holds the lock, and uses the
 * build the first made — and a build in use by another process is never deleted.
 */
class DataDirSharingTest {

    @TempDir
    Path tmp;

    private ProcessBuilder child(Class<?> main, Path knowledge, Path data) {
        return ChildJvm.builder(tmp.resolve("jvm-tmp"), main.getName(), knowledge.toString(), data.toString());
    }

    private static List<String> entries(Path kb) throws IOException {
        try (Stream<Path> s = Files.list(kb)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(DataDirLock.LOCK_FILE)
                    && !n.equals(BuildStore.CURRENT)).sorted().toList();
        }
    }

    @Test
    void aSecondProcessWaitsForTheFirstsBuildAndServesItInsteadOfDeletingIt() throws Exception {
        Path knowledge = tmp.resolve("knowledge");
        SyntheticKnowledge.write(knowledge, 20_000, 7); // a build of a few seconds
        Path data = tmp.resolve("data");
        Path kb = data.resolve("kb");
        Process first = child(OpenLibraryChild.class, knowledge, data)
                .redirectOutput(tmp.resolve("first.out").toFile()).redirectError(tmp.resolve("first.err").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.isDirectory(kb) || entries(kb).stream().noneMatch(n -> n.startsWith(".tmp-"))) {
            assertTrue(first.isAlive() && System.nanoTime() < deadline, "the first process builds aside");
            Thread.sleep(5);
        }
        Process second = child(OpenLibraryChild.class, knowledge, data)
                .redirectOutput(tmp.resolve("second.out").toFile()).redirectError(tmp.resolve("second.err").toFile())
                .start();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS));
        String firstErr = Files.readString(tmp.resolve("first.err"));
        String secondErr = Files.readString(tmp.resolve("second.err"));
        assertEquals(0, first.exitValue(), firstErr);
        assertEquals(0, second.exitValue(), secondErr);
        String hash = Files.readString(tmp.resolve("first.out")).strip().replace("READY ", "");
        assertEquals("READY " + hash, Files.readString(tmp.resolve("second.out")).strip(), "the same build");
        assertTrue(secondErr.contains("is locked by process " + first.pid() + " (kz.bot.kb.OpenLibraryChild "),
                "the second says who holds the lock:\n" + secondErr);
        assertEquals(List.of(hash), entries(kb), "one build, nothing left aside");
        assertTrue(Files.isRegularFile(kb.resolve(hash).resolve(BuildStore.READY)));
        assertEquals("ok", FactStore.integrityCheck(kb.resolve(hash).resolve(Library.FACTS_FILE)));
    }

    @Test
    void aBuildServedByAnotherProcessIsNotDeletedUntilThatProcessLetsItGo() throws Exception {
        Path knowledge = LibraryTest.copyOfGood(tmp);
        Path data = tmp.resolve("data");
        Path kb = data.resolve("kb");
        Process server = child(ServeLibraryChild.class, knowledge, data)
                .redirectError(tmp.resolve("server.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String served = out.readLine().replace("READY ", "");

            // the knowledge changes, and another process builds it and names it CURRENT
            Path guide = knowledge.resolve("steppe-guide.txt");
            Files.writeString(guide, Files.readString(guide).replace("(1.2M, 2024)", "(1.3M, 2025)"));
            Process builder = child(OpenLibraryChild.class, knowledge, data)
                    .redirectOutput(tmp.resolve("builder.out").toFile())
                    .redirectError(tmp.resolve("builder.err").toFile()).start();
            assertTrue(builder.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, builder.exitValue(), Files.readString(tmp.resolve("builder.err")));
            String built = Files.readString(tmp.resolve("builder.out")).strip().replace("READY ", "");
            assertFalse(built.equals(served));
            assertEquals(built, Files.readString(kb.resolve(BuildStore.CURRENT)).strip());
            assertEquals(List.of(built, served).stream().sorted().toList(), entries(kb),
                    "the build still served elsewhere is kept");
            assertTrue(Files.isRegularFile(kb.resolve(served).resolve(Library.FACTS_FILE)));
        } finally {
            server.getOutputStream().close(); // the server lets its build go and ends
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(0, server.exitValue(), Files.readString(tmp.resolve("server.err")));
        assertEquals(1, entries(kb).size(), "released by the last process serving it, and not CURRENT: deleted");
    }
}
