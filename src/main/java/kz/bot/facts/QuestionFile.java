package kz.bot.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question log's file, kept usable: a {@link QuestionDb} that, when SQLite says the file is damaged or not a
 * database at all (at opening, or on a later write, read or removal), is closed, moved aside with its WAL — kept for
 * whoever wants to look at it — and replaced by a new, empty one, with one line in the log. Every other failure is
 * the caller's. Not thread-safe: {@link QuestionLog} calls it under its lock.
 */
final class QuestionFile implements AutoCloseable {

    /** Under the question log's name: to whoever reads the log, these are its lines, as they always were. */
    private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private QuestionDb db;
    private String movedAside = "";

    private QuestionFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the log at {@code file}; a damaged file is moved aside, its name stamped with
     * {@code clock}'s time, and a new log started.
     *
     * @throws StoreException when no log can be opened there at all (the directory is not writable)
     */
    static QuestionFile open(Path file, Clock clock) {
        QuestionFile f = new QuestionFile(file, clock);
        f.db = f.openOrReplace();
        return f;
    }

    /** Writes {@code batch}; into a new file when the old one turns out damaged. */
    void insert(List<LoggedQuestion> batch) throws SQLException {
        replacingDamaged(q -> {
            q.insert(batch);
            return null;
        });
    }

    /** As {@link QuestionDb#stats}; counted from empty when the file turns out damaged and is replaced. */
    QuestionStats stats(int top) throws SQLException {
        return replacingDamaged(q -> q.stats(top));
    }

    /**
     * As {@link QuestionDb#prune}. A damaged file is replaced, and nothing is left to remove from the new one: 0. Old
     * pages are where damage hides longest: only removal reads them.
     */
    int prune(long beforeMillis, long keepRows) throws SQLException {
        try {
            return db.prune(beforeMillis, keepRows);
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw e;
            }
            replaceDamaged(e);
            return 0;
        }
    }

    /** As {@link QuestionDb#statsPlan}. */
    List<String> statsPlan() throws SQLException {
        return db.statsPlan();
    }

    /** As {@link QuestionDb#integrityCheck}; a damaged file is reported here, not replaced. */
    String integrityCheck() throws SQLException {
        return db.integrityCheck();
    }

    /** As {@link QuestionDb#maxPageCount} (for tests). */
    void maxPageCount(long pages) throws SQLException {
        db.maxPageCount(pages);
    }

    /** The name of the damaged file this process moved aside last; empty when none. */
    String movedAside() {
        return movedAside;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    /** True when {@code e} says the file is damaged or not a database at all (SQLITE_CORRUPT, SQLITE_NOTADB). */
    static boolean damaged(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 11 || primary == 26;
    }

    @FunctionalInterface
    private interface Call<T> {
        T on(QuestionDb q) throws SQLException;
    }

    /** Runs {@code call}; when the file turns out damaged, replaces it and runs {@code call} again on the new one. */
    private <T> T replacingDamaged(Call<T> call) throws SQLException {
        try {
            return call.on(db);
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw e;
            }
            replaceDamaged(e);
            return call.on(db);
        }
    }

    /** Opens the file; if it is damaged, moves it aside and opens a new one. */
    private QuestionDb openOrReplace() {
        try {
            return QuestionDb.open(file);
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw new StoreException("cannot open the question log " + file + ": " + e.getMessage(), e);
            }
            moveAside(e);
            try {
                return QuestionDb.open(file);
            } catch (SQLException again) {
                throw new StoreException("cannot open a new question log " + file + ": " + again.getMessage(), again);
            }
        }
    }

    /** Moves the damaged file (and its WAL) aside, keeping it, and says so in one line. */
    private void moveAside(SQLException why) {
        String stamp = ASIDE.format(clock.instant());
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path part = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(part)) {
                    Files.move(part, aside.resolveSibling(aside.getFileName() + suffix),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new StoreException("the question log " + file + " is damaged (" + why.getMessage()
                    + ") and cannot be moved aside: " + e.getMessage(), why);
        }
        movedAside = aside.getFileName().toString();
        LOG.warn("the question log {} is damaged ({}); moved aside to {} and a new one started", file,
                why.getMessage(), aside.getFileName());
    }

    /** A damaged file met while the log was open: the connection goes, the file is moved aside, a new log starts. */
    private void replaceDamaged(SQLException why) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // it is being thrown away
        }
        moveAside(why);
        db = openOrReplace();
    }
}
