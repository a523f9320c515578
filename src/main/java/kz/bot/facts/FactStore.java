package kz.bot.facts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bot.knowledge.Alias;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.EntityName;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.Names;
import kz.bot.knowledge.Problem;

/**
 * The SQLite file of one knowledge base: documents, entities, facts, names and the problems found while loading.
 * Written once by {@link #write}, then only read. Only prepared statements touch user-supplied text.
 */
public final class FactStore {

    private static final String SCHEMA = """
            CREATE TABLE documents(
              id INTEGER PRIMARY KEY, file TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL,
              date TEXT NOT NULL, source TEXT NOT NULL, covers TEXT NOT NULL, as_of TEXT NOT NULL,
              passages INTEGER NOT NULL);
            CREATE TABLE entities(
              id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, UNIQUE(kind, name));
            CREATE TABLE facts(
              id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL REFERENCES entities(id),
              attribute_key TEXT NOT NULL, attribute TEXT NOT NULL, value TEXT NOT NULL, number REAL,
              as_of TEXT NOT NULL, document_id INTEGER NOT NULL REFERENCES documents(id), line INTEGER NOT NULL);
            CREATE INDEX facts_by_entity ON facts(entity_id, attribute_key);
            CREATE TABLE aliases(
              alias TEXT NOT NULL, language TEXT NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities(id),
              usual INTEGER NOT NULL, document_id INTEGER NOT NULL REFERENCES documents(id),
              PRIMARY KEY(alias, entity_id, language));
            CREATE TABLE fact_texts(
              fact_id INTEGER NOT NULL REFERENCES facts(id), language TEXT NOT NULL, value TEXT NOT NULL,
              PRIMARY KEY(fact_id, language));
            CREATE TABLE document_texts(
              document_id INTEGER NOT NULL REFERENCES documents(id), language TEXT NOT NULL, title TEXT NOT NULL,
              source TEXT NOT NULL, covers TEXT NOT NULL, PRIMARY KEY(document_id, language));
            CREATE TABLE labels(
              language TEXT NOT NULL, attribute_key TEXT NOT NULL, label TEXT NOT NULL,
              PRIMARY KEY(language, attribute_key));
            CREATE TABLE problems(file TEXT NOT NULL, line INTEGER NOT NULL, message TEXT NOT NULL);
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """;

    private FactStore() {
    }

    /**
     * Writes {@code knowledge} into a new SQLite file at {@code db} in one transaction, with {@code meta} entries.
     *
     * @throws StoreException when SQLite fails (disk full, file exists, …)
     */
    public static void write(Path db, Knowledge knowledge, Map<String, String> meta) {
        try (Connection c = open(db)) {
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
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            new Writer(c, knowledge).write();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
                for (var e : meta.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1")) {
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static Connection open(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    /** What a fact store holds besides the facts: the load problems and the build's metadata. */
    public record Stored(FactBook book, List<Problem> problems, Map<String, String> meta) {
    }

    /** Inserts documents, entities, facts and names, linking names that mean the same entity. */
    private static final class Writer {
        private final Connection c;
        private final Knowledge knowledge;
        private final Linker linker;
        private final Map<String, Long> entityIds = new HashMap<>();

        Writer(Connection c, Knowledge knowledge) {
            this.c = c;
            this.knowledge = knowledge;
            this.linker = new Linker(knowledge.documents());
        }

        void write() throws SQLException {
            try (PreparedStatement doc = c.prepareStatement("""
                    INSERT INTO documents(file, kind, title, date, source, covers, as_of, passages)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement fact = c.prepareStatement("""
                    INSERT INTO facts(entity_id, attribute_key, attribute, value, number, as_of, document_id, line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement alias = c.prepareStatement("""
                    INSERT INTO aliases(alias, language, entity_id, usual, document_id) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET usual = max(usual, excluded.usual)""");
                 PreparedStatement entity = c.prepareStatement(
                         "INSERT INTO entities(kind, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement factText = c.prepareStatement(
                         "INSERT OR REPLACE INTO fact_texts(fact_id, language, value) VALUES (?, ?, ?)");
                 PreparedStatement docText = c.prepareStatement("""
                    INSERT INTO document_texts(document_id, language, title, source, covers)
                    VALUES (?, ?, ?, ?, ?)""")) {
                Map<String, Long> docIds = new HashMap<>(); // file → its row, for the centres' names below
                for (Document d : knowledge.documents()) {
                    doc.setString(1, d.file());
                    doc.setString(2, d.kind().name().toLowerCase(java.util.Locale.ROOT));
                    doc.setString(3, d.title());
                    doc.setString(4, d.date() == null ? "" : d.date().toString());
                    doc.setString(5, d.source());
                    doc.setString(6, d.covers());
                    doc.setString(7, d.asOf());
                    doc.setInt(8, d.passages().size());
                    doc.executeUpdate();
                    long docId;
                    try (ResultSet keys = doc.getGeneratedKeys()) {
                        keys.next();
                        docId = keys.getLong(1);
                    }
                    docIds.put(d.file(), docId);
                    for (var t : d.translations().entrySet()) {
                        docText.setLong(1, docId);
                        docText.setString(2, t.getKey());
                        docText.setString(3, t.getValue().title());
                        docText.setString(4, t.getValue().source());
                        docText.setString(5, t.getValue().covers());
                        docText.addBatch();
                    }
                    for (var s : d.statements()) {
                        EntityName name = linker.canonical(s.entity());
                        long entityId = entityId(entity, alias, name, docId);
                        fact.setLong(1, entityId);
                        fact.setString(2, Names.attributeKey(s.attribute()));
                        fact.setString(3, s.attribute());
                        fact.setString(4, s.value());
                        if (s.number() == null) {
                            fact.setNull(5, Types.REAL);
                        } else {
                            fact.setDouble(5, s.number());
                        }
                        fact.setString(6, s.asOf());
                        fact.setLong(7, docId);
                        fact.setInt(8, s.line());
                        fact.executeUpdate();
                        if (!s.translations().isEmpty()) {
                            long factId;
                            try (ResultSet keys = fact.getGeneratedKeys()) {
                                keys.next();
                                factId = keys.getLong(1);
                            }
                            for (var t : s.translations().entrySet()) {
                                factText.setLong(1, factId);
                                factText.setString(2, t.getKey());
                                factText.setString(3, t.getValue());
                                factText.addBatch();
                            }
                        }
                        for (Alias a : Names.aliases(s)) {
                            addAlias(alias, a.name(), a.language(), a.usual(), entityId, docId);
                        }
                        if (!name.name().equals(s.entity().name())) {
                            addAlias(alias, s.entity().name(), Names.scriptLanguage(s.entity().name()), false,
                                    entityId, docId);
                        }
                    }
                }
                addCentres(entity, alias, docIds);
                alias.executeBatch();
                factText.executeBatch();
                docText.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO labels(language, attribute_key, label) VALUES (?, ?, ?)")) {
                for (var byLanguage : knowledge.labels().entrySet()) {
                    for (var label : byLanguage.getValue().entrySet()) {
                        p.setString(1, byLanguage.getKey());
                        p.setString(2, label.getKey());
                        p.setString(3, label.getValue());
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO problems(file, line, message) VALUES (?, ?, ?)")) {
                for (Problem problem : knowledge.problems()) {
                    p.setString(1, problem.file());
                    p.setInt(2, problem.line());
                    p.setString(3, problem.message());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }

        /**
         * A region's administrative centre is a city, named in the documents even where none describes it (the
         * 2026 guide names fourteen centres and describes five): each such name becomes a city with its names in
         * every language its fact gives, so "which region is Oskemen in" finds the city, and the region whose centre
         * it is answers. A value that is not a plain name (digits, a list, a long phrase) is left alone.
         */
        private void addCentres(PreparedStatement entity, PreparedStatement alias, Map<String, Long> docIds)
                throws SQLException {
            for (Document d : knowledge.documents()) {
                for (var s : d.statements()) {
                    if (s.entity().kind() != EntityKind.REGION
                            || !Names.attributeKey(s.attribute()).equals(CENTRE) || !plainName(s.value())) {
                        continue;
                    }
                    EntityName city = linker.canonical(new EntityName(EntityKind.CITY, s.value().strip()));
                    if (entityIds.containsKey(EntityKind.CITY + "|" + city.name())) {
                        continue;
                    }
                    long docId = docIds.get(d.file());
                    long id = entityId(entity, alias, city, docId);
                    for (var t : s.translations().entrySet()) {
                        if (plainName(t.getValue())) {
                            addAlias(alias, t.getValue().strip(), t.getKey(), true, id, docId);
                        }
                    }
                }
            }
        }

        private static final String CENTRE = "administrative center";

        private static boolean plainName(String value) {
            String v = value.strip();
            return !v.isEmpty() && v.split("\\s+").length <= 3 && v.chars().noneMatch(Character::isDigit)
                    && v.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == '(' || ch == ':');
        }

        private long entityId(PreparedStatement insert, PreparedStatement alias, EntityName name, long docId)
                throws SQLException {
            String key = name.kind() + "|" + name.name();
            Long id = entityIds.get(key);
            if (id != null) {
                return id;
            }
            insert.setString(1, name.kind().word());
            insert.setString(2, name.name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            entityIds.put(key, id);
            addAlias(alias, name.name(), "en", true, id, docId);
            return id;
        }

        private static void addAlias(PreparedStatement alias, String name, String language, boolean usual,
                                     long entityId, long docId) throws SQLException {
            alias.setString(1, name);
            alias.setString(2, language);
            alias.setLong(3, entityId);
            alias.setInt(4, usual ? 1 : 0);
            alias.setLong(5, docId);
            alias.addBatch();
        }
    }
}
