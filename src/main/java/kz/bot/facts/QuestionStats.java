package kz.bot.facts;

import java.util.List;

/**
 * What the question log says about every question answered since it was created.
 *
 * @param total      questions answered
 * @param unanswered of those, the ones answered with "I don't know"
 * @param frequent   the most frequent unanswered questions, most frequent first
 */
public record QuestionStats(long total, long unanswered, List<Frequent> frequent) {

    public QuestionStats {
        frequent = List.copyOf(frequent);
    }

    /** A question (compared without case and surrounding space) and how often it went unanswered. */
    public record Frequent(String text, long count) {
    }

    /** The share (0–1) of questions answered with "I don't know"; 0 when there were none. */
    public double unansweredShare() {
        return total == 0 ? 0 : (double) unanswered / total;
    }
}
