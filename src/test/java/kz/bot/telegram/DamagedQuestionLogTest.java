package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import kz.bot.ChildJvm;
import kz.bot.facts.LoggedQuestion;
import kz.bot.facts.QuestionLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged question log never stops the bot. The real program in a child JVM: a {@code questions.db} of random bytes
 * used to end start-up; now it is moved aside (and kept), a new log is started, one line says so, and the bot
 * answers. A log with one bad page in the middle used to make {@code /stats} silent; now it answers.
 */
class DamagedQuestionLogTest {

    @TempDir
    Path dir;

    private ChildJvm bot(FakeBotApi api, Path knowledge, Path data, String name) {
        return new ChildJvm(dir, name).env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                .env("TELEGRAM_API_URL", api.url().toString()).env("KNOWLEDGE_DIR", knowledge.toString())
                .env("DATA_DIR", data.toString()).env("BOT_ADMIN_IDS", String.valueOf(TestBot.ADMIN_ID));
    }

    private static String askStats(FakeBotApi api) {
        api.feed("private-text.json", u -> {
            u.withObjectProperty("message").put("text", "/stats");
            u.withObjectProperty("message").withObjectProperty("chat").put("id", TestBot.ADMIN_ID);
            u.withObjectProperty("message").withObjectProperty("from").put("id", TestBot.ADMIN_ID);
        });
        return FakeBotApi.plain(api.awaitMessages(TestBot.ADMIN_ID, 1).get(0).text());
    }

    @Test
    void aLogOfRandomBytesIsMovedAsideWithOneLineAndTheBotAnswers() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        Path data = Files.createDirectories(dir.resolve("data"));
        byte[] junk = new byte[100_000];
        new Random(16).nextBytes(junk);
        Files.write(data.resolve("questions.db"), junk);
        try (FakeBotApi api = new FakeBotApi()) {
            ChildJvm child = bot(api, knowledge, data, "bot");
            Process process = child.start("telegram");
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                api.feed("private-text.json");
                assertTrue(api.awaitMessages(TestBot.USER_ID, 1).get(0).text().contains("Capital: Astana"));
                String stats = askStats(api);
                assertTrue(stats.contains("\nQuestions answered: 1\n"), stats);
                assertTrue(stats.contains("The question log was damaged: it was moved aside to questions.db.damaged-"),
                        stats);
            } finally {
                process.destroy();
                process.waitFor();
            }
            String log = child.errText();
            assertEquals(1, log.lines().filter(l -> l.contains("damaged")).count(), log);
            assertFalse(log.contains("\tat "), "no stack trace:\n" + log);
        }
        try (var files = Files.list(data)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("questions.db.damaged-"))
                    .findFirst().orElseThrow();
            assertTrue(Arrays.equals(junk, Files.readAllBytes(aside)), "the damaged file is kept as it was");
        }
    }

    @Test
    void aBadPageInTheMiddleDoesNotSilenceStats() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Path db = data.resolve("questions.db");
        try (QuestionLog log = QuestionLog.open(db)) {
            for (int i = 0; i < 20_000; i++) {
                log.record(new LoggedQuestion(Instant.now(), "en", i % 4 == 0 ? "none" : "fact", i % 4 != 0,
                        "question number " + i + " about the steppe"));
                if (i % 5000 == 4999) {
                    log.flush();
                }
            }
        }
        long size = Files.size(db);
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5a);
            ch.write(ByteBuffer.wrap(garbage), size / 2 / 4096 * 4096);
        }
        try (FakeBotApi api = new FakeBotApi()) {
            ChildJvm child = bot(api, knowledge, data, "bot");
            Process process = child.start("telegram");
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                String stats = askStats(api);
                assertTrue(stats.startsWith("Statistics\nUptime: "), stats);
                assertTrue(stats.contains("\nQuestions answered: 20000\n"), stats);
            } finally {
                process.destroy();
                process.waitFor();
            }
            assertFalse(child.errText().contains("\tat "), "no stack trace:\n" + child.errText());
        }
    }
}
