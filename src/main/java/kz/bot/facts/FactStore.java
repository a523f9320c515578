package kz.bot.facts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.Problem;

/**
 * The SQLite file of one knowledge base: documents, entities, facts, names and the problems found while loading.
 * Written once by {@link #write}, then only read. Only prepared statements touch user-supplied text. This class owns
 * how the file is opened and where the transaction goes; the tables are {@link FactSchema}'s, the rows are written by
 * {@link FactWriter} and read by {@link FactReader}. Stateless, so thread-safe: each call opens its own connection.
 */
public final class FactStore {

    private FactStore() {
    }

    /**
     * Writes {@code knowledge} into a new SQLite file at {@code db} in one transaction, with {@code meta} entries.
     *
     * @throws StoreException when SQLite fails (disk full, file exists, …)
     */
    public static void write(Path db, Knowledge knowledge, Map<String, String> meta) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                // Not WAL, on purpose. WAL is for files written while they are read (the question log); this one is
                // written once, in one transaction, inside a build directory that is switched in by rename. With
                // DELETE the file is whole in itself once the connection closes, so the directory can be fsynced and
                // renamed as is, and later opened read-only; WAL would leave -wal/-shm files to checkpoint first, and
                // a read-only open of a WAL database needs them. A crash before the rename leaves a .tmp- directory
                // that start-up deletes, so SQLite's own syncs are not needed either: Library fsyncs the whole
                // directory (Durable.syncTree) before renaming it.
                s.execute("PRAGMA journal_mode=DELETE");
                s.execute("PRAGMA synchronous=OFF");
                s.executeUpdate("PRAGMA foreign_keys=ON");
            }
            c.setAutoCommit(false);
            FactSchema.create(c);
            FactWriter writer = new FactWriter(c, knowledge);
            writer.writeKnowledge();
            writer.writeMeta(meta);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot write " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the whole fact book of the SQLite file at {@code db}, with its load problems and metadata.
     *
     * @throws StoreException when SQLite fails or a row cannot be read back (a date that does not parse, …)
     */
    public static Stored read(Path db) {
        try (Connection c = openReadOnly(db)) {
            return new FactReader(c).read();
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot read " + db + ": " + e.getMessage(), e);
        }
    }

    /** Runs SQLite's own consistency check on {@code db}; "ok" when the file is sound. */
    public static String integrityCheck(Path db) {
        try (Connection c = openReadOnly(db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** Read-only: a build, once written, is only ever read. */
    private static Connection openReadOnly(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
    }

    /** What a fact store holds besides the facts: the load problems and the build's metadata. */
    public record Stored(FactBook book, List<Problem> problems, Map<String, String> meta) {
    }
}
