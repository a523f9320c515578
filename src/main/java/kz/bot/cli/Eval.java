package kz.bot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.bot.answer.Answer;
import kz.bot.answer.Dialogue;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * {@code eval [--seeds] [--verbose] FILE…}: asks every labeled question (conversations in order, each continuing its
 * conversation) and prints, per category and language, how many were answered right, wrong and "I don't know",
 * with precision, recall and the share of Russian and Kazakh answers written wholly in the question's language.
 * {@code --seeds} judges by the seeds-only column where a question has one.
 */
public final class Eval {

    private Eval() {
    }

    /** The counts of one row of the report. */
    static final class Tally {
        int right;
        int wrong;
        int dontKnow;
        int inLanguage;
        int localized;

        void add(LabeledQuestion.Verdict v) {
            switch (v) {
                case RIGHT -> right++;
                case WRONG -> wrong++;
                case DONT_KNOW -> dontKnow++;
            }
        }

        int total() {
            return right + wrong + dontKnow;
        }

        void addAll(Tally t) {
            right += t.right;
            wrong += t.wrong;
            dontKnow += t.dontKnow;
            inLanguage += t.inLanguage;
            localized += t.localized;
        }
    }

    /** Runs the files and prints the report; returns 0. */
    public static int run(Library library, List<Path> files, boolean seedsOnly, boolean verbose, PrintStream out)
            throws IOException {
        Map<String, Tally> rows = new TreeMap<>();
        List<double[]> curve = new ArrayList<>(); // confidence of the scorer's winner, right (1) or not (0)
        List<String> mistakes = new ArrayList<>();
        int[] rightAt = new int[4]; // first right candidate at #1, #2–5, #6–20, nowhere (answerable questions)
        for (Path file : files) {
            Dialogue dialogue = Dialogue.START;
            String conversation = "";
            for (LabeledQuestion q : LabeledQuestion.read(file)) {
                if (!q.conversation().equals(conversation)) {
                    dialogue = Dialogue.START;
                    conversation = q.conversation();
                }
                kz.bot.answer.Question question = dialogue.question(q.text(), Language.EN);
                kz.bot.answer.Explanation explained = library.explain(question);
                Answer a = explained.answer();
                if (explained.decision() != null && explained.decision().winner() != null) {
                    Answer would = library.withCurrent(kb -> kb.answerer().render(question,
                            explained.decision().winner()));
                    boolean right = q.judge(would, seedsOnly) == LabeledQuestion.Verdict.RIGHT;
                    curve.add(new double[] {explained.decision().confidence(), right ? 1 : 0,
                            q.expectsNothing(seedsOnly) ? 1 : 0});
                    if (verbose && !q.expectsNothing(seedsOnly)) {
                        int at = firstRight(library, question, explained.decision().ranked(), q, seedsOnly);
                        rightAt[at == 0 ? 0 : at < 5 ? 1 : at < 20 ? 2 : 3]++;
                        if (at > 0 && at < 20) { // a right candidate the ranking put behind another
                            mistakes.add(String.format(Locale.ROOT, "RANKED #%d\t%s\t%s\t→ %s", at + 1, q.line(),
                                    q.text(), library.withCurrent(kb -> kb.answerer().render(question,
                                            explained.decision().ranked().get(at))).body().replace('\n', ' ')));
                        }
                    }
                    if (verbose && right && !a.found() && !q.expectsNothing(seedsOnly)) {
                        // the right answer was the winner, and the bot was not sure enough of it
                        mistakes.add(String.format(Locale.ROOT, "UNSURE %.2f\t%s\t%s\t→ %s", explained.decision()
                                .confidence(), q.line(), q.text(), would.body().replace('\n', ' ')));
                    }
                    if (verbose && !right && explained.decision().confidence() >= 0.6) {
                        mistakes.add(String.format(Locale.ROOT, "WOULD %.2f\t%s\t%s\t→ %s\t[expected %s]",
                                explained.decision().confidence(), q.line(), q.text(),
                                would.body().replace('\n', ' '), q.expectation(seedsOnly)));
                    }
                }
                if (!q.conversation().isEmpty()) {
                    dialogue = dialogue.after(a);
                }
                LabeledQuestion.Verdict v = q.judge(a, seedsOnly);
                boolean none = q.expectsNothing(seedsOnly);
                String row = q.category() + (none && !q.category().equals("oos") ? "-none" : "") + " " + q.language()
                        .code();
                Tally t = rows.computeIfAbsent(row, k -> new Tally());
                t.add(v);
                if (v == LabeledQuestion.Verdict.RIGHT && a.found() && q.language() != Language.EN) {
                    t.localized++;
                    if (LabeledQuestion.inLanguage(a.body(), q.language())) {
                        t.inLanguage++;
                    }
                }
                if (verbose && v != LabeledQuestion.Verdict.RIGHT) {
                    mistakes.add(v + "\t" + q.line() + "\t" + q.text() + "\t→ " + (a.found()
                            ? a.body().replace('\n', ' ') : "(don't know)") + "\t[expected " + q.expectation(seedsOnly)
                            + "]");
                }
            }
        }
        print(rows, out);
        if (verbose) {
            out.println();
            out.println("if the threshold were… (questions the scorer decides; 'none' questions count as wrong)");
            for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
                long n = curve.stream().filter(p -> p[0] >= t).count();
                long r = curve.stream().filter(p -> p[0] >= t && p[1] > 0).count();
                out.printf(Locale.ROOT, "  %.2f: %d answered, %d right (%.1f%%)%n", t, n, r, n == 0 ? 0 : 100.0 * r / n);
            }
            out.printf(Locale.ROOT, "first right candidate (answerable questions the scorer decides): #1 %d, #2-5 %d, "
                    + "#6-20 %d, none %d%n", rightAt[0], rightAt[1], rightAt[2], rightAt[3]);
        }
        mistakes.forEach(out::println);
        return 0;
    }

    /** The place (from 0) of the first right candidate among the first 20; 20 when none of them is right. */
    private static int firstRight(Library library, kz.bot.answer.Question question,
            List<kz.bot.answer.Candidate> ranked, LabeledQuestion q, boolean seedsOnly) {
        for (int i = 0; i < Math.min(20, ranked.size()); i++) {
            kz.bot.answer.Candidate c = ranked.get(i);
            Answer a = library.withCurrent(kb -> kb.answerer().render(question, c));
            if (q.judge(a, seedsOnly) == LabeledQuestion.Verdict.RIGHT) {
                return i;
            }
        }
        return 20;
    }

    private static void print(Map<String, Tally> rows, PrintStream out) {
        out.printf("%-22s %6s %6s %6s %6s %9s %7s %8s%n", "category lang", "n", "right", "wrong", "idk",
                "precision", "recall", "in-lang");
        Tally all = new Tally();
        Tally answerable = new Tally();
        Tally refusals = new Tally();
        for (var e : rows.entrySet()) {
            Tally t = e.getValue();
            line(out, e.getKey(), t);
            all.addAll(t);
            if (e.getKey().startsWith("oos") || e.getKey().contains("-none")) {
                refusals.addAll(t);
            } else if (!e.getKey().startsWith("smalltalk")) {
                answerable.addAll(t);
            }
        }
        out.println();
        line(out, "answerable", answerable);
        line(out, "out of scope", refusals);
        line(out, "all", all);
    }

    private static void line(PrintStream out, String name, Tally t) {
        double precision = t.right + t.wrong == 0 ? Double.NaN : 100.0 * t.right / (t.right + t.wrong);
        double recall = t.total() == 0 ? Double.NaN : 100.0 * t.right / t.total();
        String inLang = t.localized == 0 ? "" : String.format(Locale.ROOT, "%.0f%%", 100.0 * t.inLanguage / t.localized);
        out.printf(Locale.ROOT, "%-22s %6d %6d %6d %6d %8.1f%% %6.1f%% %8s%n", name, t.total(), t.right, t.wrong,
                t.dontKnow, precision, recall, inLang);
    }
}
