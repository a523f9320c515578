package kz.bot.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a written value describes, as guides write it: an extraction rule kept apart from the parser that reads
 * the lines, so that fact boxes, entries and tables all date their values the same way. Stateless and thread-safe.
 */
final class AsOf {

    /** "1.2M, 2024" or "1.2M; 2024": a figure, then the year it describes. */
    private static final Pattern FIGURE_AND_YEAR = Pattern.compile("^(.*?)[,;]\\s*((?:19|20)\\d{2})\\s*$");
    /** "…, 2024", "… (2024)", "… (1 January 2026)", "… (as of 2023)": the year the value describes. */
    private static final Pattern TRAILING_YEAR = Pattern.compile(
            "(?:[,;]\\s*|\\((?:as of\\s*)?(?:[^()]*?\\s)?)((?:19|20)\\d{2})\\)?\\s*$");

    private AsOf() {
    }

    /**
     * A figure with the year it describes, e.g. an entry's population.
     *
     * @param figure the value without its year
     * @param year   the year written after it, or empty
     */
    record Dated(String figure, String year) {
    }

    /** A trailing "(2024)" or ", 2024" on {@code value}: the year it describes, or empty when it names none. */
    static String yearOf(String value) {
        Matcher m = TRAILING_YEAR.matcher(value);
        return m.find() ? m.group(1) : "";
    }

    /**
     * {@code figure} split at a trailing ", 2024" or "; 2024" (what stands inside an entry's parentheses, where a
     * parenthesised year cannot be); the figure alone, undated, when it has no such year.
     */
    static Dated splitYear(String figure) {
        Matcher m = FIGURE_AND_YEAR.matcher(figure);
        return m.matches() ? new Dated(m.group(1).trim(), m.group(2)) : new Dated(figure, "");
    }
}
