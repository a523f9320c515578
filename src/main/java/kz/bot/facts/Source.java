package kz.bot.facts;

import java.time.LocalDate;

/**
 * A knowledge document as a citation: where an answer comes from.
 *
 * @param date   the document's date, null when the file gave none
 * @param origin the original source the document names (may be empty)
 */
public record Source(long id, String file, String kind, String title, LocalDate date, String origin, String covers,
                     String asOf, int passages, int facts) {

    /** "Title, 2026-02-13" — how answers cite the document. */
    public String citation() {
        return date == null ? title : title + ", " + date;
    }
}
