package kz.bot.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Problem;

/**
 * Reads the tables of {@link FactSchema} back into a {@link FactBook}, with the load problems and the build's
 * metadata: each table is read whole and its rows are joined to the others in memory, by id. The caller owns the
 * connection. One reader per read; not thread-safe.
 */
final class FactReader {

    private final Connection c;

    FactReader(Connection c) {
        this.c = c;
    }

    /**
     * Reads everything. Rows refer to each other by id, so the tables are read in the order of those references:
     * documents, then names, then entities (which carry their usual names), then facts (which point to both).
     */
    FactStore.Stored read() throws SQLException {
        Map<Long, Source> sources = sources();
        Map<Long, Map<String, Source.Text>> docTexts = documentTexts();
        sources.replaceAll((id, src) -> src.withTranslations(docTexts.getOrDefault(id, Map.of())));
        List<AliasRow> aliases = aliases();
        Map<Long, Entity> entities = entities(usualNames(aliases));
        List<NameEntry> names = new ArrayList<>();
        for (AliasRow a : aliases) {
            names.add(new NameEntry(a.name(), a.language(), entities.get(a.entityId())));
        }
        Map<Long, Map<String, String>> factTexts = factTexts();
        List<Fact> facts = facts(entities, sources, factTexts);
        Map<String, Map<String, String>> labels = labels();
        List<Problem> problems = problems();
        Map<String, String> meta = meta();
        return new FactStore.Stored(new FactBook(new ArrayList<>(sources.values()),
                new ArrayList<>(entities.values()), names, facts, labels), problems, meta);
    }

    /** One row of {@code aliases}: a name of an entity in a language, and whether it is a usual name to show. */
    private record AliasRow(String name, String language, long entityId, boolean usual) {
    }

    /**
     * The documents by id, in file order. Facts are counted per document in one grouped scan: a count per document
     * would scan every fact once for each document (7 s for 1,000 documents, 130,000 facts).
     */
    private Map<Long, Source> sources() throws SQLException {
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
        return sources;
    }

    /** Per document id, its title, source and coverage per language. */
    private Map<Long, Map<String, Source.Text>> documentTexts() throws SQLException {
        Map<Long, Map<String, Source.Text>> docTexts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT document_id, language, title, source, covers FROM document_texts");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                docTexts.computeIfAbsent(r.getLong(1), k -> new HashMap<>())
                        .put(r.getString(2), new Source.Text(r.getString(3), r.getString(4), r.getString(5)));
            }
        }
        return docTexts;
    }

    /** Every name, usual ones first, then in the order of the documents that gave them. */
    private List<AliasRow> aliases() throws SQLException {
        List<AliasRow> aliases = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT alias, language, entity_id, usual FROM aliases ORDER BY usual DESC, document_id, rowid");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                aliases.add(new AliasRow(r.getString(1), r.getString(2), r.getLong(3), r.getInt(4) == 1));
            }
        }
        return aliases;
    }

    /** Per entity id, its usual names per language, in the order of {@code aliases}. */
    private static Map<Long, Map<String, List<String>>> usualNames(List<AliasRow> aliases) {
        Map<Long, Map<String, List<String>>> namesOf = new HashMap<>();
        for (AliasRow a : aliases) {
            if (a.usual()) {
                namesOf.computeIfAbsent(a.entityId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(a.language(), k -> new ArrayList<>()).add(a.name());
            }
        }
        return namesOf;
    }

    /** The entities by id, in id order, each with its usual names from {@code namesOf}. */
    private Map<Long, Entity> entities(Map<Long, Map<String, List<String>>> namesOf) throws SQLException {
        Map<Long, Entity> entities = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, kind, name FROM entities ORDER BY id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                entities.put(id, new Entity(id, EntityKind.fromWord(r.getString(2)), r.getString(3),
                        namesOf.getOrDefault(id, Map.of())));
            }
        }
        return entities;
    }

    /** Per fact id, its value per language. */
    private Map<Long, Map<String, String>> factTexts() throws SQLException {
        Map<Long, Map<String, String>> factTexts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT fact_id, language, value FROM fact_texts");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                factTexts.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        return factTexts;
    }

    /** The facts in id order, that is in the order they were written, joined to their entity and document. */
    private List<Fact> facts(Map<Long, Entity> entities, Map<Long, Source> sources,
                             Map<Long, Map<String, String>> factTexts) throws SQLException {
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
        return facts;
    }

    /** Per language, the label of each attribute key. */
    private Map<String, Map<String, String>> labels() throws SQLException {
        Map<String, Map<String, String>> labels = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT language, attribute_key, label FROM labels");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                labels.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        return labels;
    }

    /** The load problems, in the order they were found. */
    private List<Problem> problems() throws SQLException {
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT file, line, message FROM problems ORDER BY rowid");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                problems.add(new Problem(r.getString(1), r.getInt(2), r.getString(3)));
            }
        }
        return problems;
    }

    /** The build's metadata (the content hash, …), in the order SQLite returns it. */
    private Map<String, String> meta() throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT key, value FROM meta");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                meta.put(r.getString(1), r.getString(2));
            }
        }
        return meta;
    }
}
