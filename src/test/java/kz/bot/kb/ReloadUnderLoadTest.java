package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kz.bot.ShippedKnowledge;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads ask questions without pause while the shipped knowledge is reloaded 20 times, flipping between two
 * versions that differ in one fact (Almaty's population, in cities.txt and its two translations). Every answer must be exactly the answer of version A or of version B — computed
 * beforehand from a library that only ever saw that version — so an answer that read facts of one knowledge base and
 * passages or names of the other, or a half-switched one, cannot pass.
 */
class ReloadUnderLoadTest {

    private static final int THREADS = 8;
    private static final int RELOADS = 20;
    /** Each file of the fact, with the entry line of version A and the same line in version B. */
    private static final Map<String, List<String>> ALMATY = Map.of(
            "cities.txt", List.of("**Almaty** (2,347,924, 2026)", "**Almaty** (2.4M, 2027)"),
            "cities.ru.txt", List.of("**Almaty** (2 347 924, 2026)", "**Almaty** (2,4 млн, 2027)"),
            "cities.kk.txt", List.of("**Almaty** (2 347 924, 2026)", "**Almaty** (2,4 млн, 2027)"));
    /** Questions both versions answer; the first two answers tell the versions apart. */
    private static final List<Question> QUESTIONS = List.of(
            new Question("Population of Almaty", Language.EN),
            new Question("/city Almaty", Language.RU),
            new Question("What is the capital of Kazakhstan?", Language.EN),
            new Question("Население Шымкента", Language.RU),
            new Question("Қазақстанның астанасы қандай?", Language.KK),
            new Question("How many regions does Kazakhstan have?", Language.EN),
            new Question("/regions", Language.EN),
            new Question("rural migration deficit 2024", Language.EN));

    @Test
    void everyAnswerDuringTwentyReloadsComesWholeFromOneVersion(@TempDir Path tmp) throws Exception {
        Path knowledge = copyOfShipped(tmp.resolve("knowledge"));
        Map<String, byte[]> versionA = new LinkedHashMap<>();
        Map<String, byte[]> versionB = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> file : ALMATY.entrySet()) {
            String textA = Files.readString(knowledge.resolve(file.getKey()));
            assertTrue(textA.contains(file.getValue().get(0)), file.getKey());
            versionA.put(file.getKey(), textA.getBytes(StandardCharsets.UTF_8));
            versionB.put(file.getKey(), textA.replace(file.getValue().get(0), file.getValue().get(1))
                    .getBytes(StandardCharsets.UTF_8));
        }

        Map<Question, String> answersA = answers(knowledge, tmp.resolve("reference-a"));
        write(knowledge, versionB);
        Map<Question, String> answersB = answers(knowledge, tmp.resolve("reference-b"));
        write(knowledge, versionA);
        assertTrue(answersA.get(QUESTIONS.get(0)).contains("2,347,924"), answersA.get(QUESTIONS.get(0)));
        assertTrue(answersB.get(QUESTIONS.get(0)).contains("2.4M"), answersB.get(QUESTIONS.get(0)));
        assertNotEquals(answersA.get(QUESTIONS.get(1)), answersB.get(QUESTIONS.get(1)));

        Path data = tmp.resolve("data");
        Path kb = data.resolve("kb");
        try (Library library = Library.open(knowledge, data)) {
            AtomicBoolean reloading = new AtomicBoolean(true);
            Queue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicLong asked = new AtomicLong();
            AtomicLong[] fromVersion = {new AtomicLong(), new AtomicLong()};
            CountDownLatch started = new CountDownLatch(THREADS);
            List<Thread> askers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Thread asker = new Thread(() -> {
                    started.countDown();
                    for (int i = offset; reloading.get(); i++) {
                        Question q = QUESTIONS.get(i % QUESTIONS.size());
                        try {
                            Answer a = library.answer(q);
                            String text = a.text();
                            if (!a.found() || text.isBlank()) {
                                wrong.add("not answered: " + q.text() + " -> " + text);
                            } else if (text.equals(answersA.get(q))) {
                                fromVersion[0].incrementAndGet();
                            } else if (text.equals(answersB.get(q))) {
                                fromVersion[1].incrementAndGet();
                            } else {
                                wrong.add("neither version's answer: " + q.text() + " -> " + text);
                            }
                        } catch (Throwable e) {
                            wrong.add("threw on " + q.text() + ": " + e);
                        }
                        asked.incrementAndGet();
                    }
                }, "asker-" + t);
                askers.add(asker);
                asker.start();
            }
            started.await();

            List<ReloadResult> results = new ArrayList<>();
            int mostBuilds = 0;
            for (int r = 0; r < RELOADS; r++) {
                write(knowledge, r % 2 == 0 ? versionB : versionA);
                results.add(library.reload());
                // with two versions there are two hashes: more directories would be leftovers or half-built copies
                mostBuilds = Math.max(mostBuilds, buildDirectories(kb).size());
            }
            reloading.set(false);
            for (Thread asker : askers) {
                asker.join();
            }

            assertEquals(List.of(), wrong.stream().limit(10).toList(), wrong.size() + " bad answers of " + asked);
            for (ReloadResult result : results) {
                assertInstanceOf(ReloadResult.Switched.class, result, result.toString());
            }
            assertTrue(fromVersion[0].get() > 0 && fromVersion[1].get() > 0,
                    "answers came from both versions: " + fromVersion[0] + " / " + fromVersion[1]);
            assertTrue(mostBuilds <= 2, mostBuilds + " build directories at once");
            // the last reload put version A back; B's build was deleted when its last reader let go
            String hash = library.report().hash();
            assertEquals(List.of(hash), buildDirectories(kb));
            assertEquals(hash, Files.readString(kb.resolve(Library.CURRENT)));
            assertEquals(answersA.get(QUESTIONS.get(0)), library.answer(QUESTIONS.get(0)).text());
        }
    }

    private static Map<Question, String> answers(Path knowledge, Path data) {
        Map<Question, String> out = new LinkedHashMap<>();
        try (Library library = Library.open(knowledge, data)) {
            assertEquals(List.of(), library.startupProblems());
            for (Question q : QUESTIONS) {
                Answer a = library.answer(q);
                assertTrue(a.found(), q.text() + " -> " + a.text());
                out.put(q, a.text());
            }
        }
        return out;
    }

    private static void write(Path knowledge, Map<String, byte[]> version) throws IOException {
        for (Map.Entry<String, byte[]> file : version.entrySet()) {
            Files.write(knowledge.resolve(file.getKey()), file.getValue());
        }
    }

    static Path copyOfShipped(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(ShippedKnowledge.KNOWLEDGE)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** The names of everything in {@code kb} except the CURRENT pointer: builds, finished or not. */
    static List<String> buildDirectories(Path kb) throws IOException {
        try (Stream<Path> entries = Files.list(kb)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
