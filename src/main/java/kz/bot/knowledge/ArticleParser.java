package kz.bot.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text news article: title (maybe repeated), optional subtitle, byline with the date, optional
 * {@code Source:} line, paragraphs. Leftovers of the web page it was copied from are dropped.
 */
final class ArticleParser {

    static final Pattern BYLINE = Pattern.compile(
            "^By\\s+(.+?),?\\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+\\d{1,2},?\\s+\\d{4})\\.?$");
    private static final DateTimeFormatter BYLINE_DATE = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    private static final Pattern SOURCE = Pattern.compile("^Source:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** Sentences a web page adds around an article; they are about the page, not about Kazakhstan. */
    private static final Pattern LEFTOVER = Pattern.compile(
            "^(this|the) (article|story|piece|report) (first |originally )?(appeared|was (first |originally )?published)"
                    + "|^(read|see) (more|also)\\b|^(share|subscribe|advertisement|related|tags?)\\b"
                    + "|^(copyright|©)",
            Pattern.CASE_INSENSITIVE);
    /** How far into the file the byline may stand for the file to count as an article. */
    static final int BYLINE_WITHIN = 8;
    private static final int SHORT_LINE_WORDS = 4;

    private ArticleParser() {
    }

    /** Index of the byline among the first non-blank lines of {@code file}, or -1. */
    static int bylineIndex(TextFile file) {
        int seen = 0;
        for (int i = 0; i < file.lines().size() && seen < BYLINE_WITHIN; i++) {
            String line = TextFile.clean(file.lines().get(i));
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (BYLINE.matcher(line).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Parses {@code file}, whose byline stands at line index {@code byline}; problems go to {@code problems}. */
    static Document parse(TextFile file, int byline, List<Problem> problems) {
        List<String> lines = file.lines();
        String title = "";
        for (int i = 0; i < byline; i++) {
            String line = TextFile.clean(lines.get(i));
            if (!line.isEmpty()) {
                title = line;
                break;
            }
        }
        if (title.isEmpty()) {
            problems.add(new Problem(file.name(), byline + 1, "article has no title above its byline"));
            title = file.name();
        }
        Matcher by = BYLINE.matcher(TextFile.clean(lines.get(byline)));
        by.matches();
        String publisher = by.group(1).trim();
        LocalDate date = null;
        try {
            date = LocalDate.parse(by.group(2).replace(",", "").replaceAll("\\s+", " "), BYLINE_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file.name(), byline + 1, "byline date '" + by.group(2) + "' is not a real date"));
        }
        String source = publisher;
        int body = byline + 1;
        while (body < lines.size() && TextFile.clean(lines.get(body)).isEmpty()) {
            body++;
        }
        if (body < lines.size()) {
            Matcher s = SOURCE.matcher(TextFile.clean(lines.get(body)));
            if (s.matches()) {
                source = s.group(1).trim();
                body++;
            }
        }
        List<Passage> passages = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        for (int i = body; i <= lines.size(); i++) {
            String line = i < lines.size() ? TextFile.clean(lines.get(i)) : "";
            if (!line.isEmpty()) {
                if (paragraph.isEmpty()) {
                    start = i + 1;
                } else {
                    paragraph.append(' ');
                }
                paragraph.append(line);
                continue;
            }
            if (!paragraph.isEmpty()) {
                String text = paragraph.toString();
                if (!isLeftover(text)) {
                    passages.add(new Passage("", text, start));
                }
                paragraph.setLength(0);
            }
        }
        if (passages.isEmpty()) {
            problems.add(new Problem(file.name(), byline + 1, "article has no paragraphs after its byline"));
        }
        return new Document(file.name(), DocumentKind.ARTICLE, title, date, source, "", "", passages, List.of());
    }

    /** Navigation words ("News", "Dismiss") and publishing notes are not knowledge. */
    static boolean isLeftover(String paragraph) {
        if (LEFTOVER.matcher(paragraph).find()) {
            return true;
        }
        return paragraph.split("\\s+").length < SHORT_LINE_WORDS && !paragraph.matches(".*\\d.*");
    }
}
