package kz.bot.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions the bot answered, kept in SQLite ({@code DATA_DIR/questions.db}) so that {@code /stats} survives
 * restarts and reloads. {@link #record} only queues: a background thread writes the queue about once a second in one
 * transaction, so logging never slows an answer and a crash loses at most the last second. WAL mode keeps the file
 * consistent whenever the process dies. Thread-safe.
 */
public final class QuestionLog implements AutoCloseable {

    /** Longer questions are cut: the log is for statistics, not an archive of whatever people paste. */
    public static final int MAX_TEXT = 500;
    /** Questions waiting to be written; beyond this they are dropped (and counted) rather than slowing answers. */
    static final int QUEUE_CAPACITY = 10_000;
    static final long WRITE_INTERVAL_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS questions(
              id INTEGER PRIMARY KEY, at INTEGER NOT NULL, language TEXT NOT NULL, kind TEXT NOT NULL,
              found INTEGER NOT NULL, text TEXT NOT NULL)""";

    private final Path file;
    private final Connection db;
    private final BlockingQueue<LoggedQuestion> pending = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;

    private QuestionLog(Path file, Connection db) {
        this.file = file;
        this.db = db;
        this.writer = new Thread(this::writeLoop, "question-log-writer");
        this.writer.setDaemon(true); // close() flushes; a daemon never keeps a dying JVM alive
    }

    /**
     * Opens (creating if needed) the log at {@code file} and starts its writer.
     *
     * @throws StoreException when the file cannot be opened as SQLite
     * @throws UncheckedIOException when its directory cannot be created
     */
    public static QuestionLog open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL"); // in WAL mode: durable up to the last checkpointed commit
                s.execute("PRAGMA busy_timeout=5000");
                s.execute(SCHEMA);
            }
            QuestionLog log = new QuestionLog(file, c);
            log.writer.start();
            return log;
        } catch (SQLException e) {
            throw new StoreException("cannot open the question log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Queues {@code question} for writing; never blocks. */
    public void record(LoggedQuestion question) {
        if (closing) {
            return;
        }
        if (!pending.offer(shortened(question))) {
            if (dropped.getAndIncrement() % 1000 == 0) {
                LOG.warn("question log queue is full: questions are not being logged ({} dropped)", dropped.get());
            }
        }
    }

    /** Writes every queued question now. */
    public void flush() {
        synchronized (db) {
            List<LoggedQuestion> batch = new ArrayList<>();
            pending.drainTo(batch);
            write(batch);
        }
    }

    /**
     * Totals over the whole log and the {@code top} most frequent unanswered questions; questions queued before the
     * call are counted.
     *
     * @throws StoreException when SQLite fails
     */
    public QuestionStats stats(int top) {
        synchronized (db) {
            flush();
            try {
                long total;
                long unanswered;
                try (PreparedStatement p = db.prepareStatement(
                        "SELECT count(*), coalesce(sum(found = 0), 0) FROM questions");
                     ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                    unanswered = r.getLong(2);
                }
                List<QuestionStats.Frequent> frequent = new ArrayList<>();
                try (PreparedStatement p = db.prepareStatement("""
                        SELECT min(text), count(*) AS n FROM questions WHERE found = 0
                        GROUP BY lower(trim(text)) ORDER BY n DESC, min(id) LIMIT ?""")) {
                    p.setInt(1, top);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            frequent.add(new QuestionStats.Frequent(r.getString(1), r.getLong(2)));
                        }
                    }
                }
                return new QuestionStats(total, unanswered, frequent);
            } catch (SQLException e) {
                throw new StoreException("cannot read the question log " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * SQLite's own check of the file ({@code PRAGMA integrity_check}): "ok" when it is sound, otherwise the problems
     * it found, one per line.
     *
     * @throws StoreException when SQLite fails
     */
    public String integrityCheck() {
        synchronized (db) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                List<String> lines = new ArrayList<>();
                while (r.next()) {
                    lines.add(r.getString(1));
                }
                return String.join("\n", lines);
            } catch (SQLException e) {
                throw new StoreException("cannot check the question log " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Every second, writes what has been queued. Questions stay in the queue until written under the database lock, so
     * {@link #stats} (which flushes under the same lock) never misses one the writer is holding.
     */
    private void writeLoop() {
        while (!closing) {
            try {
                Thread.sleep(WRITE_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return; // closing: close() writes the rest
            }
            try {
                flush();
            } catch (RuntimeException e) {
                LOG.error("{}", e.getMessage());
            }
        }
    }

    private void write(List<LoggedQuestion> batch) {
        if (batch.isEmpty()) {
            return;
        }
        synchronized (db) {
            try {
                db.setAutoCommit(false);
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT INTO questions(at, language, kind, found, text) VALUES (?, ?, ?, ?, ?)")) {
                    for (LoggedQuestion q : batch) {
                        p.setLong(1, q.at().toEpochMilli());
                        p.setString(2, q.language());
                        p.setString(3, q.kind());
                        p.setInt(4, q.found() ? 1 : 0);
                        p.setString(5, q.text());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                db.commit();
            } catch (SQLException e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken; the next write reports it again
                }
                throw new StoreException("cannot write the question log " + file + ": " + e.getMessage(), e);
            } finally {
                try {
                    db.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // as above
                }
            }
        }
    }

    static LoggedQuestion shortened(LoggedQuestion q) {
        String t = q.text().strip();
        if (t.length() > MAX_TEXT) {
            int end = MAX_TEXT;
            if (Character.isHighSurrogate(t.charAt(end - 1))) {
                end--; // never split a character
            }
            t = t.substring(0, end);
        }
        return t.equals(q.text()) ? q : new LoggedQuestion(q.at(), q.language(), q.kind(), q.found(), t);
    }

    /** Stops the writer, writes what is queued, and closes the file. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        writer.interrupt();
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            flush();
        } catch (StoreException e) {
            LOG.error("{}", e.getMessage());
        }
        synchronized (db) {
            try {
                db.close();
            } catch (SQLException e) {
                LOG.warn("closing the question log {}: {}", file, e.getMessage());
            }
        }
    }
}
