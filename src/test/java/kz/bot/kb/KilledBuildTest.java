package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.bot.answer.Question;
import kz.bot.facts.FactStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 at the worst moment: a child JVM builds a knowledge base big enough to take a while (300 generated guides)
 * and is killed with SIGKILL at random moments spread over the build — while loading, writing SQLite, writing and
 * merging the Lucene index, flushing, renaming, writing CURRENT or deleting the build it replaces. After each kill the
 * data directory must hold complete builds only (or half-written ones under a {@code .tmp-} name), and opening it
 * in-process must give a complete, consistent knowledge base of the current files: SQLite's integrity check says ok,
 * the answers are right, no leftovers remain, CURRENT names the build in service.
 */
class KilledBuildTest {

    private static final long SEED = 0x6B696C6CL;
    private static final int KILLS = 16;
    private static final int GUIDES = 300;
    private static final Question SOUTHTOWN = Question.of("Population of Southtown");
    private static final Question KILLTOWN = Question.of("Population of Killtown");

    @Test
    void killedAtRandomMomentsOfABuildItRestartsIntoACompleteKnowledgeBase(@TempDir Path tmp) throws Exception {
        Path knowledge = generateGuides(LibraryTest.copyOfGood(tmp));
        Path data = tmp.resolve("data");
        Path kb = data.resolve("kb");

        // how long a whole start with a build takes here, JVM start-up included: the kills are spread over it
        setKilltown(knowledge, 0);
        long t0 = System.nanoTime();
        Process first = startChild(knowledge, data, tmp.resolve("child-0.out"));
        assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the first build finishes");
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("child-0.err")));
        assertTrue(Files.readString(tmp.resolve("child-0.out")).startsWith("READY "));
        checkRestart(knowledge, data, 0);

        Random random = new Random(SEED);
        int killedBeforeReady = 0;
        int halfWrittenFound = 0;
        List<String> moments = new ArrayList<>();
        for (int i = 1; i <= KILLS; i++) {
            setKilltown(knowledge, i); // new content: the child must build
            long delay = random.nextInt((int) buildMillis);
            Process child = startChild(knowledge, data, tmp.resolve("child-" + i + ".out"));
            if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, no flushing
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            boolean ready = Files.readString(tmp.resolve("child-" + i + ".out")).startsWith("READY ");
            killedBeforeReady += ready ? 0 : 1;
            moments.add(delay + (ready ? " ms (had finished)" : " ms"));

            // what the kill left, before start-up tidies it: complete builds, or half-written ones named .tmp-*
            for (String name : ReloadUnderLoadTest.buildDirectories(kb)) {
                if (name.startsWith(".tmp-")) {
                    halfWrittenFound++;
                    continue;
                }
                Path dir = kb.resolve(name);
                if (Files.exists(dir.resolve(Library.READY))) {
                    assertEquals("ok", FactStore.integrityCheck(dir.resolve(Library.FACTS_FILE)),
                            "kill " + i + " after " + delay + " ms: " + name);
                }
            }
            if (Files.exists(kb.resolve(Library.CURRENT))) {
                String named = Files.readString(kb.resolve(Library.CURRENT)).strip();
                assertTrue(Files.exists(kb.resolve(named).resolve(Library.READY)),
                        "kill " + i + " after " + delay + " ms: CURRENT names an incomplete build " + named);
            }
            checkRestart(knowledge, data, i);
        }
        // the kills really landed inside builds, not only before or after them (the spread depends on the machine's
        // load, hence the loose bound; a kill during JVM start-up is legitimate but tests little)
        assertTrue(killedBeforeReady >= KILLS / 4, killedBeforeReady + " of " + KILLS + " killed: " + moments);
        assertTrue(halfWrittenFound > 0, "no kill caught a half-written build: " + moments);
    }

    /** Opens the data directory in-process as a restart would, and checks what it serves. */
    private static void checkRestart(Path knowledge, Path data, int iteration) throws IOException {
        Path kb = data.resolve("kb");
        try (Library library = Library.open(knowledge, data)) {
            String hash = library.report().hash();
            assertEquals(List.of(), library.startupProblems());
            assertTrue(library.answer(SOUTHTOWN).text().contains("1.2M"), library.answer(SOUTHTOWN).text());
            String killtown = library.answer(KILLTOWN).text();
            assertTrue(killtown.contains(population(iteration)), iteration + ": " + killtown);
            assertEquals("ok", FactStore.integrityCheck(kb.resolve(hash).resolve(Library.FACTS_FILE)));
            assertEquals(hash, Files.readString(kb.resolve(Library.CURRENT)));
            assertTrue(Files.exists(kb.resolve(hash).resolve(Library.READY)));
            assertEquals(List.of(hash), ReloadUnderLoadTest.buildDirectories(kb), "no leftovers, no old builds");
        }
    }

    private static Process startChild(Path knowledge, Path data, Path out) throws IOException {
        // surefire may start the tests from a manifest-only jar; it names the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classPath, OpenLibraryChild.class.getName(), knowledge.toString(),
                data.toString())
                .redirectOutput(out.toFile())
                .redirectError(out.resolveSibling(out.getFileName().toString().replace(".out", ".err")).toFile())
                .start();
    }

    private static String population(int iteration) {
        return String.format(java.util.Locale.ROOT, "%,d", 100_000 + iteration);
    }

    /** The one file that changes between kills, so that every child has a build to do. */
    private static void setKilltown(Path knowledge, int iteration) throws IOException {
        Files.writeString(knowledge.resolve("killtown.txt"), """
                ---
                title: "Killtown"
                date: "2025-06-01"
                source: "KilledBuildTest"
                ---
                **Killtown** (%s, 2025)
                Role: The town whose population says which build is in service.
                """.formatted(population(iteration)), StandardCharsets.UTF_8);
    }

    /** Adds {@value #GUIDES} generated guides to {@code dir}, each with a city entry, a table and paragraphs. */
    static Path generateGuides(Path dir) throws IOException {
        Random random = new Random(SEED);
        String[] words = {"steppe", "river", "coal", "grain", "railway", "market", "mountain", "lake", "oil",
            "festival", "museum", "bazaar", "canyon", "glacier", "school", "factory", "bridge", "valley", "road"};
        for (int g = 0; g < GUIDES; g++) {
            StringBuilder sb = new StringBuilder();
            sb.append("---\ntitle: \"Generated guide ").append(g).append("\"\nentity: \"Testland\"\n")
                    .append("date: \"2025-01-01\"\nsource: \"KilledBuildTest\"\n---\n\n")
                    .append("[SECTION] Province ").append(g).append(" [/SECTION]\n")
                    .append("**Gentown").append(g).append("** (").append(10_000 + g).append(", 2024)\n")
                    .append("Role: A generated town number ").append(g).append(".\n\n[TABLE]\n")
                    .append("| City | Region | Founded | Known For |\n| --- | --- | --- | --- |\n");
            for (int row = 0; row < 12; row++) {
                sb.append("| Gencity").append(g).append('x').append(row).append(" | Province ").append(g)
                        .append(" | ").append(1700 + random.nextInt(300)).append(" | ")
                        .append(words[random.nextInt(words.length)]).append(" |\n");
            }
            sb.append("[/TABLE]\n");
            for (int p = 0; p < 8; p++) {
                sb.append('\n');
                for (int w = 0; w < 40; w++) {
                    sb.append(words[random.nextInt(words.length)]).append(w % 10 == 9 ? ". " : " ");
                }
                sb.append('\n');
            }
            Files.writeString(dir.resolve("generated-" + g + ".txt"), sb.toString(), StandardCharsets.UTF_8);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(GUIDES + 2, files.count());
        }
        return dir;
    }
}
