package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kz.bot.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program in a child JVM, production settings, against the fake Bot API: polling that must survive, or end
 * the process with a status a supervisor sees — never a live process that no longer polls.
 */
class PollingProcessTest {

    @TempDir
    Path dir;

    private ChildJvm bot(FakeBotApi api, String... jvmOptions) {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        return new ChildJvm(dir, "bot").jvm(jvmOptions).env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                .env("TELEGRAM_API_URL", api.url().toString()).env("KNOWLEDGE_DIR", knowledge.toString())
                .env("DATA_DIR", dir.resolve("data").toString())
                .env("BOT_ADMIN_IDS", String.valueOf(TestBot.ADMIN_ID));
    }

    /**
     * An update far larger than the heap (60 MB of text at -Xmx64m) used to end the library's poller with an
     * OutOfMemoryError, silently: the process lived on and never polled again. Now the answer is read only up to a
     * limit derived from the heap, the update is skipped by its id, and the next question is answered.
     */
    @Test
    void anUpdateLargerThanTheHeapIsSkippedAndTheBotGoesOnPolling() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            ChildJvm child = bot(api, "-Xmx64m", "-XX:+UseSerialGC");
            Process process = child.start("telegram");
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                ObjectNode huge = new ObjectMapper().createObjectNode().put("update_id", 999); // just before the ids the fake gives
                huge.set("message", FakeBotApi.fixture("private-text.json").get("message"));
                huge.withObjectProperty("message").put("text", "x".repeat(60 << 20));
                huge.withObjectProperty("message").withObjectProperty("chat").put("id", 7001);
                api.feed(huge);
                api.feed("private-text.json");
                String answer;
                try {
                    answer = api.awaitMessages(TestBot.USER_ID, 1).get(0).text();
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\nthe bot's log:\n" + child.errText(), e);
                }
                assertTrue(answer.contains("Capital: Astana"), answer);
                assertEquals(0, api.delivered(7001).size());
                assertTrue(process.isAlive());
            } finally {
                process.destroy();
                process.waitFor(15, TimeUnit.SECONDS);
            }
            String log = child.errText();
            assertTrue(log.matches("(?s).*update 999 could not be read \\(larger than [0-9.]+ MB\\) and is skipped.*"),
                    log);
            assertFalse(log.contains("OutOfMemoryError"), log);
            assertFalse(log.contains("\tat "), "no stack trace:\n" + log);
        }
    }

    /**
     * A token revoked while the bot runs: one line in Telegram's words, then — after 20 s of 401s — the process ends
     * with status 3, instead of retrying every 10 s for ever with stack traces.
     */
    @Test
    void aRevokedTokenEndsTheProcessWithStatus3AfterOneLine() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            ChildJvm child = bot(api);
            Process process = child.start("telegram");
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                long t0 = System.nanoTime();
                api.revokeToken();
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends:\n" + child.errText());
                long seconds = (System.nanoTime() - t0) / 1_000_000_000;
                assertEquals(3, process.exitValue(), child.errText());
                assertTrue(seconds >= 20 && seconds < 45, "ended after " + seconds + " s");
            } finally {
                process.destroyForcibly();
            }
            String log = child.errText();
            assertEquals(1, log.lines().filter(l -> l.contains("Telegram refuses the bot's token: 401 Unauthorized"))
                    .count(), log);
            assertTrue(log.contains("stopping: Telegram has refused the bot's token for 20 s (401 Unauthorized)"), log);
            assertFalse(log.contains("\tat "), "no stack trace:\n" + log);
            assertFalse(log.contains(TelegramFaultsTest.SECRET_HALF), log);
        }
    }
}
