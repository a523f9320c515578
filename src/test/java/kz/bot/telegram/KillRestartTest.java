package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.bot.facts.QuestionLog;
import kz.bot.facts.QuestionStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question log and /stats survive a SIGKILL: the real program runs in a child JVM (configured by environment
 * variables, production settings) against the fake Bot API, answers N questions, is killed with SIGKILL 1.5 s after
 * the last reply (the log writes about once a second, so at most the last second may be lost — here nothing), and
 * a second process on the same DATA_DIR reports all N to the admin; SQLite finds the file sound.
 */
class KillRestartTest {

    static final int N = 20;

    @TempDir
    Path dir;

    private Process start(FakeBotApi api, Path knowledge, Path data, Path stderr) throws IOException {
        return TestBot.startChild(api, knowledge, data, stderr);
    }

    @Test
    void theQuestionLogAndStatsSurviveSigkill() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        Path data = dir.resolve("data");
        try (FakeBotApi api = new FakeBotApi()) {
            Process first = start(api, knowledge, data, dir.resolve("first.txt"));
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                for (int i = 0; i < N; i++) {
                    long user = 9100 + i; // one question per user: production flood control stays out of the way
                    String text = i % 2 == 0 ? "What is the capital of Kazakhstan?"
                            : "What is the airspeed of a swallow?";
                    api.feed("private-text.json", u -> {
                        u.withObjectProperty("message").put("text", text);
                        u.withObjectProperty("message").withObjectProperty("chat").put("id", user);
                        u.withObjectProperty("message").withObjectProperty("from").put("id", user);
                    });
                }
                for (int i = 0; i < N; i++) {
                    api.awaitMessages(9100 + i, 1);
                }
                Thread.sleep(1500);
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no close
                assertTrue(first.waitFor(10, TimeUnit.SECONDS));
                assertEquals(137, first.exitValue(), "killed by SIGKILL");
            } finally {
                first.destroyForcibly();
            }

            Process second = start(api, knowledge, data, dir.resolve("second.txt"));
            try {
                api.await("getMe", 2, r -> true, Duration.ofSeconds(60));
                api.feed("private-text.json", u -> {
                    u.withObjectProperty("message").put("text", "/stats");
                    u.withObjectProperty("message").withObjectProperty("chat").put("id", TestBot.ADMIN_ID);
                    u.withObjectProperty("message").withObjectProperty("from").put("id", TestBot.ADMIN_ID);
                });
                String stats = api.awaitMessages(TestBot.ADMIN_ID, 1).get(0).text();
                assertTrue(stats.contains("\nQuestions answered: " + N + "\n"), stats);
                assertTrue(stats.contains("\nAnswered with “I don't know”: " + N / 2 + " (50.0%)\n"), stats);
                assertTrue(stats.endsWith("1. What is the airspeed of a swallow? — " + N / 2 + "×"), stats);
                second.destroy();
                assertTrue(second.waitFor(15, TimeUnit.SECONDS));
            } finally {
                second.destroyForcibly();
            }
        }
        String log = Files.readString(dir.resolve("first.txt"), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve("second.txt"), StandardCharsets.UTF_8);
        assertFalse(log.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1)), log);
        try (QuestionLog questions = QuestionLog.open(data.resolve("questions.db"))) {
            assertEquals("ok", questions.integrityCheck());
            QuestionStats s = questions.stats(5);
            assertEquals(List.of((long) N, (long) N / 2), List.of(s.total(), s.unanswered()));
        }
    }
}
