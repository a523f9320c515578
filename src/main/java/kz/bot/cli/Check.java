package kz.bot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import kz.bot.kb.Library;
import kz.bot.knowledge.Problem;

/** {@code check [DIR]}: loads a knowledge directory without serving it and reports what it found. */
public final class Check {

    private Check() {
    }

    /**
     * Prints the summary, every problem and every warning (what is not translated); returns the exit status: 1 when
     * there are problems, which stop a reload; warnings do not.
     */
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
        for (Problem w : k.warnings()) {
            out.println("warning: " + w);
        }
        int problems = checked.problems().size();
        int warnings = k.warnings().size();
        out.printf("%d problem%s, %d warning%s (untranslated)%n", problems, problems == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
        return checked.problems().isEmpty() ? 0 : 1;
    }
}
