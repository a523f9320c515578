package kz.bot.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a guide from its lines: front matter, then the body's {@link Line}s fed one at a time to a builder whose
 * {@link State} says which block it is in (body text, a fact box, a table, a labels block, an entry). The blocks with
 * rules of their own are read by {@link GuideFactBox}, {@link GuideTable} and {@link GuideEntry}; this class keeps the
 * sections and paragraphs and says which block a line belongs to. Every problem is recorded with its line and building
 * goes on with the next line. A translation file ({@code translates:} in the front matter) is read the same way;
 * {@link Translations} merges it into its original. Not thread-safe: each file is parsed by a parser of its own.
 */
final class GuideParser {

    /** Where the builder stands. */
    enum State { BODY, ENTRY, FACTBOX, TABLE, LABELS }

    private static final Pattern SECTION = Pattern.compile("^\\[SECTION]\\s*(.*?)\\s*(\\[/SECTION])?$");
    private static final String CALLOUT = "[CALLOUT]";

    private final TextFile file;
    private final List<Problem> problems;
    private final FrontMatter front;
    private final boolean translation;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private State state = State.BODY;
    /** The line that opened the block being read, for "not closed" problems. */
    private int blockOpen;
    private String section = "";
    private int sectionNo;
    private final StringBuilder paragraph = new StringBuilder();
    private int paragraphLine;
    /** The entry being read, or null. */
    private GuideEntry entry;
    private GuideTable table;
    private final GuideFactBox factbox;
    private boolean afterRule;
    private final EntityName subject;

    private GuideParser(TextFile file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
        this.front = FrontMatter.read(file, problems);
        this.translation = !front.get("translates").isBlank();
        String entity = front.get("entity");
        // a translation's fact box is about its original's entity, which the merge supplies
        this.subject = !entity.isBlank() ? new EntityName(EntityKind.COUNTRY, entity)
                : translation ? new EntityName(EntityKind.COUNTRY, "") : null;
        this.factbox = new GuideFactBox(file.name(), subject, problems, statements, passages);
    }

    /** Parses {@code file}, which must start (after blank lines) with {@code ---}; problems go to {@code problems}. */
    static Document parse(TextFile file, List<Problem> problems) {
        return new GuideParser(file, problems).run();
    }

    private Document run() {
        String title = front.get("title");
        if (title.isBlank()) {
            problem(front.openLine(), "front matter has no title");
            title = file.name();
        }
        LocalDate date = translation && front.get("date").isBlank() ? null : front.date(file.name(), problems);
        String language = front.get("language").toLowerCase(Locale.ROOT);
        if (translation && !language.equals("ru") && !language.equals("kk")) {
            problem(front.line("language"), "a translation needs 'language: ru' or 'language: kk', not '"
                    + language + "'");
        }
        if (subject != null && !translation) {
            statements.addAll(front.facts(subject));
        }
        for (Line line : Line.tokenize(file, front.bodyStart())) {
            accept(line);
        }
        endOfFile();
        return new Document(file.name(), DocumentKind.GUIDE, title, date, front.get("source"), front.get("covers"),
                front.get("as_of"), passages, statements, language.isEmpty() ? "en" : language,
                front.get("translates"), labels, Map.of());
    }

    private void accept(Line line) {
        switch (state) {
            case FACTBOX -> inBlock(line, "FACTBOX", factbox::row, () -> factbox.finish(section, sectionNo));
            case TABLE -> inBlock(line, "TABLE", table::row, table::finish);
            case LABELS -> inBlock(line, "LABELS", this::labelLine, () -> { });
            case ENTRY -> inEntry(line);
            case BODY -> body(line);
        }
    }

    /** A line of a block: its closing tag ends it; another tag or a rule ends it too, with a problem. */
    private void inBlock(Line line, String name, LineHandler row, Runnable finish) {
        if (line.text().equals("[/" + name + "]")) {
            finish.run();
            state = State.BODY;
        } else if (line instanceof Line.Tag || line instanceof Line.Rule) {
            problem(blockOpen, "[" + name + "] is not closed with [/" + name + "]");
            finish.run();
            state = State.BODY;
            body(line); // the tag that ended the block is read again as a line of its own
        } else if (!(line instanceof Line.Blank)) {
            row.accept(line.text(), line.no());
        }
    }

    /** A line under an entry: a {@code Key: Value} line is one of its facts; anything else ends it. */
    private void inEntry(Line line) {
        if (line instanceof Line.KeyValue kv) {
            entry.fact(kv.key(), kv.value(), kv.no());
            return;
        }
        flush();
        body(line);
    }

    private void body(Line line) {
        if (line instanceof Line.Blank) {
            flush();
        } else if (line instanceof Line.Rule) {
            flush();
            afterRule = true;
        } else if (line instanceof Line.Italic i) {
            if (!afterRule) { // the disclaimer under the closing rule is about the page, not about Kazakhstan
                body(Line.readPlain(i.no(), i.text()));
            }
        } else if (line instanceof Line.Tag t) {
            tag(t);
        } else if (line instanceof Line.Heading h) {
            flush();
            if (h.level() >= 2) {
                section = h.title();
                sectionNo++;
            }
        } else if (line instanceof Line.Bullet b) {
            flush();
            addPassage(b.item(), b.no());
        } else if (line instanceof Line.EntryHead e) {
            flush();
            entry = GuideEntry.open(e, translation, file.name(), problems, statements);
            state = State.ENTRY;
        } else {
            prose(line.text(), line.no()); // Key: Value in running text, or plain prose
        }
    }

    private void prose(String text, int no) {
        int callout = text.indexOf(CALLOUT);
        if (callout >= 0) {
            appendParagraph(text.substring(0, callout), no);
            flush();
            addPassage(stripClosing(text.substring(callout + CALLOUT.length()), "[/CALLOUT]"), no);
            return;
        }
        appendParagraph(text, no);
    }

    private void tag(Line.Tag t) {
        int no = t.no();
        flush();
        switch (t.name()) {
            case "FACTBOX", "TABLE", "LABELS" -> {
                if (t.closing()) {
                    problem(no, "[/" + t.name() + "] without an opening [" + t.name() + "]");
                    return;
                }
                blockOpen = no;
                state = State.valueOf(t.name());
                if (state == State.TABLE) {
                    table = new GuideTable(file.name(), no, problems, statements, passages, () -> section,
                            () -> sectionNo);
                }
            }
            case "SECTION" -> {
                Matcher m = SECTION.matcher(t.text());
                if (t.closing() || !m.matches()) {
                    problem(no, "[/SECTION] without an opening [SECTION]");
                    return;
                }
                if (m.group(2) == null) {
                    problem(no, "[SECTION] title is not closed with [/SECTION]");
                }
                section = m.group(1);
                sectionNo++;
                if (section.isEmpty()) {
                    problem(no, "[SECTION] has no title");
                }
            }
            case "CALLOUT" -> {
                if (!t.closing() && !t.rest().isBlank()) {
                    addPassage(stripClosing(t.rest(), "[/CALLOUT]"), no);
                } else if (!t.closing()) {
                    problem(no, "[CALLOUT] has no text");
                }
            }
            default -> {
                problem(no, "unknown tag [" + (t.closing() ? "/" : "") + t.name() + "]");
                if (!t.rest().isBlank()) {
                    appendParagraph(t.rest(), no);
                }
            }
        }
    }

    @FunctionalInterface
    interface LineHandler {
        void accept(String line, int no);
    }

    private void labelLine(String line, int no) {
        Line.KeyValue kv = Line.keyValue(no, line);
        if (kv == null || kv.value().isEmpty()) {
            problem(no, "expected 'Attribute: label' inside [LABELS]");
            return;
        }
        labels.put(kv.key(), kv.value());
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

    /** Ends the paragraph or entry being read, turning it into a passage. */
    private void flush() {
        if (!paragraph.isEmpty()) {
            addPassage(paragraph.toString(), paragraphLine);
            paragraph.setLength(0);
        }
        if (entry != null) {
            passages.add(entry.passage(section, sectionNo));
            entry = null;
        }
        if (state == State.ENTRY) {
            state = State.BODY;
        }
    }

    private void endOfFile() {
        switch (state) {
            case FACTBOX, TABLE, LABELS -> {
                problem(blockOpen, "[" + state + "] is not closed with [/" + state + "]");
                if (state == State.FACTBOX) {
                    factbox.finish(section, sectionNo);
                } else if (state == State.TABLE) {
                    table.finish();
                }
                state = State.BODY;
            }
            default -> { }
        }
        flush();
    }

    private void addPassage(String text, int no) {
        String t = text.trim();
        if (!t.isEmpty()) {
            passages.add(new Passage(section, t, no, true, sectionNo, Map.of()));
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file.name(), line, message));
    }

    private static String stripClosing(String text, String closing) {
        String t = text.trim();
        return t.endsWith(closing) ? t.substring(0, t.length() - closing.length()).trim() : t;
    }
}
