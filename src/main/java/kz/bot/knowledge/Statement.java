package kz.bot.knowledge;

/**
 * One structured statement of a document (a FACTBOX line, a city-entry line, a table cell): {@code entity}'s {@code attribute} is {@code value}.
 *
 * @param number the value as a number when it is a quantity (a city's population), otherwise null
 * @param asOf   the year or date the value describes when the document says so, otherwise empty
 * @param line   where the statement stands in its file
 */
public record Statement(EntityName entity, String attribute, String value, Double number, String asOf, int line) {
}
