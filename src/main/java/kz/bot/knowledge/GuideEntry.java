package kz.bot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One entry of a guide being read: {@code **Name** {kind} (population, year) text} and the {@code Key: Value} lines
 * under it. Its facts go to the document's statements as they are read (the population first); its text becomes one
 * passage when the entry ends. Not thread-safe: the parser's thread alone uses it.
 */
final class GuideEntry {

    private final String file;
    private final List<Problem> problems;
    private final List<Statement> statements;
    private final EntityName entity;
    private final int line;
    private final StringBuilder text = new StringBuilder();

    private GuideEntry(String file, List<Problem> problems, List<Statement> statements, EntityName entity, int line) {
        this.file = file;
        this.problems = problems;
        this.statements = statements;
        this.entity = entity;
        this.line = line;
    }

    /**
     * Opens the entry that {@code head} starts. An entry without a kind is a city, which needs a population (a
     * translation's entries need none: its original has them).
     *
     * @param file       the file's name, for problems
     * @param problems   where problems go
     * @param statements where the entry's facts go
     */
    static GuideEntry open(Line.EntryHead head, boolean translation, String file, List<Problem> problems,
                           List<Statement> statements) {
        int no = head.no();
        String name = head.name();
        EntityKind kind = EntityKind.CITY;
        if (head.kind() != null) {
            var written = EntityKind.named(head.kind());
            if (written.isEmpty()) {
                problems.add(new Problem(file, no, "unknown entry kind {" + head.kind() + "}; use "
                        + EntityKind.entryWords()));
            } else {
                kind = written.get();
            }
        }
        GuideEntry entry = new GuideEntry(file, problems, statements, new EntityName(kind, name), no);
        entry.text.append(name);
        String population = head.population();
        if (population == null || population.isBlank()) {
            if (head.kind() == null && !translation) {
                entry.problem(no, "city entry '" + name + "' has no population in parentheses, e.g. **" + name
                        + "** (1.2M), or a kind in braces, e.g. **" + name + "** {sight}");
            }
        } else {
            entry.population(population.trim());
        }
        if (!head.rest().isBlank()) {
            entry.text.append(". ").append(head.rest().trim());
        }
        return entry;
    }

    /** The population written in the head's parentheses: a fact when it is a number, and part of the text anyway. */
    private void population(String written) {
        AsOf.Dated figure = AsOf.splitYear(written);
        OptionalDouble number = Quantity.parse(figure.figure());
        if (number.isEmpty()) {
            problem(line, "population '" + written + "' of '" + entity.name() + "' is not a number");
        } else {
            statements.add(new Statement(entity, "Population", figure.figure(), number.getAsDouble(), figure.year(),
                    line));
        }
        text.append(" (population ").append(written).append(')');
    }

    /** A {@code Key: Value} line under the entry. */
    void fact(String key, String value, int no) {
        if (value.isEmpty()) {
            problem(no, "'" + key + "' has no value");
            return;
        }
        statements.add(new Statement(entity, key, value, Quantity.ofAttribute(key, value), AsOf.yearOf(value), no));
        text.append(". ").append(key).append(": ").append(value);
    }

    /** The entry's text as one passage of {@code section}; call once, when the entry ends. */
    Passage passage(String section, int sectionNo) {
        return new Passage(section, text.append('.').toString(), line, false, sectionNo, Map.of());
    }

    private void problem(int no, String message) {
        problems.add(new Problem(file, no, message));
    }
}
