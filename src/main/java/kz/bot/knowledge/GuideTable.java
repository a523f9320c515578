package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A markdown table of a guide being read: header, separator, rows. Each row names an entity in its first cell; the
 * other cells are its facts under the header's attribute names, and the row as a whole is one passage.
 */
final class GuideTable {

    private static final Pattern SEPARATOR_CELL = Pattern.compile("^:?-{3,}:?$");

    private final String file;
    private final int open;
    private final List<Problem> problems;
    private final List<Statement> statements;
    private final List<Passage> passages;
    private final Supplier<String> section;
    private final IntSupplier sectionNo;
    private List<String> header;
    private boolean separator;
    private Optional<EntityKind> kind = Optional.empty();

    GuideTable(String file, int open, List<Problem> problems, List<Statement> statements, List<Passage> passages,
               Supplier<String> section, IntSupplier sectionNo) {
        this.file = file;
        this.open = open;
        this.problems = problems;
        this.statements = statements;
        this.passages = passages;
        this.section = section;
        this.sectionNo = sectionNo;
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
                problem(no, "the first column of a table must name what each row is (Region, City, Country, Sight,"
                        + " Person or Topic), not '" + cells.get(0) + "'");
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
                String attribute = header.get(c).trim();
                Double number = Quantity.ofAttribute(attribute, value);
                statements.add(new Statement(new EntityName(kind.get(), name), attribute, value, number,
                        AsOf.yearOf(value), no));
            }
            text.append(". ").append(header.get(c)).append(": ").append(value);
        }
        passages.add(new Passage(section.get(), text.append('.').toString(), no, false, sectionNo.getAsInt(),
                Map.of()));
    }

    void finish() {
        if (header == null) {
            problem(open, "[TABLE] has no rows");
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    private static List<String> cells(String line) {
        String body = line.trim().substring(1);
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
