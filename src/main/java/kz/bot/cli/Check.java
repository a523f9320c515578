package kz.bot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kz.bot.facts.Linker;
import kz.bot.kb.Library;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.Problem;

/** {@code check [DIR]}: loads a knowledge directory without serving it and reports what it found. */
public final class Check {

    private Check() {
    }

    /** What {@code check} found in a knowledge directory: its content, problems, and distinct places. */
    public record Summary(Knowledge knowledge, int cities, int regions) {

        /** Every problem that would keep the directory out of service. */
        public List<Problem> problems() {
            return knowledge.problems();
        }
    }

    /** Loads {@code dir} as a start-up or reload would (building nothing) and counts its places. */
    public static Summary summarize(Path dir) {
        Knowledge k = Library.check(dir);
        return new Summary(k, count(k, EntityKind.CITY), count(k, EntityKind.REGION));
    }

    /** Distinct entities once names are linked: an old guide's "South Kazakhstan" is Turkistan region. */
    private static int count(Knowledge knowledge, EntityKind kind) {
        Linker linker = new Linker(knowledge.documents());
        return (int) knowledge.documents().stream().flatMap(d -> d.statements().stream())
                .filter(s -> s.entity().kind() == kind).map(s -> linker.canonical(s.entity()).name())
                .distinct().count();
    }

    /**
     * Prints the summary, every problem and every warning (what is not translated); returns the exit status: 1 when
     * there are problems, which stop a reload; warnings do not.
     */
    public static int run(Path dir, PrintStream out) {
        Summary summary = summarize(dir);
        Knowledge k = summary.knowledge();
        out.printf("%s: %d documents, %d passages, %d facts, %d cities, %d regions%n", dir, k.documents().size(),
                k.passageCount(), k.statementCount(), summary.cities(), summary.regions());
        for (var d : k.documents()) {
            out.printf("  %s — %s (%s, %s): %d passages, %d facts%n", d.file(), d.title(),
                    d.kind().name().toLowerCase(Locale.ROOT), d.date() == null ? "no date" : d.date(),
                    d.passages().size(), d.statements().size());
        }
        k.synonyms().ifPresent(s -> out.printf("  %s — synonyms%n", s.file()));
        for (Problem p : summary.problems()) {
            out.println(p);
        }
        for (Problem w : k.warnings()) {
            out.println("warning: " + w);
        }
        int problems = summary.problems().size();
        int warnings = k.warnings().size();
        out.printf("%d problem%s, %d warning%s (untranslated)%n", problems, problems == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
        return summary.problems().isEmpty() ? 0 : 1;
    }
}
