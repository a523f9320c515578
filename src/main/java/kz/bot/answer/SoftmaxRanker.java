package kz.bot.answer;

import java.util.List;

/**
 * Fits the weights that rank a question's candidates: the probability of a candidate is the softmax of the weighted
 * sums of its features over the question's candidates, and the fit maximises the probability of the right ones
 * (conditional logit), with a small L2 penalty, by gradient descent (Adam). Questions without a right candidate
 * say nothing about the ranking and are left to the confidence step.
 */
public final class SoftmaxRanker {

    private final double l2;
    private final int iterations;
    private int[] signs;

    public SoftmaxRanker(double l2, int iterations) {
        if (l2 < 0 || iterations < 1) {
            throw new IllegalArgumentException("l2 " + l2 + ", iterations " + iterations);
        }
        this.l2 = l2;
        this.iterations = iterations;
    }

    /** One question: its candidates' features, and which are right. */
    public record Group(double[][] x, boolean[] right) {
    }

    /** Keeps each weight j on the side of {@code signs[j]} (+1, -1; 0 leaves it free). */
    public void constrain(int[] signs) {
        this.signs = signs.clone();
    }

    /** The weights for {@code groups}, over {@code d} features. */
    public double[] fit(List<Group> groups, int d) {
        double[] beta = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        double rate = 0.05;
        int used = 0;
        for (Group g : groups) {
            for (boolean r : g.right()) {
                if (r) {
                    used++;
                    break;
                }
            }
        }
        if (used == 0) {
            return beta;
        }
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[d];
            for (Group g : groups) {
                int n = g.x().length;
                double[] s = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                boolean anyRight = false;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        s[i] += beta[j] * g.x()[i][j];
                    }
                    max = Math.max(max, s[i]);
                    anyRight |= g.right()[i];
                }
                if (!anyRight) {
                    continue;
                }
                double all = 0;
                double right = 0;
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(s[i] - max);
                    all += e;
                    if (g.right()[i]) {
                        right += e;
                    }
                }
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(s[i] - max);
                    double coef = e / all - (g.right()[i] ? e / right : 0);
                    for (int j = 0; j < d; j++) {
                        grad[j] += coef * g.x()[i][j] / used;
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                grad[j] += l2 * beta[j];
                m[j] = 0.9 * m[j] + 0.1 * grad[j];
                v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
                double mh = m[j] / (1 - Math.pow(0.9, it));
                double vh = v[j] / (1 - Math.pow(0.999, it));
                beta[j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
                if (signs != null && signs[j] != 0 && beta[j] * signs[j] < 0) {
                    beta[j] = 0; // kept on the side the feature may push
                }
            }
        }
        return beta;
    }
}
