package kz.bot.facts;

import java.util.Map;
import kz.bot.language.Language;

/**
 * A structured fact as stored: {@code entity}'s {@code attribute} is {@code value}, according to {@code source}.
 *
 * @param attributeKey the attribute compared across documents (lower case; "major city" reads "administrative center")
 * @param number       the value as a number when it is a quantity, otherwise null
 * @param asOf         the year the value describes when known, otherwise empty
 * @param translations language code ("ru", "kk") → the value in that language
 */
public record Fact(long id, Entity entity, String attributeKey, String attribute, String value, Double number,
                   String asOf, Source source, int line, Map<String, String> translations) {

    public Fact {
        translations = Map.copyOf(translations);
    }

    /** The value in {@code language}, or null when it has no translation there (English is the value itself). */
    public String valueIn(Language language) {
        return language == Language.EN ? value : translations.get(language.code());
    }
}
