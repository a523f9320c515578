package kz.bot.answer;

/**
 * A unit found for a question, measured: its {@link Feature} values and the score the scorer gives them.
 *
 * @param features the values, indexed by {@link Feature#ordinal()}
 */
public record Candidate(Hit hit, double[] features, double score) {

    public double get(Feature f) {
        return features[f.ordinal()];
    }

    Candidate withScore(double score) {
        return new Candidate(hit, features, score);
    }
}
