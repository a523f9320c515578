package kz.bot.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed knowledge file.
 *
 * @param file   path relative to the knowledge directory, with '/' separators
 * @param date   the document's date; null only when the file failed to give one (a problem was reported)
 * @param source where the facts originally come from, as the document states it (may be empty)
 * @param covers what the document covers, for /sources (may be empty)
 * @param asOf   the year or date the document's figures describe (may be empty)
 */
public record Document(
        String file,
        DocumentKind kind,
        String title,
        LocalDate date,
        String source,
        String covers,
        String asOf,
        List<Passage> passages,
        List<Statement> statements) {

    public Document {
        passages = List.copyOf(passages);
        statements = List.copyOf(statements);
    }
}
