package kz.bot.facts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.Problem;

/**
 * The SQLite file of one knowledge base: documents, entities, facts, names and the problems found while loading.
 * Written once by {@link #write}, then only read. Only prepared statements touch user-supplied text. This class owns
 * how the file is opened and where the transaction goes; the tables are {@link FactSchema}'s, the rows are written by
 * {@link FactWriter}. Stateless, so thread-safe: each call opens its own connection.
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
     * Reads the whole fact book of the SQLite file at {@code db}. Facts are counted per document in one grouped scan:
     * a count per document would scan every fact once for each document (7 s for 1,000 documents, 130,000 facts).
     */
    public static Stored read(Path db) {
        try (Connection c = openReadOnly(db)) {
            Map<Long, Source> sources = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT d.id, d.file, d.kind, d.title, d.date, d.source, d.covers, d.as_of, d.passages,
                           coalesce(c.n, 0)
                    FROM documents d
                    LEFT JOIN (SELECT document_id, count(*) AS n FROM facts GROUP BY document_id) c
                           ON c.document_id = d.id
                    ORDER BY d.file""");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String date = r.getString(5);
                    sources.put(r.getLong(1), new Source(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            date.isEmpty() ? null : LocalDate.parse(date), r.getString(6), r.getString(7),
                            r.getString(8), r.getInt(9), r.getInt(10)));
                }
            }
            Map<Long, Map<String, Source.Text>> docTexts = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT document_id, language, title, source, covers FROM document_texts");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    docTexts.computeIfAbsent(r.getLong(1), k -> new HashMap<>())
                            .put(r.getString(2), new Source.Text(r.getString(3), r.getString(4), r.getString(5)));
                }
            }
            sources.replaceAll((id, src) -> src.withTranslations(docTexts.getOrDefault(id, Map.of())));
            Map<Long, Map<String, List<String>>> namesOf = new HashMap<>();
            List<Object[]> aliasRows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT alias, language, entity_id, usual FROM aliases ORDER BY usual DESC, document_id, rowid");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    aliasRows.add(new Object[] {r.getString(1), r.getString(2), r.getLong(3)});
                    if (r.getInt(4) == 1) {
                        namesOf.computeIfAbsent(r.getLong(3), k -> new LinkedHashMap<>())
                                .computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getString(1));
                    }
                }
            }
            Map<Long, Entity> entities = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, kind, name FROM entities ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    entities.put(id, new Entity(id, EntityKind.fromWord(r.getString(2)), r.getString(3),
                            namesOf.getOrDefault(id, Map.of())));
                }
            }
            List<NameEntry> names = new ArrayList<>();
            for (Object[] row : aliasRows) {
                names.add(new NameEntry((String) row[0], (String) row[1], entities.get((Long) row[2])));
            }
            Map<Long, Map<String, String>> factTexts = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT fact_id, language, value FROM fact_texts");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    factTexts.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                }
            }
            List<Fact> facts = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT id, entity_id, attribute_key, attribute, value, number, as_of, document_id, line
                    FROM facts ORDER BY id""");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double number = r.getDouble(6);
                    Double n = r.wasNull() ? null : number;
                    facts.add(new Fact(r.getLong(1), entities.get(r.getLong(2)), r.getString(3), r.getString(4),
                            r.getString(5), n, r.getString(7), sources.get(r.getLong(8)), r.getInt(9),
                            factTexts.getOrDefault(r.getLong(1), Map.of())));
                }
            }
            Map<String, Map<String, String>> labels = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT language, attribute_key, label FROM labels");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    labels.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                }
            }
            List<Problem> problems = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT file, line, message FROM problems ORDER BY rowid");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    problems.add(new Problem(r.getString(1), r.getInt(2), r.getString(3)));
                }
            }
            Map<String, String> meta = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT key, value FROM meta");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    meta.put(r.getString(1), r.getString(2));
                }
            }
            return new Stored(new FactBook(new ArrayList<>(sources.values()), new ArrayList<>(entities.values()),
                    names, facts, labels), problems, meta);
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
