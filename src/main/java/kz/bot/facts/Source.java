package kz.bot.facts;

import java.time.LocalDate;
import java.util.Map;
import kz.bot.language.Language;

/**
 * A knowledge document as a citation: where an answer comes from.
 *
 * @param date         the document's date, null when the file gave none
 * @param origin       the original source the document names (may be empty)
 * @param translations language code → the title, origin and covers line in that language
 */
public record Source(long id, String file, String kind, String title, LocalDate date, String origin, String covers,
                     String asOf, int passages, int facts, Map<String, Text> translations) {

    public Source {
        translations = Map.copyOf(translations);
    }

    public Source(long id, String file, String kind, String title, LocalDate date, String origin, String covers,
                  String asOf, int passages, int facts) {
        this(id, file, kind, title, date, origin, covers, asOf, passages, facts, Map.of());
    }

    Source withTranslations(Map<String, Text> translations) {
        return new Source(id, file, kind, title, date, origin, covers, asOf, passages, facts, translations);
    }

    /** "Title, 2026-02-13" — how answers cite the document. */
    public String citation() {
        return date == null ? title : title + ", " + date;
    }

    /** The citation with the title in {@code language} when the document has a translation there. */
    public String citation(Language language) {
        Text t = translations.get(language.code());
        String shown = t == null ? title : t.title();
        return date == null ? shown : shown + ", " + date;
    }

    /** A document's title, source and covers line in one language. */
    public record Text(String title, String origin, String covers) {
    }
}
