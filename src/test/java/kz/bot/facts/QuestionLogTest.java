package kz.bot.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A clock the test moves. */
    static final class MovableClock extends java.time.Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static LoggedQuestion asked(String text, boolean found, Instant at) {
        return new LoggedQuestion(at, "en", found ? "fact" : "none", found, text);
    }

    /** The statistics counted the slow way, from every row: what the aggregates must always equal. */
    private static QuestionStats recount(Path db, int top) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long total;
            long unanswered;
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT count(*), coalesce(sum(found = 0), 0) FROM questions")) {
                r.next();
                total = r.getLong(1);
                unanswered = r.getLong(2);
            }
            List<QuestionStats.Frequent> frequent = new java.util.ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT lower(trim(text)), count(*) AS n"
                    + " FROM questions WHERE found = 0 GROUP BY 1 ORDER BY n DESC, min(id) LIMIT " + top)) {
                while (r.next()) {
                    frequent.add(new QuestionStats.Frequent(r.getString(1), r.getLong(2)));
                }
            }
            return new QuestionStats(total, unanswered, frequent);
        }
    }

    private static List<String> lowerCased(List<QuestionStats.Frequent> frequent) {
        return frequent.stream().map(f -> f.text().strip().toLowerCase(java.util.Locale.ROOT) + "=" + f.count())
                .toList();
    }

    @Test
    void questionsOlderThanTheRetentionOrBeyondItsRowsAreRemovedFromTheLogAndTheStats() throws Exception {
        Path db = dir.resolve("q.db");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        MovableClock clock = new MovableClock(t0);
        try (QuestionLog log = QuestionLog.open(db, java.time.Duration.ofDays(90), 1000, clock)) {
            for (int day = 0; day < 100; day++) {
                Instant at = t0.plus(java.time.Duration.ofDays(day));
                int label = day % 6 == 0 ? 0 : day % 6 <= 2 ? 1 : 2; // asked 1, 2 and 3 times as often
                log.record(asked("old question " + label, false, at));
                log.record(asked("What is the capital of Kazakhstan?", true, at));
            }
            clock.set(t0.plus(java.time.Duration.ofDays(100)));
            log.flush();
            log.pruneNow();
            QuestionStats s = log.stats(3);
            // days 10..99 are within 90 days of day 100
            assertEquals(180, s.total());
            assertEquals(90, s.unanswered());
            assertEquals(recount(db, 3).total(), s.total());
            assertEquals(lowerCased(recount(db, 3).frequent()), lowerCased(s.frequent()));
        }
        try (QuestionLog log = QuestionLog.open(db, java.time.Duration.ofDays(3650), 50, clock)) {
            // reopened with a cap of 50 questions: the writer removes the oldest by itself, a second after opening
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            while (log.stats(3).total() > 50 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            QuestionStats s = log.stats(3);
            assertEquals(50, s.total());
            assertEquals(recount(db, 3).unanswered(), s.unanswered());
            assertEquals(lowerCased(recount(db, 3).frequent()), lowerCased(s.frequent()));
        }
    }

    @Test
    void statsReadTheAggregatesThroughIndexesNeverScanningTheQuestions() throws Exception {
        try (QuestionLog log = QuestionLog.open(dir.resolve("q.db"))) {
            List<String> plan = log.statsPlan();
            assertTrue(plan.stream().noneMatch(step -> step.contains("questions")), plan.toString());
            assertTrue(plan.stream().noneMatch(step -> step.startsWith("SCAN") && !step.contains("USING")),
                    plan.toString());
            assertTrue(plan.stream().noneMatch(step -> step.contains("TEMP B-TREE")), "no sorting: " + plan);
        }
    }

    @Test
    void aLogWrittenBeforeTheAggregatesIsUpgradedOnceAndCountsTheSame() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("CREATE TABLE questions(id INTEGER PRIMARY KEY, at INTEGER NOT NULL,"
                    + " language TEXT NOT NULL, kind TEXT NOT NULL, found INTEGER NOT NULL, text TEXT NOT NULL)");
            c.createStatement().execute("INSERT INTO questions(at, language, kind, found, text) VALUES"
                    + " (1, 'en', 'none', 0, 'Who won?'), (2, 'en', 'none', 0, 'who won? '),"
                    + " (3, 'en', 'fact', 1, 'Capital?'), (4, 'ru', 'none', 0, 'Кто победил?')");
        }
        try (QuestionLog log = QuestionLog.open(db, java.time.Duration.ofDays(365 * 100), 1000)) {
            QuestionStats s = log.stats(5);
            assertEquals(4, s.total());
            assertEquals(3, s.unanswered());
            assertEquals(List.of(new QuestionStats.Frequent("Who won?", 2), new QuestionStats.Frequent("Кто победил?",
                    1)), s.frequent());
        }
    }

    @Test
    void whenTheDiskIsFullTheQuestionsWaitAndAreWrittenWhenThereIsSpaceAgain() throws Exception {
        Path db = dir.resolve("q.db");
        try (QuestionLog log = QuestionLog.open(db)) {
            log.record(asked("first", true));
            log.flush();
            long pages;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 ResultSet r = c.createStatement().executeQuery("PRAGMA page_count")) {
                r.next();
                pages = r.getLong(1);
            }
            log.limitPages(pages); // SQLite's view of a full disk: SQLITE_FULL on the next page
            for (int i = 0; i < 300; i++) {
                log.record(asked("question " + i + " " + "x".repeat(400), i % 2 == 0));
            }
            log.flush();
            assertEquals(1, log.stats(5).total(), "nothing more could be written");
            log.limitPages(1_000_000); // space again
            log.flush();
            QuestionStats s = log.stats(5);
            assertEquals(301, s.total(), "the questions that waited are all there");
            assertEquals(150, s.unanswered());
            assertEquals(0, s.notLogged());
        }
    }

    @Test
    void whatTheLogCannotKeepInMemoryWhileTheDiskIsFullIsCounted() throws Exception {
        Path db = dir.resolve("q.db");
        try (QuestionLog log = QuestionLog.open(db)) {
            log.limitPages(1); // not even room for the first question
            int asked = QuestionLog.RETAINED_MAX + 5_000;
            for (int i = 0; i < asked; i++) {
                log.record(asked("question " + i, true));
                if (i % 5_000 == 4_999) {
                    log.flush();
                }
            }
            log.flush();
            assertEquals(5_000, log.stats(1).notLogged(), "the oldest beyond what memory keeps");
            log.limitPages(1_000_000);
            QuestionStats s = log.stats(1);
            assertEquals(QuestionLog.RETAINED_MAX, s.total());
            assertEquals(5_000, s.notLogged());
        }
    }

    @Test
    void aFileOfRandomBytesIsMovedAsideKeptAndANewLogStarted() throws Exception {
        Path db = dir.resolve("questions.db");
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(5).nextBytes(junk);
        java.nio.file.Files.write(db, junk);
        try (QuestionLog log = QuestionLog.open(db)) {
            log.record(asked("What is the capital of Kazakhstan?", true));
            QuestionStats s = log.stats(5);
            assertEquals(1, s.total());
            assertTrue(s.movedAside().startsWith("questions.db.damaged-"), s.movedAside());
            assertEquals("ok", log.integrityCheck());
            assertTrue(java.util.Arrays.equals(junk, java.nio.file.Files.readAllBytes(dir.resolve(s.movedAside()))),
                    "the damaged file is kept as it was");
        }
    }

    @Test
    void aTruncatedFileOrABadPageNeverStopsTheLogOrItsStats() throws Exception {
        for (String damage : List.of("truncated", "bad page")) {
            Path db = dir.resolve(damage.replace(' ', '-') + ".db");
            try (QuestionLog log = QuestionLog.open(db)) {
                for (int i = 0; i < 3000; i++) {
                    log.record(asked("question " + i + " " + "y".repeat(200), i % 3 == 0));
                    if (i % 1000 == 999) {
                        log.flush();
                    }
                }
            }
            long size = java.nio.file.Files.size(db);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(db,
                    java.nio.file.StandardOpenOption.WRITE)) {
                if (damage.equals("truncated")) {
                    ch.truncate(size / 2);
                } else {
                    byte[] garbage = new byte[4096];
                    java.util.Arrays.fill(garbage, (byte) 0x5a);
                    ch.write(java.nio.ByteBuffer.wrap(garbage), size / 2 / 4096 * 4096);
                }
            }
            try (QuestionLog log = QuestionLog.open(db)) {
                log.stats(5); // answers, whatever the damage
                for (int i = 0; i < 3000; i++) {
                    log.record(asked("after " + i + " " + "z".repeat(200), false));
                }
                QuestionStats s = log.stats(5);
                assertTrue(s.total() >= 3000, damage + ": " + s);
                log.record(asked("one more", true));
                assertEquals(s.total() + 1, log.stats(5).total(), damage);
            }
        }
    }
}
