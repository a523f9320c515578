package kz.bot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import kz.bot.answer.Answer;
import kz.bot.answer.Answerer;
import kz.bot.answer.Candidate;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Explanation;
import kz.bot.answer.Feature;
import kz.bot.answer.LogisticRegression;
import kz.bot.answer.Question;
import kz.bot.answer.SoftmaxRanker;
import kz.bot.answer.Weights;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * {@code tune --out FILE [--seeds DIR] [--precision P] [--small-only] QUESTIONS…}: sets the scorer's weights and
 * threshold from labeled questions. Every candidate of every question is labeled right or wrong by what it would
 * answer; a softmax ranker learns the ranking weights from them; a logistic regression learns the confidence from the
 * winner's features and its margin; the threshold is the lowest confidence at which the tuning questions' precision
 * stays at or above P (0.975 unless said). With {@code --seeds DIR}, the {@code seed} questions are also asked of the
 * two seed documents alone, so the weights serve an admin's fresh article too; those answers set the confidence and
 * threshold of a small knowledge base ({@link Weights}). With {@code --small-only}, the shipped ranking, confidence and
 * threshold are kept and only the small knowledge base's are learned.
 */
public final class Tune {

    /** One candidate as a training row. */
    private record Row(double[] x, int y, double w, int question) {
    }

    /** A question's candidates, for the second step. */
    private record Asked(List<Candidate> candidates, List<Boolean> right, boolean none, String question,
                         List<String> answers, Library library, Question asked) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Asked> asked = new ArrayList<>();

    private Tune() {
    }

    /** Runs the tuning and writes the weights to {@code outFile}. */
    public static int run(Library shipped, Library seeds, List<Path> files, Path outFile, double precision,
                          boolean smallOnly, PrintStream out) throws IOException {
        Tune t = new Tune();
        List<LabeledQuestion> questions = new ArrayList<>();
        for (Path f : files) {
            questions.addAll(LabeledQuestion.read(f));
        }
        t.collect(shipped, questions, false);
        if (seeds != null) {
            t.collect(seeds, questions.stream().filter(q -> q.category().equals("seed")).toList(), true);
        }
        out.printf("%d questions, %d candidates%n", t.asked.size(), t.rows.size());
        if (System.getProperty("tune.dump") != null) {
            t.dump(Weights.shipped(), Path.of(System.getProperty("tune.dump")));
        }
        int d = Feature.values().length;
        List<SoftmaxRanker.Group> groups = new ArrayList<>();
        for (Asked a : t.asked) {
            boolean[] right = new boolean[a.right().size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = a.right().get(i) && !a.none();
            }
            groups.add(new SoftmaxRanker.Group(a.candidates().stream().map(Candidate::features)
                    .toArray(double[][]::new), right));
        }
        int[] signs = java.util.Arrays.stream(Feature.values()).mapToInt(Feature::sign).toArray();
        SoftmaxRanker ranker = new SoftmaxRanker(0.001, 1500);
        ranker.constrain(signs);
        Weights shippedWeights = Weights.shipped();
        double[] rank = smallOnly ? shippedWeights.rank().clone() : ranker.fit(groups, d);
        rank[Feature.BIAS.ordinal()] = 0; // the same for every candidate: ranks nothing
        rank[Feature.MARGIN.ordinal()] = 0;
        rank[Feature.PHRASE.ordinal()] = 0; // measured on the winner only
        rank[Feature.SUPPORT.ordinal()] = 0;
        Weights ranking = new Weights(rank, new double[d], 0.5);
        // a small knowledge base (the seeds alone) gets a confidence and a threshold of its own (Weights)
        double[] confidence = smallOnly ? shippedWeights.confidence().clone() : t.confidence(ranking, false);
        double[] small = t.confidence(ranking, true);
        // what the question asks for — an opinion, live data, the future, another country — weighs the same whatever
        // the knowledge holds; the few seed questions rarely ask such things, so the large base's weight is kept
        for (Feature f : EnumSet.of(Feature.OPINION, Feature.REALTIME, Feature.FUTURE, Feature.FOREIGN,
                Feature.FOREIGN_MISSED)) {
            small[f.ordinal()] = Math.min(small[f.ordinal()], confidence[f.ordinal()]);
        }
        out.println("large knowledge base:");
        double threshold = smallOnly ? shippedWeights.threshold()
                : t.threshold(new Weights(rank, confidence, 0.5), false, precision, out);
        out.println("small knowledge base:");
        double smallThreshold = t.threshold(new Weights(rank, small, 0.5), true, precision, out);
        Weights tuned = new Weights(rank, confidence, threshold, small, smallThreshold);
        try (Writer writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            tuned.write(writer, "Set by `tune` on " + files.size() + " file(s) of labeled questions ("
                    + t.asked.size() + " questions asked, " + t.rows.size() + " candidates), target precision "
                    + precision + ".\nRe-run it after changing the features or the knowledge; see README,"
                    + " \"Measuring answer quality\".");
        }
        for (Feature f : Feature.values()) {
            out.printf(Locale.ROOT, "  %-16s rank %8.3f   confidence %8.3f   small %8.3f%n", f, rank[f.ordinal()],
                    confidence[f.ordinal()], small[f.ordinal()]);
        }
        out.printf(Locale.ROOT, "threshold %.3f, small knowledge base %.3f → %s%n", threshold, smallThreshold,
                outFile);
        return 0;
    }

    private void collect(Library library, List<LabeledQuestion> questions, boolean seedsOnly) {
        Dialogue dialogue = Dialogue.START;
        String conversation = "";
        for (LabeledQuestion q : questions) {
            if (q.expectation(seedsOnly).equalsIgnoreCase("smalltalk")) {
                continue;
            }
            if (!q.conversation().equals(conversation)) {
                dialogue = Dialogue.START;
                conversation = q.conversation();
            }
            Question question = dialogue.question(q.text(), Language.EN);
            Dialogue current = dialogue;
            library.withCurrent(kb -> {
                Answerer answerer = kb.answerer();
                if (!answerer.explain(question).route().equals("scored")) {
                    return null; // small talk, a computation, a follow-up: the scorer does not decide these
                }
                List<Candidate> candidates = answerer.candidates(question);
                List<Boolean> right = new ArrayList<>();
                List<String> answers = new ArrayList<>();
                int index = asked.size();
                for (Candidate c : candidates) {
                    Answer a = answerer.render(question, c);
                    boolean ok = q.judge(a, seedsOnly) == LabeledQuestion.Verdict.RIGHT;
                    right.add(ok);
                    answers.add(a.body().replace('\n', ' '));
                    rows.add(new Row(c.features(), ok ? 1 : 0, 1.0 / candidates.size(), index));
                }
                asked.add(new Asked(candidates, right, q.expectsNothing(seedsOnly),
                        q.line() + (seedsOnly ? " (seeds)" : "") + "\t" + q.text() + "\t[" + q.expectation(seedsOnly)
                                + "]", answers, library, question));
                return null;
            });
            if (!q.conversation().isEmpty()) {
                // the conversation goes on from the best candidate even where the bot would abstain today: the
                // next turn's context must not depend on the weights being tuned
                dialogue = current.after(library.withCurrent(kb -> {
                    Explanation e = kb.answerer().explain(question);
                    boolean winner = e.decision() != null && e.decision().winner() != null;
                    return winner ? kb.answerer().render(question, e.decision().winner()) : e.answer();
                }));
            }
        }
    }

    /**
     * Learns how sure to be of a winner from its features and its margin over the runner-up, from the questions asked
     * of a small knowledge base or of a large one ({@link Weights#small}).
     */
    private double[] confidence(Weights ranking, boolean smallKnowledge) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Asked a : asked) {
            Top top = top(ranking, a);
            if (top != null && Weights.small(top.features()) == smallKnowledge) {
                x.add(top.features());
                y.add(top.right() ? 1 : 0);
            }
        }
        double[] w = new double[x.size()];
        java.util.Arrays.fill(w, 1);
        // the confidence looks at the winner's score and margin and at what the ranking cannot know: how much of
        // the question is unknown, and whether it asks for an opinion, live data, another country or the future
        java.util.Set<Feature> used = java.util.EnumSet.of(Feature.BIAS, Feature.SCORE, Feature.MARGIN,
                Feature.COVERAGE, Feature.UNKNOWN, Feature.MISSED_RARE, Feature.FOREIGN, Feature.FOREIGN_MISSED,
                Feature.OPINION, Feature.REALTIME, Feature.FUTURE, Feature.CONTENT_WORDS, Feature.PLACE,
                Feature.IS_FACT, Feature.EXACT_ATTRIBUTE, Feature.FULL_TEXT, Feature.KIND, Feature.KNOWLEDGE_SIZE,
                Feature.PHRASE, Feature.SUPPORT);
        double[][] rows = x.toArray(double[][]::new);
        for (double[] row : rows) {
            for (Feature f : Feature.values()) {
                if (!used.contains(f)) {
                    row[f.ordinal()] = 0;
                }
            }
        }
        LogisticRegression regression = new LogisticRegression(0.003, 3000);
        regression.constrain(java.util.Arrays.stream(Feature.values()).mapToInt(Feature::sign).toArray());
        return regression.fit(rows, y.stream().mapToInt(Integer::intValue).toArray(), w);
    }

    /** A question's winner: its features with the margin filled in, and whether it is right. */
    private record Top(double[] features, boolean right) {
    }

    /** The candidate the core would choose with {@code weights}, as {@link Answerer#top} chooses it. */
    private static Top top(Weights weights, Asked a) {
        Candidate top = a.library().withCurrent(kb -> kb.answerer().top(a.asked(), a.candidates(), weights));
        if (top == null) {
            return null;
        }
        for (int i = 0; i < a.candidates().size(); i++) {
            if (a.candidates().get(i).hit().unit() == top.hit().unit()) {
                return new Top(top.features(), a.right().get(i) && !a.none());
            }
        }
        throw new IllegalStateException("the winner is not among the candidates: " + a.question());
    }

    /** Each question's winner under {@code weights}: its features, confidence and whether it is right (a study aid). */
    private void dump(Weights weights, Path file) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("question\tnone\tanswerable\tright\tconfidence");
            for (Feature f : Feature.values()) {
                w.write("\t" + f.name());
            }
            w.write("\n");
            for (Asked a : asked) {
                Top top = top(weights, a);
                if (top == null) {
                    continue;
                }
                w.write(a.question().replace('\t', ' ') + "\t" + (a.none() ? 1 : 0) + "\t"
                        + (a.right().contains(true) ? 1 : 0) + "\t" + (top.right() ? 1 : 0) + "\t"
                        + weights.confidence(top.features()));
                for (double v : top.features()) {
                    w.write("\t" + v);
                }
                w.write("\n");
            }
        }
    }

    private static double[] withoutMargin(double[] f) {
        double[] c = f.clone();
        c[Feature.MARGIN.ordinal()] = 0;
        return c;
    }

    /**
     * The lowest confidence at which precision on the tuning questions asked of a small or of a large knowledge base
     * stays at or above {@code target}.
     */
    private double threshold(Weights weights, boolean smallKnowledge, double target, PrintStream out) {
        List<double[]> points = new ArrayList<>(); // confidence, right
        int answerable = 0;
        for (Asked a : asked) {
            Top top = top(weights, a);
            if (top == null || Weights.small(top.features()) != smallKnowledge) {
                continue;
            }
            if (!a.none() && a.right().contains(true)) {
                answerable++;
            }
            points.add(new double[] {weights.confidence(top.features()), top.right() ? 1 : 0});
        }
        points.sort(Comparator.comparingDouble((double[] p) -> p[0]).reversed());
        int topRight = (int) points.stream().filter(p -> p[1] > 0).count();
        int exact = 0;
        int exactRight = 0;
        for (Asked a : asked) {
            Top top = top(weights, a);
            if (top != null && top.features()[Feature.EXACT_ATTRIBUTE.ordinal()] > 0
                    && top.features()[Feature.UNKNOWN.ordinal()] == 0 && top.features()[Feature.FOREIGN.ordinal()] == 0
                    && top.features()[Feature.OPINION.ordinal()] == 0 && top.features()[Feature.REALTIME.ordinal()] == 0) {
                exact++;
                exactRight += top.right() ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "exact attribute winners: %d, %d right%n", exact, exactRight);
        out.printf(Locale.ROOT, "winners right: %d of %d questions with a winner%n", topRight, points.size());
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            long n = points.stream().filter(p -> p[0] >= t).count();
            long r = points.stream().filter(p -> p[0] >= t && p[1] > 0).count();
            out.printf(Locale.ROOT, "  confidence >= %.1f: %d answered, %d right (%.1f%%)%n", t, n, r,
                    n == 0 ? 0 : 100.0 * r / n);
        }
        if (System.getProperty("tune.report") != null) {
            List<String[]> wrong = new ArrayList<>();
            for (Asked a : asked) {
                Top top = top(weights, a);
                if (top != null && !top.right()) {
                    int best = a.candidates().indexOf(a.candidates().stream().filter(c -> java.util.Arrays.equals(
                            withoutMargin(c.features()), withoutMargin(top.features()))).findFirst().orElse(null));
                    int good = a.right().indexOf(true);
                    wrong.add(new String[] {String.format(Locale.ROOT, "%.3f", weights.confidence(top.features()))
                            + (top.features()[Feature.EXACT_ATTRIBUTE.ordinal()] > 0 ? " EXACT" : ""),
                            a.question() + "\t→ " + (best < 0 ? "?" : a.answers().get(best)) + (good < 0 || a.none()
                                    ? "\t(no right candidate)" : "\t(right: " + a.answers().get(good) + ")")});
                }
            }
            wrong.sort((x, y) -> y[0].compareTo(x[0]));
            try (var w = Files.newBufferedWriter(Path.of(System.getProperty("tune.report")))) {
                for (String[] line : wrong) {
                    w.write(line[0] + "\t" + line[1] + "\n");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        double threshold = 0.99;
        int right = 0;
        int answered = 0;
        for (double[] p : points) {
            answered++;
            right += (int) p[1];
            if ((double) right / answered >= target) {
                threshold = p[0];
            }
        }
        int r = 0;
        int n = 0;
        for (double[] p : points) {
            if (p[0] >= threshold) {
                n++;
                r += (int) p[1];
            }
        }
        out.printf(Locale.ROOT, "tuning questions: %d answered at threshold %.3f, %d right (precision %.1f%%),"
                        + " %d with a right candidate%n", n, threshold, r, n == 0 ? 0 : 100.0 * r / n, answerable);
        return Math.min(0.99, Math.max(0.01, threshold));
    }
}
