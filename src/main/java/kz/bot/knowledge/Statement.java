package kz.bot.knowledge;

import java.util.Map;

/**
 * One structured statement of a document (a FACTBOX line, an entry line, a table cell): {@code entity}'s
 * {@code attribute} is {@code value}.
 *
 * @param number       the value as a number when it is a quantity (a city's population), otherwise null
 * @param asOf         the year or date the value describes when the document says so, otherwise empty
 * @param line         where the statement stands in its file
 * @param translations language code ("ru", "kk") → the value in that language, from a translation file
 */
public record Statement(EntityName entity, String attribute, String value, Double number, String asOf, int line,
                        Map<String, String> translations) {

    public Statement {
        translations = Map.copyOf(translations);
    }

    public Statement(EntityName entity, String attribute, String value, Double number, String asOf, int line) {
        this(entity, attribute, value, number, asOf, line, Map.of());
    }

    /** The statement with {@code translations} instead of its own. */
    public Statement withTranslations(Map<String, String> translations) {
        return new Statement(entity, attribute, value, number, asOf, line, translations);
    }
}
