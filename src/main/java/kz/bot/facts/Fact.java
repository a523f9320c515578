package kz.bot.facts;

/**
 * A structured fact as stored: {@code entity}'s {@code attribute} is {@code value}, according to {@code source}.
 *
 * @param attributeKey the attribute compared across documents (lower case; "major city" reads "administrative center")
 * @param number       the value as a number when it is a quantity, otherwise null
 * @param asOf         the year the value describes when known, otherwise empty
 */
public record Fact(long id, Entity entity, String attributeKey, String attribute, String value, Double number,
                   String asOf, Source source, int line) {
}
