package kz.bot.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionLogTest {

    @TempDir
    Path dir;

    private static LoggedQuestion asked(String text, boolean found) {
        return new LoggedQuestion(Instant.parse("2026-11-23T10:00:00Z"), "en", found ? "fact" : "none", found, text);
    }

    @Test
    void statsCountEverythingAndRankTheUnansweredAcrossRestarts() {
        Path db = dir.resolve("data/questions.db");
        try (QuestionLog log = QuestionLog.open(db)) {
            log.record(asked("What is the capital of Kazakhstan?", true));
            log.record(asked("What is the airspeed of a swallow?", false));
            log.record(asked("Who won the 1966 World Cup?", false));
        }
        try (QuestionLog log = QuestionLog.open(db)) {
            log.record(asked("what is the airspeed of a swallow? ", false));
            QuestionStats stats = log.stats(5);
            assertEquals(4, stats.total());
            assertEquals(3, stats.unanswered());
            assertEquals(0.75, stats.unansweredShare());
            assertEquals(List.of(new QuestionStats.Frequent("What is the airspeed of a swallow?", 2),
                    new QuestionStats.Frequent("Who won the 1966 World Cup?", 1)), stats.frequent());
        }
    }

    @Test
    void anEmptyLogHasNoShare() {
        try (QuestionLog log = QuestionLog.open(dir.resolve("q.db"))) {
            assertEquals(new QuestionStats(0, 0, List.of()), log.stats(5));
            assertEquals(0.0, log.stats(5).unansweredShare());
        }
    }

    @Test
    void longQuestionsAreCutAndTheFileIsInWalMode() throws Exception {
        Path db = dir.resolve("q.db");
        String emoji = "😀";
        String text = "a".repeat(QuestionLog.MAX_TEXT - 1) + emoji + "tail";
        try (QuestionLog log = QuestionLog.open(db)) {
            log.record(asked(text, false));
            assertEquals("a".repeat(QuestionLog.MAX_TEXT - 1), log.stats(1).frequent().get(0).text(),
                    "cut before the emoji, never inside it");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertEquals("wal", r.getString(1));
        }
    }

    @Test
    void closeWritesWhatTheWriterHasNotYetWritten() throws Exception {
        Path db = dir.resolve("q.db");
        QuestionLog log = QuestionLog.open(db);
        for (int i = 0; i < 100; i++) {
            log.record(asked("question " + i, i % 2 == 0));
        }
        log.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*), sum(found) FROM questions")) {
            r.next();
            assertEquals(100, r.getInt(1));
            assertEquals(50, r.getInt(2));
        }
    }
}
