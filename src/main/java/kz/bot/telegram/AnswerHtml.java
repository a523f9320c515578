package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;

/**
 * Writes an answer of the core as Telegram HTML: the title in bold, the body, the sources in italics — every piece
 * escaped, because all of it is text from knowledge files or from the user.
 */
final class AnswerHtml {

    private AnswerHtml() {
    }

    /** The answer as lines: title, body (blank lines kept as paragraph breaks), then the source line. */
    static List<Line> lines(Answer answer) {
        List<Line> lines = new ArrayList<>();
        if (!answer.title().isBlank()) {
            lines.add(new Line(Line.Style.BOLD, answer.title().strip()));
        }
        for (String line : answer.body().split("\n", -1)) {
            lines.add(Line.plain(line.stripTrailing()));
        }
        if (!answer.sources().isEmpty()) {
            lines.add(Line.blank());
            lines.add(new Line(Line.Style.ITALIC, sourceLine(answer)));
        }
        return lines;
    }

    /** "Source: X" / "Sources: X; Y" in the answer's language. */
    static String sourceLine(Answer answer) {
        return Messages.get(answer.language()).sourcesLabel(answer.sources().size()) + " "
                + String.join("; ", answer.sources());
    }

    /**
     * The answer as a single message of at most {@code limit} characters, for places where only one fits (an inline
     * result): body lines are dropped from the end, marked with "…", so that the title and the source line stay.
     */
    static String single(Answer answer, int limit) {
        List<Line> lines = lines(answer);
        String whole = join(lines);
        if (whole.length() <= limit) {
            return whole;
        }
        int firstBody = answer.title().isBlank() ? 0 : 1;
        int tail = answer.sources().isEmpty() ? lines.size() : lines.size() - 2;
        List<Line> head = new ArrayList<>(lines.subList(0, tail));
        List<Line> end = lines.subList(tail, lines.size());
        while (head.size() > firstBody + 1) {
            head.remove(head.size() - 1);
            List<Line> tried = new ArrayList<>(head);
            tried.add(Line.plain("…"));
            tried.addAll(end);
            String html = join(tried);
            if (html.length() <= limit) {
                return html;
            }
        }
        return MessageSplitter.split(lines, limit).get(0);
    }

    /** The lines as one HTML text, a line each. */
    static String join(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(line.html());
        }
        return sb.toString().strip();
    }
}
