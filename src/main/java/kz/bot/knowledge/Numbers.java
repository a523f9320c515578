package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures written in a text, whatever the language's way of writing them: "2,724,900", «2 724 900» and
 * "2724900" are one number; "2.2" and «2,2» are one number. A separator followed by exactly three digits groups
 * thousands; any other comma or point is a decimal mark.
 */
final class Numbers {

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[,.\\s\u00A0\u202F\u2009]\\d+)*");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\\s\u00A0\u202F\u2009]\\d{3})+");

    private Numbers() {
    }

    /** Figures as people read them: 2724900, 2.2. */
    static String format(List<Double> figures) {
        StringBuilder sb = new StringBuilder();
        for (double d : figures) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d));
        }
        return sb.toString();
    }

    /** The figures of {@code text}, in order. */
    static List<Double> in(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String figure = m.group();
            if (GROUPED.matcher(figure).matches()) {
                out.add(Double.parseDouble(figure.replaceAll("[^\\d]", "")));
                continue;
            }
            // "2.2", «2,2», or two figures that only a space separates ("1 2") — read each part on its own
            for (String part : figure.split("[\\s\u00A0\u202F\u2009]+")) {
                out.add(Double.parseDouble(part.replace(',', '.').replaceAll("\\.(?=.*\\.)", "")));
            }
        }
        return out;
    }
}
