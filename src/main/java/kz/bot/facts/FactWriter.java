package kz.bot.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.bot.knowledge.Alias;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.EntityName;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.Names;
import kz.bot.knowledge.Problem;

/**
 * Inserts one knowledge base into the tables of {@link FactSchema}: documents, entities, facts and names (linking
 * names that mean the same entity), labels, load problems and metadata. Only prepared statements touch the text of
 * the knowledge files. The caller owns the connection and its transaction. One writer per write; not thread-safe.
 */
final class FactWriter {

    /** The attribute key of a region's administrative centre, whose value names a city. */
    private static final String CENTRE = "administrative center";

    private final Connection c;
    private final Knowledge knowledge;
    private final Linker linker;
    private final Map<String, Long> entityIds = new HashMap<>();

    FactWriter(Connection c, Knowledge knowledge) {
        this.c = c;
        this.knowledge = knowledge;
        this.linker = new Linker(knowledge.documents());
    }

    /** Inserts the documents with their facts and names, then the labels and the load problems. */
    void writeKnowledge() throws SQLException {
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
                doc.setString(2, d.kind().name().toLowerCase(Locale.ROOT));
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

    /** Inserts the build's {@code meta} entries (the content hash, …). */
    void writeMeta(Map<String, String> meta) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
            for (var e : meta.entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * A region's administrative centre is a city, named in the documents even where none describes it (the 2026 guide
     * names fourteen centres and describes five): each such name becomes a city with its names in every language its
     * fact gives, so "which region is Oskemen in" finds the city, and the region whose centre it is answers. A value
     * that is not a plain name (digits, a list, a long phrase) is left alone.
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
        for (Alias a : kz.bot.knowledge.PlaceNames.builtIn().of(name.kind(), name.name())) {
            addAlias(alias, a.name(), a.language(), a.usual(), id, docId); // «Байқоңыр» for a guide's "Baikonur"
        }
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
