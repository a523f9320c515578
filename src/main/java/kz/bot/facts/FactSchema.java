package kz.bot.facts;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of a fact store file, in one place so that {@link FactWriter} and {@link FactReader} agree on them.
 * Stateless; thread-safe.
 */
final class FactSchema {

    private static final String TABLES = """
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

    private FactSchema() {
    }

    /**
     * Creates every table and index on {@code c}, in the transaction it is in. A fact store is written once, into a new
     * file, so there is nothing to upgrade: the tables never exist already.
     */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : TABLES.split(";")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
        }
    }
}
