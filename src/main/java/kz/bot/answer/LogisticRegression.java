package kz.bot.answer;

/**
 * Fits the weights of a logistic model, p = sigmoid(w · x), to labeled rows by gradient descent on the weighted log
 * loss with a small L2 penalty (the intercept is the first feature when it is always 1, and is not penalised). Enough
 * for the scorer: a few dozen features, tens of thousands of rows.
 */
public final class LogisticRegression {

    private final double l2;
    private final int iterations;
    private int[] signs;

    /**
     * @param l2         the penalty on the squared weights (0.001–0.1 keeps rare features from running away)
     * @param iterations gradient steps (a few thousand)
     */
    public LogisticRegression(double l2, int iterations) {
        if (l2 < 0 || iterations < 1) {
            throw new IllegalArgumentException("l2 " + l2 + ", iterations " + iterations);
        }
        this.l2 = l2;
        this.iterations = iterations;
    }

    /** Keeps each weight j on the side of {@code signs[j]} (+1, -1; 0 leaves it free). */
    public void constrain(int[] signs) {
        this.signs = signs.clone();
    }

    /** The weights for rows {@code x} with labels {@code y} (0 or 1) and row weights {@code w}. */
    public double[] fit(double[][] x, int[] y, double[] w) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        double[] beta = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        double total = 0;
        for (double wi : w) {
            total += wi;
        }
        double rate = 0.05;
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[d];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += beta[j] * x[i][j];
                }
                double err = (sigmoid(z) - y[i]) * w[i] / total;
                for (int j = 0; j < d; j++) {
                    grad[j] += err * x[i][j];
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] += l2 * beta[j];
            }
            // Adam: steady steps whatever the scale of each feature
            for (int j = 0; j < d; j++) {
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

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
