package kz.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.bot.bench.SyntheticKnowledge;
import kz.bot.facts.QuestionLog;
import kz.bot.telegram.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM at the awkward moments — start-up retrying an unreachable Bot API, a build at start-up, a reload while long
 * polling — ends the real program (a child JVM, production settings) within 3 s, with the question log closed: no
 * WAL file left beside it, and every question answered before the signal in it.
 */
class SigtermTest {

    private static final long ADMIN = 42L;
    private static final long STOP_MILLIS = 3000;
    /** Enough generated passages that a build takes longer than a stop may (about 7 s here). */
    private static final int PASSAGES = 30_000;

    @TempDir
    Path dir;

    private Path knowledge;
    private Path data;
    private Path stderr;

    private Process start(URI api) throws IOException {
        knowledge = Files.isDirectory(dir.resolve("knowledge")) ? dir.resolve("knowledge")
                : ShippedKnowledge.copyTo(dir.resolve("knowledge"));
        data = dir.resolve("data");
        stderr = dir.resolve("stderr.txt");
        return ChildJvm.app(dir, Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.toString(),
                        "KNOWLEDGE_DIR", knowledge.toString(), "DATA_DIR", data.toString(),
                        "BOT_ADMIN_IDS", String.valueOf(ADMIN)), "telegram")
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Sends SIGTERM and checks that the process ended within {@value #STOP_MILLIS} ms, by the signal. */
    private static void stop(Process bot) throws InterruptedException {
        long t0 = System.nanoTime();
        bot.destroy(); // SIGTERM
        boolean ended = bot.waitFor(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        bot.destroyForcibly();
        assertTrue(ended, "the JVM exits on SIGTERM");
        System.out.println("stopped " + millis + " ms after SIGTERM"); // in target/surefire-reports
        assertTrue(millis < STOP_MILLIS, "stopped in " + millis + " ms");
        assertEquals(143, bot.exitValue(), "ended by SIGTERM after the shutdown hook ran");
    }

    private static void await(String what, Duration timeout, CheckedCondition condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < end, "waited " + timeout.toSeconds() + " s for " + what);
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    private interface CheckedCondition {
        boolean holds() throws Exception;
    }

    private String log() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** The question log was closed, not abandoned: its WAL is checkpointed away, and it holds {@code questions}. */
    private void assertQuestionLogClosedWith(int questions) {
        assertFalse(Files.exists(data.resolve("questions.db-wal")), "the question log was closed");
        try (QuestionLog log = QuestionLog.open(data.resolve("questions.db"))) {
            assertEquals("ok", log.integrityCheck());
            assertEquals(questions, log.stats(5).total());
        }
    }

    private static boolean building(Path kb) throws IOException {
        if (!Files.isDirectory(kb)) {
            return false;
        }
        try (Stream<Path> files = Files.list(kb)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-"));
        }
    }

    @Test
    void duringStartUpRetriesAgainstAnUnreachableBotApi() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        Process bot = start(closed);
        try {
            await("a failed getMe being retried", Duration.ofSeconds(60), () -> log().contains(" attempt 1 failed"));
            stop(bot);
        } finally {
            bot.destroyForcibly();
        }
        assertTrue(log().contains("stopped before the bot had started"), log());
        assertQuestionLogClosedWith(0);
    }

    @Test
    void duringABuildAtStartUp() throws Exception {
        SyntheticKnowledge.write(Files.createDirectories(dir.resolve("knowledge")), PASSAGES, 7);
        try (FakeBotApi api = new FakeBotApi()) {
            Process bot = start(api.url());
            try {
                await("the build to begin", Duration.ofSeconds(60), () -> building(dir.resolve("data/kb")));
                stop(bot);
            } finally {
                bot.destroyForcibly();
            }
            assertEquals(0, api.requests().size(), "stopped before it contacted Telegram");
        }
        // the build was abandoned, not finished: what it left is under a .tmp- name only, which the next start
        // removes (BuildStoreTest), and no CURRENT names anything
        try (Stream<Path> files = Files.list(data.resolve("kb"))) {
            // (and kb/LOCK, the lock's file, which is never removed: its lock ended with the process)
            assertTrue(files.allMatch(p -> p.getFileName().toString().startsWith(".tmp-")
                    || p.getFileName().toString().equals("LOCK")), "only .tmp- leftovers");
        }
    }

    @Test
    void duringAReloadWhileLongPolling() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Process bot = start(api.url());
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                api.feed("private-text.json");
                assertTrue(api.awaitMessages(1001L, 1).get(0).text().contains("Astana"));
                assertTrue(Files.exists(data.resolve("heartbeat")), "the health check's file is there");
                SyntheticKnowledge.write(knowledge, PASSAGES, 7);
                api.feed("private-text.json", u -> {
                    u.withObjectProperty("message").put("text", "/reload");
                    u.withObjectProperty("message").withObjectProperty("chat").put("id", ADMIN);
                    u.withObjectProperty("message").withObjectProperty("from").put("id", ADMIN);
                });
                await("the reload to begin building", Duration.ofSeconds(60), () -> building(data.resolve("kb")));
                stop(bot);
            } finally {
                bot.destroyForcibly();
            }
        }
        assertTrue(log().contains("Telegram bot stopped"), log());
        assertFalse(log().contains(PASSAGES + " passages"), "the reload was abandoned, not waited for: " + log());
        assertFalse(Files.exists(data.resolve("heartbeat")), "a stopped bot is not healthy");
        assertQuestionLogClosedWith(1);
    }
}
