package kz.bot.facts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file of the question log. Besides the questions themselves it keeps what {@code /stats} shows, updated in
 * the same transaction as each write: the totals, and per unanswered question (compared without case and surrounding
 * space) how often it was asked. {@code /stats} reads those two small tables through an index — a few rows, however
 * many questions the log holds — instead of counting and grouping every question (4.2 s at 10 million rows, holding
 * the database meanwhile). Removing old questions ({@link #prune}) takes them out of the aggregates too. Not
 * thread-safe: {@link QuestionLog} serialises the calls.
 */
final class QuestionDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionDb.class);
    /** Questions removed per transaction by {@link #prune}: a short hold on the database each time. */
    static final int PRUNE_CHUNK = 10_000;
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS questions(
          id INTEGER PRIMARY KEY, at INTEGER NOT NULL, language TEXT NOT NULL, kind TEXT NOT NULL,
          found INTEGER NOT NULL, text TEXT NOT NULL)""",
        "CREATE TABLE IF NOT EXISTS totals(id INTEGER PRIMARY KEY CHECK (id = 1), total INTEGER NOT NULL,"
                + " unanswered INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS unanswered(norm TEXT PRIMARY KEY, text TEXT NOT NULL, count INTEGER NOT NULL,"
                + " first_id INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS unanswered_rank ON unanswered(count DESC, first_id)",
    };

    private final Connection db;

    private QuestionDb(Connection db) {
        this.db = db;
    }

    /**
     * Opens (creating or upgrading) the log at {@code file}. A log written before the aggregates existed gets them
     * computed once, in one transaction.
     *
     * @throws SQLException when the file cannot be opened or is not a sound SQLite database
     */
    static QuestionDb open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL"); // in WAL mode: durable up to the last checkpointed commit
                s.execute("PRAGMA busy_timeout=5000");
            }
            QuestionDb q = new QuestionDb(c);
            q.createOrUpgrade();
            return q;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void createOrUpgrade() throws SQLException {
        inTransaction(() -> {
            try (Statement s = db.createStatement()) {
                for (String statement : SCHEMA) {
                    s.execute(statement);
                }
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM totals")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                long t0 = System.nanoTime();
                s.execute("INSERT INTO totals(id, total, unanswered) SELECT 1, count(*), coalesce(sum(found = 0), 0)"
                        + " FROM questions");
                int groups = s.executeUpdate("INSERT INTO unanswered(norm, text, count, first_id) SELECT"
                        + " lower(trim(text)), min(text), count(*), min(id) FROM questions WHERE found = 0"
                        + " GROUP BY lower(trim(text))");
                if (groups > 0) {
                    LOG.info("question log upgraded: /stats now reads totals kept as questions arrive ({} distinct"
                            + " unanswered questions counted in {} ms)", groups, (System.nanoTime() - t0) / 1_000_000);
                }
            }
        });
    }

    /** Writes {@code batch} and counts it into the aggregates, all or nothing. */
    void insert(List<LoggedQuestion> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            long unanswered = 0;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO questions(at, language, kind, found, text) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement count = db.prepareStatement("""
                         INSERT INTO unanswered(norm, text, count, first_id) VALUES (lower(trim(?)), ?, 1, ?)
                         ON CONFLICT(norm) DO UPDATE SET count = count + 1, text = min(text, excluded.text)""")) {
                for (LoggedQuestion q : batch) {
                    insert.setLong(1, q.at().toEpochMilli());
                    insert.setString(2, q.language());
                    insert.setString(3, q.kind());
                    insert.setInt(4, q.found() ? 1 : 0);
                    insert.setString(5, q.text());
                    insert.executeUpdate();
                    if (!q.found()) {
                        unanswered++;
                        long id;
                        try (Statement s = db.createStatement();
                             ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                            r.next();
                            id = r.getLong(1);
                        }
                        count.setString(1, q.text());
                        count.setString(2, q.text());
                        count.setLong(3, id);
                        count.executeUpdate();
                    }
                }
            }
            addToTotals(batch.size(), unanswered);
        });
    }

    /** The totals and the {@code top} most frequent unanswered questions. */
    QuestionStats stats(int top) throws SQLException {
        long total;
        long unanswered;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT total, unanswered FROM totals WHERE id = 1")) {
            total = r.next() ? r.getLong(1) : 0;
            unanswered = total == 0 ? 0 : r.getLong(2);
        }
        List<QuestionStats.Frequent> frequent = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT text, count FROM unanswered ORDER BY count DESC, first_id LIMIT ?")) {
            p.setInt(1, top);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    frequent.add(new QuestionStats.Frequent(r.getString(1), r.getLong(2)));
                }
            }
        }
        return new QuestionStats(total, unanswered, frequent);
    }

    /** How the statements of {@link #stats} are executed, one line per step: for tests that no step scans a table. */
    List<String> statsPlan() throws SQLException {
        List<String> plan = new ArrayList<>();
        for (String query : List.of("SELECT total, unanswered FROM totals WHERE id = 1",
                "SELECT text, count FROM unanswered ORDER BY count DESC, first_id LIMIT 5")) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + query)) {
                while (r.next()) {
                    plan.add(r.getString("detail"));
                }
            }
        }
        return plan;
    }

    /**
     * Removes up to {@link #PRUNE_CHUNK} of the oldest questions that are older than {@code beforeMillis} or beyond
     * the newest {@code keepRows}, and takes them out of the aggregates, in one transaction.
     *
     * @return how many were removed: 0 when nothing is left to remove
     */
    int prune(long beforeMillis, long keepRows) throws SQLException {
        long held = stats(0).total();
        long excess = Math.max(0, held - keepRows);
        long upTo = -1;
        int removing = 0;
        try (PreparedStatement p = db.prepareStatement("SELECT id, at FROM questions ORDER BY id LIMIT ?")) {
            p.setInt(1, PRUNE_CHUNK);
            try (ResultSet r = p.executeQuery()) {
                while (r.next() && (removing < excess || r.getLong(2) < beforeMillis)) {
                    upTo = r.getLong(1);
                    removing++;
                }
            }
        }
        if (removing == 0) {
            return 0;
        }
        long last = upTo;
        inTransaction(() -> {
            Map<String, Long> gone = new HashMap<>();
            try (PreparedStatement p = db.prepareStatement("SELECT lower(trim(text)), count(*) FROM questions"
                    + " WHERE id <= ? AND found = 0 GROUP BY 1")) {
                p.setLong(1, last);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        gone.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            try (PreparedStatement p = db.prepareStatement("UPDATE unanswered SET count = count - ? WHERE norm = ?")) {
                for (Map.Entry<String, Long> e : gone.entrySet()) {
                    p.setLong(1, e.getValue());
                    p.setString(2, e.getKey());
                    p.executeUpdate();
                }
            }
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM unanswered WHERE count <= 0");
            }
            long unanswered = gone.values().stream().mapToLong(Long::longValue).sum();
            try (PreparedStatement p = db.prepareStatement("DELETE FROM questions WHERE id <= ?")) {
                p.setLong(1, last);
                int deleted = p.executeUpdate();
                addToTotals(-deleted, -unanswered);
            }
        });
        return removing;
    }

    /** SQLite's own check of the file: "ok", or the problems it found, one per line. */
    String integrityCheck() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (r.next()) {
                lines.add(r.getString(1));
            }
            return String.join("\n", lines);
        }
    }

    private void addToTotals(long total, long unanswered) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE totals SET total = total + ?, unanswered = unanswered + ? WHERE id = 1")) {
            p.setLong(1, total);
            p.setLong(2, unanswered);
            p.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the caller reports the first error
            }
            throw e;
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // as above
            }
        }
    }

    /** For tests: SQLite's limit on the file's size in pages (a full disk, as SQLite sees it). */
    void maxPageCount(long pages) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA max_page_count=" + pages);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
