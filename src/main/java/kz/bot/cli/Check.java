package kz.bot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import kz.bot.kb.Library;
import kz.bot.knowledge.Problem;

/** {@code check [DIR]}: loads a knowledge directory without serving it and reports what it found. */
public final class Check {

    private Check() {
    }

    /** Prints the summary and every problem; returns the exit status (1 when there are problems). */
    public static int run(Path dir, PrintStream out) {
        Library.Checked checked = Library.check(dir);
        var k = checked.knowledge();
        out.printf("%s: %d documents, %d passages, %d facts, %d cities, %d regions%n", dir, k.documents().size(),
                k.passageCount(), k.statementCount(), checked.cities(), checked.regions());
        for (var d : k.documents()) {
            out.printf("  %s — %s (%s, %s): %d passages, %d facts%n", d.file(), d.title(),
                    d.kind().name().toLowerCase(java.util.Locale.ROOT), d.date() == null ? "no date" : d.date(),
                    d.passages().size(), d.statements().size());
        }
        k.synonyms().ifPresent(s -> out.printf("  %s — synonyms%n", s.file()));
        for (Problem p : checked.problems()) {
            out.println(p);
        }
        out.printf("%d problem%s%n", checked.problems().size(), checked.problems().size() == 1 ? "" : "s");
        return checked.problems().isEmpty() ? 0 : 1;
    }
}
