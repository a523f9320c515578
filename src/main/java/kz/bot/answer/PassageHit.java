package kz.bot.answer;

import java.time.LocalDate;

/**
 * A passage found for a question.
 *
 * @param score    the search engine's score (BM25); only comparable within one search
 * @param coverage the share (0–1) of the question's meaningful words, weighted by rarity, that the passage contains;
 *                 words the knowledge base has never seen count fully against it
 */
public record PassageHit(String text, String title, String section, String file, LocalDate date, float score,
                         double coverage) {

    /** "Title, 2026-02-13" — how answers cite the passage's document. */
    public String citation() {
        return date == null ? title : title + ", " + date;
    }
}
