package kz.bot.knowledge;

import java.util.Map;

/**
 * A paragraph-sized piece of text, with the section it stands in (empty when none) and its first line.
 *
 * @param prose        true for a paragraph, bullet or note as written; false for the text a parser builds from facts
 *                     (a fact box, an entry, a table row), which the facts themselves answer
 * @param sectionNo    which section of its document it stands in: 0 before the first, then 1, 2, …
 * @param translations language code ("ru", "kk") → the passage in that language, from a translation file
 */
public record Passage(String section, String text, int line, boolean prose, int sectionNo,
                      Map<String, Text> translations) {

    public Passage {
        translations = Map.copyOf(translations);
    }

    /** A passage of prose in section 0, without translations. */
    public Passage(String section, String text, int line) {
        this(section, text, line, true, 0, Map.of());
    }

    /** The passage with {@code translations} instead of its own. */
    public Passage withTranslations(Map<String, Text> translations) {
        return new Passage(section, text, line, prose, sectionNo, translations);
    }

    /** A passage's text and section title in one language. */
    public record Text(String section, String text) {
    }
}
