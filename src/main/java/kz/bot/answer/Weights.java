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
 * The scorer's settings in one place: a weight per {@link Feature}, the second step's three numbers and the
 * threshold under which the bot says it does not know. Read from {@code /answer/weights.properties}, which
 * {@code tune} writes from labeled questions. Immutable.
 *
 * @param step2 the second step: weight of the winner's score, weight of its margin over the runner-up, bias
 */
public record Weights(double[] features, double[] step2, double threshold) {

    public static final String RESOURCE = "/answer/weights.properties";

    public Weights {
        if (features.length != Feature.values().length || step2.length != 3) {
            throw new IllegalArgumentException("weights for " + features.length + " features, expected "
                    + Feature.values().length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), not " + threshold);
        }
        features = features.clone();
        step2 = step2.clone();
    }

    /** The shipped weights. */
    public static Weights shipped() {
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            double[] f = new double[Feature.values().length];
            for (Feature feature : Feature.values()) {
                f[feature.ordinal()] = Double.parseDouble(p.getProperty(feature.name(), "0"));
            }
            double[] s = {Double.parseDouble(p.getProperty("step2.score", "1")),
                    Double.parseDouble(p.getProperty("step2.margin", "0")),
                    Double.parseDouble(p.getProperty("step2.bias", "0"))};
            return new Weights(f, s, Double.parseDouble(p.getProperty("threshold", "0.5")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public double weight(Feature f) {
        return features[f.ordinal()];
    }

    /** The first step: a candidate's score from its features. */
    double score(double[] values) {
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            s += features[i] * values[i];
        }
        return s;
    }

    /** The second step: how sure the bot is of a winner with {@code score}, {@code margin} ahead of the next. */
    double confidence(double score, double margin) {
        return 1 / (1 + Math.exp(-(step2[0] * score + step2[1] * margin + step2[2])));
    }

    /** Writes these weights in the resource's format, with {@code comment} on top. */
    public void write(Writer out, String comment) throws IOException {
        out.write("# The scorer's weights, one per feature (kz.bot.answer.Feature), and the abstention rule.\n");
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (Feature f : Feature.values()) {
            out.write(f.name() + "=" + String.format(Locale.ROOT, "%.4f", features[f.ordinal()]) + "\n");
        }
        out.write("step2.score=" + String.format(Locale.ROOT, "%.4f", step2[0]) + "\n");
        out.write("step2.margin=" + String.format(Locale.ROOT, "%.4f", step2[1]) + "\n");
        out.write("step2.bias=" + String.format(Locale.ROOT, "%.4f", step2[2]) + "\n");
        out.write("threshold=" + String.format(Locale.ROOT, "%.4f", threshold) + "\n");
    }
}
