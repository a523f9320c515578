package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code [FACTBOX]} blocks of one guide: each {@code Key: Value} line is a fact about the entity the front matter
 * names, and each block as a whole becomes one passage. One object serves every block of a file, because a file
 * without an entity is told so once, not once per block. Not thread-safe: the parser's thread alone uses it.
 */
final class GuideFactBox {

    private final String file;
    private final EntityName subject;
    private final List<Problem> problems;
    private final List<Statement> statements;
    private final List<Passage> passages;
    /** The facts of the block being read, as its passage will say them. */
    private final List<String> text = new ArrayList<>();
    private int firstLine;
    private boolean reportedNoSubject;

    /**
     * @param file       the file's name, for problems
     * @param subject    what the facts are about, or null when the front matter names nothing
     * @param problems   where problems go
     * @param statements where the facts go
     * @param passages   where each block's passage goes
     */
    GuideFactBox(String file, EntityName subject, List<Problem> problems, List<Statement> statements,
                 List<Passage> passages) {
        this.file = file;
        this.subject = subject;
        this.problems = problems;
        this.statements = statements;
        this.passages = passages;
    }

    /** A line inside the block. */
    void row(String line, int no) {
        Line.KeyValue kv = Line.keyValue(no, line);
        if (kv == null) {
            problem(no, "expected 'Key: Value' inside [FACTBOX]");
            return;
        }
        if (kv.value().isEmpty()) {
            problem(no, "'" + kv.key() + "' has no value");
            return;
        }
        if (subject == null) {
            if (!reportedNoSubject) {
                problem(no, "[FACTBOX] facts need an 'entity' in the front matter");
                reportedNoSubject = true;
            }
            return;
        }
        if (text.isEmpty()) {
            firstLine = no;
        }
        statements.add(new Statement(subject, kv.key(), kv.value(), Quantity.ofAttribute(kv.key(), kv.value()),
                AsOf.yearOf(kv.value()), no));
        text.add(kv.key() + ": " + kv.value());
    }

    /** Ends the block being read: its facts become one passage of {@code section}, when it had any. */
    void finish(String section, int sectionNo) {
        if (!text.isEmpty()) {
            passages.add(new Passage(section, subject.name() + ". " + String.join(". ", text) + ".", firstLine,
                    false, sectionNo, Map.of()));
            text.clear();
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }
}
