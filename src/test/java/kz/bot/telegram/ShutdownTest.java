package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.bot.facts.QuestionLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program in a child JVM, configured only by environment variables as in production: it starts, answers,
 * and on SIGTERM stops within a few seconds — although its long poll is still waiting on the server — leaving the
 * question it answered in the question log.
 */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheBotCleanlyWithinSeconds() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("stderr.txt");
        try (FakeBotApi api = new FakeBotApi()) {
            Process bot = TestBot.startChild(api, knowledge, data, stderr);
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                api.feed("private-text.json");
                List<FakeBotApi.Request> answer = api.awaitMessages(TestBot.USER_ID, 1);
                assertTrue(answer.get(0).text().contains("Capital: Astana"), answer.get(0).text());

                long t0 = System.nanoTime();
                bot.destroy(); // SIGTERM
                assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "the JVM exits on SIGTERM");
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(millis < 8000, "stopped in " + millis + " ms");
                assertEquals(143, bot.exitValue(), "ended by SIGTERM after the shutdown hook ran");
            } finally {
                bot.destroyForcibly();
            }
        }
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(log.contains("long polling started"), log);
        assertTrue(log.contains("Telegram bot stopped"), log);
        assertFalse(log.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1)), log);
        try (QuestionLog questions = QuestionLog.open(data.resolve("questions.db"))) {
            assertEquals(1, questions.stats(5).total(), "the answered question was logged before exit");
        }
        assertTrue(new File(data.toFile(), "questions.db").isFile());
    }
}
