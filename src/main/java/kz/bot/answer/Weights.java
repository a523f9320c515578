package kz.bot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The scorer's settings in one place, read from {@code /answer/weights.properties}, which {@code tune} writes from
 * labeled questions: a weight per {@link Feature} to rank a question's candidates ({@code rank.*}), a weight per
 * feature to say how sure the bot is of the winner ({@code confidence.*}, the winner's margin over the runner-up
 * included), and the threshold under which the bot says it does not know. A small knowledge base (a few articles an
 * admin dropped in) has its own confidence and threshold ({@code small.confidence.*}, {@code small.threshold}): there
 * a question's words meet far fewer texts, and a partial match means more than it does among thousands. Immutable.
 */
public record Weights(double[] rank, double[] confidence, double threshold, double[] smallConfidence,
                      double smallThreshold) {

    public static final String RESOURCE = "/answer/weights.properties";

    /**
     * Below this {@link Feature#KNOWLEDGE_SIZE} (log10 of the searched units ÷ 5, so 0.6 is 1,000 units) the
     * knowledge base is small: the two seed documents make about 110 units, the shipped knowledge about 4,000.
     */
    public static final double SMALL_KNOWLEDGE = 0.6;

    public Weights {
        int n = Feature.values().length;
        if (rank.length != n || confidence.length != n || smallConfidence.length != n) {
            throw new IllegalArgumentException("weights for " + rank.length + ", " + confidence.length + " and "
                    + smallConfidence.length + " features, expected " + n);
        }
        for (double t : new double[] {threshold, smallThreshold}) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1), not " + t);
            }
        }
        rank = rank.clone();
        confidence = confidence.clone();
        smallConfidence = smallConfidence.clone();
    }

    /** The same confidence and threshold whatever the knowledge base's size. */
    public Weights(double[] rank, double[] confidence, double threshold) {
        this(rank, confidence, threshold, confidence, threshold);
    }

    /** The shipped weights. */
    public static Weights shipped() {
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            double[] r = new double[Feature.values().length];
            double[] c = new double[Feature.values().length];
            double[] small = new double[Feature.values().length];
            for (Feature f : Feature.values()) {
                r[f.ordinal()] = Double.parseDouble(p.getProperty("rank." + f.name(), "0"));
                c[f.ordinal()] = Double.parseDouble(p.getProperty("confidence." + f.name(), "0"));
                small[f.ordinal()] = Double.parseDouble(p.getProperty("small.confidence." + f.name(),
                        Double.toString(c[f.ordinal()])));
            }
            String threshold = p.getProperty("threshold", "0.5");
            return new Weights(r, c, Double.parseDouble(threshold), small,
                    Double.parseDouble(p.getProperty("small.threshold", threshold)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A candidate's rank score from its features. */
    public double score(double[] values) {
        return dot(rank, values);
    }

    /** How sure the bot is of a winner with these features (its margin included). */
    public double confidence(double[] values) {
        return 1 / (1 + Math.exp(-dot(small(values) ? smallConfidence : confidence, values)));
    }

    /** The confidence under which the bot does not answer with a winner of these features. */
    public double threshold(double[] values) {
        return small(values) ? smallThreshold : threshold;
    }

    /** True when the features were measured in a small knowledge base ({@link #SMALL_KNOWLEDGE}). */
    public static boolean small(double[] values) {
        return values[Feature.KNOWLEDGE_SIZE.ordinal()] < SMALL_KNOWLEDGE;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** Writes these weights in the resource's format, with {@code comment} on top. */
    public void write(Writer out, String comment) throws IOException {
        out.write("# The scorer's weights (kz.bot.answer.Feature): rank.* order a question's candidates,\n");
        out.write("# confidence.* say how sure the bot is of the winner; below the threshold it says it does not know.\n");
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (Feature f : Feature.values()) {
            out.write("rank." + f.name() + "=" + String.format(Locale.ROOT, "%.4f", rank[f.ordinal()]) + "\n");
        }
        for (Feature f : Feature.values()) {
            out.write("confidence." + f.name() + "=" + String.format(Locale.ROOT, "%.4f", confidence[f.ordinal()])
                    + "\n");
        }
        out.write("threshold=" + String.format(Locale.ROOT, "%.4f", threshold) + "\n");
        for (Feature f : Feature.values()) {
            out.write("small.confidence." + f.name() + "="
                    + String.format(Locale.ROOT, "%.4f", smallConfidence[f.ordinal()]) + "\n");
        }
        out.write("small.threshold=" + String.format(Locale.ROOT, "%.4f", smallThreshold) + "\n");
    }
}
