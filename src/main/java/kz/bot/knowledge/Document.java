package kz.bot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A parsed knowledge file.
 *
 * @param file         path relative to the knowledge directory, with '/' separators
 * @param date         the document's date; null only when the file failed to give one (a problem was reported)
 * @param source       where the facts originally come from, as the document states it (may be empty)
 * @param covers       what the document covers, for /sources (may be empty)
 * @param asOf         the year or date the document's figures describe (may be empty)
 * @param language     the language the document is written in ("en", "ru" or "kk")
 * @param translates   for a translation file, the file name of the original it translates; empty otherwise
 * @param labels       attribute name (as the original writes it) → how it is called in this document's language,
 *                     from a {@code [LABELS]} block
 * @param translations language code → the title, source and covers line in that language, from translation files
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
        List<Statement> statements,
        String language,
        String translates,
        Map<String, String> labels,
        Map<String, Text> translations) {

    public Document {
        passages = List.copyOf(passages);
        statements = List.copyOf(statements);
        labels = Map.copyOf(labels);
        translations = Map.copyOf(translations);
    }

    /** An English original without labels or translations. */
    public Document(String file, DocumentKind kind, String title, LocalDate date, String source, String covers,
                    String asOf, List<Passage> passages, List<Statement> statements) {
        this(file, kind, title, date, source, covers, asOf, passages, statements, "en", "", Map.of(), Map.of());
    }

    /** True for a translation file, whose content is merged into its original. */
    public boolean isTranslation() {
        return !translates.isEmpty();
    }

    /** This document with its passages, statements and translations replaced: the original once merged. */
    public Document merged(List<Passage> passages, List<Statement> statements, Map<String, Text> translations) {
        return new Document(file, kind, title, date, source, covers, asOf, passages, statements, language, translates,
                labels, translations);
    }

    /** A document's title, source and covers line in one language. */
    public record Text(String title, String source, String covers) {
    }
}
