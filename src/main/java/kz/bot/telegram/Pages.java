package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;

/**
 * Cuts an answer into pages instead of cutting it short: each page at most a given length of HTML, broken between
 * paragraphs or lines (never inside a tag or an entity), each page headed by the title with "(2/3)", the source line
 * on the last. An answer that fits is one page, written exactly as {@link AnswerHtml} writes it.
 */
final class Pages {

    private Pages() {
    }

    /**
     * The HTML pages of {@code answer}, each at most {@code limit} characters, at most {@link CallbackData#MAX_PAGE}.
     *
     * @throws IllegalArgumentException when {@code limit} leaves no room for the body beside title and sources
     */
    static List<String> of(Answer answer, int limit) {
        List<Line> all = AnswerHtml.lines(answer);
        String whole = AnswerHtml.join(all);
        if (whole.length() <= limit) {
            return List.of(whole.isEmpty() ? Html.escape("…") : whole);
        }
        Messages say = Messages.get(answer.language());
        String title = answer.title().isBlank() ? "" : new Line(Line.Style.BOLD, answer.title().strip()).html();
        String sources = answer.sources().isEmpty() ? ""
                : new Line(Line.Style.ITALIC, AnswerHtml.sourceLine(answer)).html();
        String marker = say.say("page", CallbackData.MAX_PAGE, CallbackData.MAX_PAGE);
        int room = limit - title.length() - marker.length() - sources.length() - 4;
        if (room < 100) {
            throw new IllegalArgumentException("pages of " + limit + " characters leave no room for the body");
        }
        List<Line> body = new ArrayList<>();
        for (String line : answer.body().split("\n", -1)) {
            body.add(Line.plain(line.stripTrailing()));
        }
        List<String> parts = MessageSplitter.split(body, room);
        int n = Math.min(parts.size(), CallbackData.MAX_PAGE);
        List<String> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder page = new StringBuilder();
            String counter = Html.escape(say.say("page", i + 1, n));
            page.append(title.isEmpty() ? counter : title + " " + counter).append('\n').append(parts.get(i));
            if (i == n - 1 && !sources.isEmpty()) {
                page.append("\n\n").append(sources);
            }
            pages.add(page.toString());
        }
        return pages;
    }
}
