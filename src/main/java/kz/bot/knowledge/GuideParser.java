package kz.bot.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guide: front matter, then FACTBOX, SECTION, city entries, TABLE, bullets and CALLOUT notes.
 * Every problem is recorded with its line and parsing goes on with the next line.
 */
final class GuideParser {

    private static final Pattern KEY_VALUE = Pattern.compile("^([^:\\[\\]|*]{1,60}?):\\s*(.*)$");
    private static final Pattern ENTRY = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*(?:\\((.*)\\))?\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^\\[SECTION]\\s*(.*?)\\s*(\\[/SECTION])?$");
    private static final Pattern TAG = Pattern.compile("^\\[(/?)([A-Z]+)]\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(.+)$");
    private static final Pattern SEPARATOR_CELL = Pattern.compile("^:?-{3,}:?$");
    private static final Pattern AS_OF_YEAR = Pattern.compile("^(.*?)[,;]\\s*((?:19|20)\\d{2})\\s*$");
    private static final String CALLOUT = "[CALLOUT]";

    private final TextFile file;
    private final List<Problem> problems;
    private final Map<String, String> front = new LinkedHashMap<>();
    /** The line each front-matter key was read from (the last one, like its value, when a key is repeated). */
    private final Map<String, Integer> frontLine = new LinkedHashMap<>();
    private int frontOpen = 1;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    private String section = "";
    private final StringBuilder paragraph = new StringBuilder();
    private int paragraphLine;
    private Entry entry;
    private boolean afterRule;
    private EntityName subject;
    private boolean reportedNoSubject;

    private GuideParser(TextFile file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses {@code file}, which must start (after blank lines) with {@code ---}; problems go to {@code problems}. */
    static Document parse(TextFile file, List<Problem> problems) {
        return new GuideParser(file, problems).run();
    }

    private Document run() {
        List<String> lines = file.lines();
        int i = readFrontMatter(lines);
        String title = front.getOrDefault("title", "");
        if (title.isBlank()) {
            problem(frontOpen, "front matter has no title");
            title = file.name();
        }
        LocalDate date = parseDate();
        String entity = front.getOrDefault("entity", "");
        if (!entity.isBlank()) {
            subject = new EntityName(EntityKind.COUNTRY, entity);
        }
        for (; i < lines.size(); i++) {
            i = line(lines, i);
        }
        flush();
        return new Document(file.name(), DocumentKind.GUIDE, title, date, front.getOrDefault("source", ""),
                front.getOrDefault("covers", ""), front.getOrDefault("as_of", ""), passages, statements);
    }

    /** Returns the index of the first body line. */
    private int readFrontMatter(List<String> lines) {
        int open = 0;
        while (open < lines.size() && TextFile.clean(lines.get(open)).isEmpty()) {
            open++;
        }
        frontOpen = open + 1;
        // the caller only sends files whose first non-blank line is ---
        for (int i = open + 1; i < lines.size(); i++) {
            String line = TextFile.clean(lines.get(i));
            if (line.equals("---")) {
                return i + 1;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (kv.matches() && !line.startsWith("#") && !line.startsWith("[")) {
                String key = kv.group(1).trim().toLowerCase(java.util.Locale.ROOT);
                front.put(key, unquote(kv.group(2).trim()));
                frontLine.put(key, i + 1);
            } else {
                problem(open + 1, "front matter opened here is not closed with ---");
                return i;
            }
        }
        problem(open + 1, "front matter opened here is not closed with ---");
        return lines.size();
    }

    private LocalDate parseDate() {
        String date = front.getOrDefault("date", "");
        if (date.isBlank()) {
            problem(frontOpen, "front matter has no date (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problem(frontLine.getOrDefault("date", frontOpen), "date '" + date + "' is not YYYY-MM-DD");
            return null;
        }
    }

    /** Handles the line at {@code i}; returns the index of the last line it consumed. */
    private int line(List<String> lines, int i) {
        int no = i + 1;
        String line = TextFile.clean(lines.get(i));
        if (line.isEmpty()) {
            flush();
            return i;
        }
        if (line.equals("---")) {
            flush();
            afterRule = true;
            return i;
        }
        if (afterRule && line.length() > 2 && line.startsWith("*") && line.endsWith("*") && !line.startsWith("**")) {
            return i; // the disclaimer under the closing rule is about the page, not about Kazakhstan
        }
        Matcher tag = TAG.matcher(line);
        if (tag.matches()) {
            return tag(lines, i, tag.group(1).equals("/"), tag.group(2), tag.group(3), line);
        }
        if (line.startsWith("#")) {
            flush();
            String heading = line.replaceFirst("^#+\\s*", "");
            if (line.startsWith("##")) {
                section = heading;
            }
            return i;
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches() && !line.startsWith("**")) {
            flush();
            addPassage(bullet.group(1), no);
            return i;
        }
        Matcher e = ENTRY.matcher(line);
        if (e.matches()) {
            flush();
            startEntry(e, no);
            return i;
        }
        if (entry != null) {
            Matcher kv = KEY_VALUE.matcher(line);
            if (kv.matches()) {
                entryFact(kv.group(1).trim(), kv.group(2).trim(), no);
                return i;
            }
            flush();
        }
        int callout = line.indexOf(CALLOUT);
        if (callout >= 0) {
            appendParagraph(line.substring(0, callout), no);
            flush();
            addPassage(stripClosing(line.substring(callout + CALLOUT.length()), "[/CALLOUT]"), no);
            return i;
        }
        appendParagraph(line, no);
        return i;
    }

    private int tag(List<String> lines, int i, boolean closing, String name, String rest, String line) {
        int no = i + 1;
        flush();
        switch (name) {
            case "FACTBOX" -> {
                if (closing) {
                    problem(no, "[/FACTBOX] without an opening [FACTBOX]");
                    return i;
                }
                return block(lines, i, "FACTBOX", this::factboxLine, this::finishFactbox);
            }
            case "TABLE" -> {
                if (closing) {
                    problem(no, "[/TABLE] without an opening [TABLE]");
                    return i;
                }
                Table table = new Table(no);
                return block(lines, i, "TABLE", table::row, table::finish);
            }
            case "SECTION" -> {
                Matcher m = SECTION.matcher(line);
                if (closing || !m.matches()) {
                    problem(no, "[/SECTION] without an opening [SECTION]");
                    return i;
                }
                if (m.group(2) == null) {
                    problem(no, "[SECTION] title is not closed with [/SECTION]");
                }
                section = m.group(1);
                if (section.isEmpty()) {
                    problem(no, "[SECTION] has no title");
                }
                return i;
            }
            case "CALLOUT" -> {
                if (!closing && !rest.isBlank()) {
                    addPassage(stripClosing(rest, "[/CALLOUT]"), no);
                } else if (!closing) {
                    problem(no, "[CALLOUT] has no text");
                }
                return i;
            }
            default -> {
                problem(no, "unknown tag [" + (closing ? "/" : "") + name + "]");
                if (!rest.isBlank()) {
                    appendParagraph(rest, no);
                }
                return i;
            }
        }
    }

    /** Feeds the lines of a block to {@code row} until its closing tag; reports a block left open. */
    private int block(List<String> lines, int open, String name, LineHandler row, Runnable finish) {
        String close = "[/" + name + "]";
        for (int i = open + 1; i < lines.size(); i++) {
            String line = TextFile.clean(lines.get(i));
            if (line.equals(close)) {
                finish.run();
                return i;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher tag = TAG.matcher(line);
            if (tag.matches() || line.equals("---")) {
                problem(open + 1, "[" + name + "] is not closed with " + close);
                finish.run();
                return i - 1; // the tag that ended the block is read again as a line of its own
            }
            row.accept(line, i + 1);
        }
        problem(open + 1, "[" + name + "] is not closed with " + close);
        finish.run();
        return lines.size();
    }

    @FunctionalInterface
    private interface LineHandler {
        void accept(String line, int no);
    }

    private final List<String> factboxText = new ArrayList<>();
    private int factboxLine;

    private void factboxLine(String line, int no) {
        Matcher kv = KEY_VALUE.matcher(line);
        if (!kv.matches()) {
            problem(no, "expected 'Key: Value' inside [FACTBOX]");
            return;
        }
        String key = kv.group(1).trim();
        String value = kv.group(2).trim();
        if (value.isEmpty()) {
            problem(no, "'" + key + "' has no value");
            return;
        }
        if (subject == null) {
            if (!reportedNoSubject) {
                problem(no, "[FACTBOX] facts need an 'entity' in the front matter");
                reportedNoSubject = true;
            }
            return;
        }
        if (factboxText.isEmpty()) {
            factboxLine = no;
        }
        statements.add(new Statement(subject, key, value, null, asOfOf(value), no));
        factboxText.add(key + ": " + value);
    }

    private void finishFactbox() {
        if (!factboxText.isEmpty()) {
            passages.add(new Passage(section, subject.name() + ". " + String.join(". ", factboxText) + ".", factboxLine));
            factboxText.clear();
        }
    }

    private void startEntry(Matcher m, int no) {
        String name = m.group(1).trim();
        entry = new Entry(new EntityName(EntityKind.CITY, name), no);
        StringBuilder text = entry.text.append(name);
        String population = m.group(2);
        if (population == null || population.isBlank()) {
            problem(no, "city entry '" + name + "' has no population in parentheses, e.g. **" + name + "** (1.2M)");
        } else {
            String figure = population.trim();
            String asOf = "";
            Matcher year = AS_OF_YEAR.matcher(figure);
            if (year.matches()) {
                figure = year.group(1).trim();
                asOf = year.group(2);
            }
            OptionalDouble number = Quantity.parse(figure);
            if (number.isEmpty()) {
                problem(no, "population '" + population.trim() + "' of '" + name + "' is not a number");
            } else {
                statements.add(new Statement(entry.entity, "Population", figure, number.getAsDouble(), asOf, no));
            }
            text.append(" (population ").append(population.trim()).append(')');
        }
        if (!m.group(3).isBlank()) {
            text.append(". ").append(m.group(3).trim());
        }
    }

    private void entryFact(String key, String value, int no) {
        if (value.isEmpty()) {
            problem(no, "'" + key + "' has no value");
            return;
        }
        statements.add(new Statement(entry.entity, key, value, null, asOfOf(value), no));
        entry.text.append(". ").append(key).append(": ").append(value);
    }

    /** A trailing "(2024)" or ", 2024" on a value says which year it describes. */
    private static String asOfOf(String value) {
        Matcher m = Pattern.compile("[(,;]\\s*(?:as of\\s*)?((?:19|20)\\d{2})\\)?\\s*$").matcher(value);
        return m.find() ? m.group(1) : "";
    }

    private void appendParagraph(String text, int no) {
        if (text.isBlank()) {
            return;
        }
        if (paragraph.isEmpty()) {
            paragraphLine = no;
        } else {
            paragraph.append(' ');
        }
        paragraph.append(text.trim());
    }

    /** Ends the paragraph or city entry being read, turning it into a passage. */
    private void flush() {
        if (!paragraph.isEmpty()) {
            addPassage(paragraph.toString(), paragraphLine);
            paragraph.setLength(0);
        }
        if (entry != null) {
            passages.add(new Passage(section, entry.text.append('.').toString(), entry.line));
            entry = null;
        }
    }

    private void addPassage(String text, int no) {
        String t = text.trim();
        if (!t.isEmpty()) {
            passages.add(new Passage(section, t, no));
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file.name(), line, message));
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).trim();
        }
        return v;
    }

    private static String stripClosing(String text, String closing) {
        String t = text.trim();
        return t.endsWith(closing) ? t.substring(0, t.length() - closing.length()).trim() : t;
    }

    /** A city entry being read: its facts go straight to the document, its text becomes one passage. */
    private static final class Entry {
        final EntityName entity;
        final int line;
        final StringBuilder text = new StringBuilder();

        Entry(EntityName entity, int line) {
            this.entity = entity;
            this.line = line;
        }
    }

    /** A markdown table: header, separator, rows; each row names an entity in its first cell. */
    private final class Table {
        final int open;
        List<String> header;
        boolean separator;
        Optional<EntityKind> kind = Optional.empty();

        Table(int open) {
            this.open = open;
        }

        void row(String line, int no) {
            if (!line.startsWith("|")) {
                problem(no, "expected a table row '| … |' inside [TABLE]");
                return;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                kind = EntityKind.fromHeader(cells.get(0));
                if (kind.isEmpty()) {
                    problem(no, "the first column of a table must be 'Region', 'City' or 'Country', not '"
                            + cells.get(0) + "'");
                }
                return;
            }
            if (!separator) {
                separator = true;
                if (cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
                    return;
                }
                problem(no, "a table needs a separator row '| --- |' under its header");
            }
            if (cells.size() != header.size()) {
                problem(no, "table row has " + cells.size() + " cells, the header has " + header.size());
                return;
            }
            String name = cells.get(0);
            if (name.isEmpty()) {
                problem(no, "table row has no name in its first cell");
                return;
            }
            StringBuilder text = new StringBuilder(header.get(0)).append(' ').append(name);
            for (int c = 1; c < cells.size(); c++) {
                String value = cells.get(c);
                if (value.isEmpty() || value.equals("-") || value.equals("—")) {
                    continue;
                }
                if (kind.isPresent()) {
                    statements.add(new Statement(new EntityName(kind.get(), name), header.get(c).trim(), value, null,
                            asOfOf(value), no));
                }
                text.append(". ").append(header.get(c)).append(": ").append(value);
            }
            passages.add(new Passage(section, text.append('.').toString(), no));
        }

        void finish() {
            if (header == null) {
                problem(open, "[TABLE] has no rows");
            }
        }

        private List<String> cells(String line) {
            String body = line.trim();
            body = body.substring(1);
            if (body.endsWith("|")) {
                body = body.substring(0, body.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : body.split("\\|", -1)) {
                cells.add(cell.trim());
            }
            return cells;
        }
    }
}
