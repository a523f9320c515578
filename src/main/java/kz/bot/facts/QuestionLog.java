package kz.bot.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions the bot answered, kept in SQLite ({@code DATA_DIR/questions.db}) so that {@code /stats} survives
 * restarts and reloads. {@link #record} only queues: a background thread writes the queue about once a second in one
 * transaction, so logging never slows an answer and a crash loses at most the last second. WAL mode keeps the file
 * consistent whenever the process dies. Thread-safe.
 *
 * <p>The log is statistics, and never stops the bot: a file that is not a sound SQLite database (at start-up or
 * later) is moved aside, kept for whoever wants to look at it, and a new log is started, with one line in the log. A
 * write that fails (a full disk) keeps its questions in memory and is tried again each second, up to
 * {@link #RETAINED_MAX} questions; what had to be dropped is counted in {@link QuestionStats#notLogged()}. The log
 * keeps questions for a limited time and up to a number of them (the older ones are removed every minute), and
 * {@code /stats} counts what it keeps. Replacing a damaged file is {@link QuestionFile}'s work; keeping the questions
 * that wait to be written, and counting those dropped, is {@link PendingQuestions}'.
 */
public final class QuestionLog implements AutoCloseable {

    /** Longer questions are cut: the log is for statistics, not an archive of whatever people paste. */
    public static final int MAX_TEXT = 500;
    /** Questions waiting to be written; beyond this they are dropped (and counted) rather than slowing answers. */
    static final int QUEUE_CAPACITY = 10_000;
    /** Questions kept in memory while writing fails (a full disk): a few megabytes at most, then the oldest go. */
    static final int RETAINED_MAX = 20_000;
    static final long WRITE_INTERVAL_MILLIS = 1000;
    /** How often old questions are removed. */
    static final long PRUNE_INTERVAL_MILLIS = 60_000;
    /** How long the writer removes old questions at a time, once a second, while many are due. */
    static final long PRUNE_SLICE_MILLIS = 250;
    /** Retention when none is given: 90 days and at most a million questions (about 60 MB), as configured by default. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofDays(90);
    static final long DEFAULT_MAX_ROWS = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);

    private final Path file;
    private final Duration maxAge;
    private final long maxRows;
    private final Clock clock;
    /** {@link PendingQuestions#offer} from any thread, everything else under {@code this}. */
    private final PendingQuestions pending = new PendingQuestions(QUEUE_CAPACITY, RETAINED_MAX, MAX_TEXT);
    private final Thread writer;
    private final QuestionFile db;
    private boolean failing;
    private long nextPrune;
    private volatile boolean closing;

    private QuestionLog(Path file, Duration maxAge, long maxRows, Clock clock, QuestionFile db) {
        this.file = file;
        this.maxAge = maxAge;
        this.maxRows = maxRows;
        this.clock = clock;
        this.db = db;
        this.writer = new Thread(this::writeLoop, "question-log-writer");
        this.writer.setDaemon(true); // close() flushes; a daemon never keeps a dying JVM alive
    }

    /** As {@link #open(Path, Duration, long)} with the production retention. */
    public static QuestionLog open(Path file) {
        return open(file, DEFAULT_MAX_AGE, DEFAULT_MAX_ROWS);
    }

    /**
     * Opens (creating if needed) the log at {@code file}, keeping questions for {@code maxAge} and at most
     * {@code maxRows} of them, and starts its writer. A damaged file is moved aside and a new log started.
     *
     * @throws StoreException when no log can be opened there at all (the directory is not writable)
     * @throws UncheckedIOException when its directory cannot be created
     */
    public static QuestionLog open(Path file, Duration maxAge, long maxRows) {
        return open(file, maxAge, maxRows, Clock.systemUTC());
    }

    static QuestionLog open(Path file, Duration maxAge, long maxRows, Clock clock) {
        if (maxAge.isNegative() || maxAge.isZero() || maxRows < 1) {
            throw new IllegalArgumentException("retention must be positive: " + maxAge + ", " + maxRows + " rows");
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
        // the writer trims the file to the retention, starting a second from now
        QuestionLog log = new QuestionLog(file, maxAge, maxRows, clock, QuestionFile.open(file, clock));
        log.writer.start();
        return log;
    }

    /** Queues {@code question} for writing; never blocks. */
    public void record(LoggedQuestion question) {
        if (closing) {
            return;
        }
        pending.offer(question);
    }

    /**
     * Writes every queued question now. When the write fails (a full disk) the questions stay in memory to be written
     * by the next flush, up to {@link #RETAINED_MAX}; the oldest beyond that are dropped and counted.
     */
    public synchronized void flush() {
        List<LoggedQuestion> all = pending.toWrite();
        if (all.isEmpty()) {
            return;
        }
        try {
            db.insert(all);
            pending.written();
            if (failing) {
                failing = false;
                LOG.info("question log written again: {} questions that waited are in it", all.size());
            }
        } catch (SQLException e) {
            if (!failing) {
                failing = true;
                LOG.warn("cannot write the question log {} ({}); its questions wait in memory (up to {}) and are"
                        + " written when it can be", file, e.getMessage(), RETAINED_MAX);
            }
        }
    }

    /**
     * Totals over the questions the log keeps and the {@code top} most frequent unanswered ones; questions queued
     * before the call are counted. Reads only the aggregates: fast however long the log.
     *
     * @throws StoreException when SQLite fails (a damaged file is replaced instead, and counted from empty)
     */
    public synchronized QuestionStats stats(int top) {
        flush();
        try {
            QuestionStats s = db.stats(top);
            return new QuestionStats(s.total(), s.unanswered(), s.frequent(), pending.dropped(), db.movedAside());
        } catch (SQLException e) {
            throw new StoreException("cannot read the question log " + file + ": " + e.getMessage(), e);
        }
    }

    /** How SQLite runs the queries of {@link #stats} (for tests: no step may scan the questions). */
    synchronized List<String> statsPlan() throws SQLException {
        return db.statsPlan();
    }

    /**
     * SQLite's own check of the file ({@code PRAGMA integrity_check}): "ok" when it is sound, otherwise the problems
     * it found, one per line.
     *
     * @throws StoreException when SQLite fails
     */
    public synchronized String integrityCheck() {
        try {
            return db.integrityCheck();
        } catch (SQLException e) {
            throw new StoreException("cannot check the question log " + file + ": " + e.getMessage(), e);
        }
    }

    /** For tests: limits the file to {@code pages} pages of SQLite, as a full disk would. */
    synchronized void limitPages(long pages) throws SQLException {
        db.maxPageCount(pages);
    }

    /** Removes every question beyond the retention, a chunk per transaction (for tests: the writer prunes by itself). */
    void pruneNow() {
        while (pruneFor(Long.MAX_VALUE)) {
            // chunk after chunk
        }
    }

    /**
     * Removes questions beyond the retention for about {@code millis}, a chunk per transaction, letting other work in
     * between chunks; returns true when some are left to remove (the writer goes on a second later: a log much
     * longer than its retention, as after an upgrade, is trimmed without stopping the writing for long).
     */
    private boolean pruneFor(long millis) {
        long until = System.nanoTime() + Math.min(millis, Long.MAX_VALUE / 2_000_000) * 1_000_000;
        while (System.nanoTime() < until || millis == Long.MAX_VALUE) {
            synchronized (this) {
                if (!pruneChunk()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Removes one chunk of questions beyond the retention; false when none is left to remove now, or removing failed:
     * either way the next try is a minute later. Under {@code this}.
     */
    private boolean pruneChunk() {
        long before = clock.millis() - maxAge.toMillis();
        try {
            if (db.prune(before, maxRows) > 0) {
                return true;
            }
            nextPrune = clock.millis() + PRUNE_INTERVAL_MILLIS; // all removed, or the file was damaged and replaced
        } catch (SQLException e) {
            nextPrune = clock.millis() + PRUNE_INTERVAL_MILLIS;
            LOG.warn("cannot remove old questions from {}: {}", file, e.getMessage());
        } catch (StoreException e) {
            nextPrune = clock.millis() + PRUNE_INTERVAL_MILLIS; // a damaged file that could not be replaced
            throw e;
        }
        return false;
    }

    /**
     * Every second, writes what has been queued; every minute, removes what is past the retention. Questions stay in
     * the queue until written under the lock, so {@link #stats} (which flushes under the same lock) never misses one
     * the writer is holding.
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
                if (clock.millis() >= nextPrune) {
                    pruneFor(PRUNE_SLICE_MILLIS);
                }
            } catch (RuntimeException e) {
                LOG.error("{}", e.getMessage());
            }
        }
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
        synchronized (this) {
            try {
                flush();
                if (pending.waiting() > 0) {
                    LOG.warn("closing the question log with {} questions that could not be written", pending.waiting());
                }
            } catch (StoreException e) {
                LOG.error("{}", e.getMessage());
            }
            try {
                db.close();
            } catch (SQLException e) {
                LOG.warn("closing the question log {}: {}", file, e.getMessage());
            }
        }
    }
}
