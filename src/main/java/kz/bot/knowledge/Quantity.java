package kz.bot.knowledge;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads population-like figures as written in the documents: "1.8M", "500,000", "about 2.2 million", "1,35 млн". */
final class Quantity {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:[,\\s]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(m\\b|mn\\b|million\\b|млн|k\\b|thousand\\b|тыс)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Quantity() {
    }

    /**
     * The value of a quantity attribute as a number — population, area, coordinates, a road distance — or null for
     * any other attribute or a value without a figure. Coordinates keep their decimals; the rest are whole numbers.
     */
    static Double ofAttribute(String attribute, String value) {
        String key = Names.attributeKey(attribute);
        if (key.equals("latitude") || key.equals("longitude")) {
            Matcher m = DECIMAL.matcher(value);
            return m.find() ? Double.parseDouble(m.group().replace(',', '.')) : null;
        }
        if (key.equals("population") || key.equals("area") || key.startsWith("road distance to")) {
            OptionalDouble n = parse(value);
            return n.isPresent() ? n.getAsDouble() : null;
        }
        return null;
    }

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    /** The first figure in {@code text}, scaled by its unit, or empty when there is none. */
    static OptionalDouble parse(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        String digits = m.group(1);
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        double value;
        if (digits.matches("\\d{1,3}(?:[,\\s]\\d{3})+")) {
            value = Double.parseDouble(digits.replaceAll("[,\\s]", ""));
        } else {
            value = Double.parseDouble(digits.replace(',', '.'));
        }
        switch (unit) {
            case "m", "mn", "million", "млн" -> value *= 1_000_000;
            case "k", "thousand", "тыс" -> value *= 1_000;
            default -> { }
        }
        return OptionalDouble.of(Math.rint(value));
    }
}
