package kz.bot.facts;

import java.util.List;

/**
 * What the question log says about the questions it keeps (its retention: the last days, up to a number of them).
 *
 * @param total      questions answered
 * @param unanswered of those, the ones answered with "I don't know"
 * @param frequent   the most frequent unanswered questions, most frequent first
 * @param notLogged  questions answered since the process started that could not be logged (the queue overflowed,
 *                   or writing failed, as on a full disk, for longer than the log could keep them in memory)
 * @param movedAside the name of a damaged log file this process moved aside (empty when none)
 */
public record QuestionStats(long total, long unanswered, List<Frequent> frequent, long notLogged, String movedAside) {

    public QuestionStats {
        frequent = List.copyOf(frequent);
        movedAside = movedAside == null ? "" : movedAside;
    }

    /** Statistics with nothing lost and nothing moved aside. */
    public QuestionStats(long total, long unanswered, List<Frequent> frequent) {
        this(total, unanswered, frequent, 0, "");
    }

    /** A question (compared without case and surrounding space) and how often it went unanswered. */
    public record Frequent(String text, long count) {
    }

    /** The share (0–1) of questions answered with "I don't know"; 0 when there were none. */
    public double unansweredShare() {
        return total == 0 ? 0 : (double) unanswered / total;
    }
}
