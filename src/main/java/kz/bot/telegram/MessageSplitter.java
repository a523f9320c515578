package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a message that is too long for Telegram into several, at paragraph boundaries where it can, else at line
 * boundaries, else between words. Each part is built from whole escaped lines, each wrapped in its own tags, so no tag
 * or entity is ever split. Lengths are counted on the HTML, which is never shorter than the text Telegram counts.
 */
final class MessageSplitter {

    /** Telegram's limit on a message's text. */
    static final int TELEGRAM_LIMIT = 4096;

    private MessageSplitter() {
    }

    /**
     * The HTML messages for {@code lines}, each at most {@code limit} characters, none empty.
     *
     * @throws IllegalArgumentException when {@code limit} is too small to hold a tag and a character
     */
    static List<String> split(List<Line> lines, int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (Line line : lines) {
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                }
                continue;
            }
            paragraph.addAll(fit(line, limit));
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (List<String> p : paragraphs) {
            String whole = String.join("\n", p);
            if (fits(current, "\n\n", whole, limit)) {
                append(current, "\n\n", whole);
                continue;
            }
            if (whole.length() <= limit) {
                flush(current, out);
                current.append(whole);
                continue;
            }
            // a paragraph longer than a message: start it on a fresh message and break it between lines
            flush(current, out);
            for (String line : p) {
                if (!fits(current, "\n", line, limit)) {
                    flush(current, out);
                }
                append(current, "\n", line);
            }
        }
        flush(current, out);
        return out;
    }

    private static boolean fits(StringBuilder current, String separator, String next, int limit) {
        int extra = current.isEmpty() ? 0 : separator.length();
        return current.length() + extra + next.length() <= limit;
    }

    private static void append(StringBuilder current, String separator, String next) {
        if (!current.isEmpty()) {
            current.append(separator);
        }
        current.append(next);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** The line as HTML, or as several HTML lines cut between words when it alone is longer than {@code limit}. */
    static List<String> fit(Line line, int limit) {
        String html = line.html();
        if (html.length() <= limit) {
            return List.of(html);
        }
        int budget = limit - line.style().overhead();
        List<String> out = new ArrayList<>();
        String rest = line.text();
        while (!rest.isEmpty()) {
            int end = prefixFitting(rest, budget);
            if (end < rest.length()) {
                int space = lastSpace(rest, end);
                if (space > end / 2) {
                    end = space;
                }
            }
            String piece = rest.substring(0, end).strip();
            if (!piece.isEmpty()) {
                out.add(line.style().html(piece));
            }
            rest = rest.substring(end).stripLeading();
        }
        return out;
    }

    /** The length of the longest prefix of {@code text} whose escaped form fits {@code budget}, never mid-character. */
    private static int prefixFitting(String text, int budget) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width = Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : Html.escapedLength(c);
            if (used + width > budget) {
                break;
            }
            used += width;
            i += Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1;
        }
        return Math.max(i, 1);
    }

    private static int lastSpace(String text, int end) {
        for (int i = end; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
