package kz.bot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Facts of one thing whose labels differ only by words the question does not say: "what is the speed limit in
 * Kazakhstan" is met alike by Speed Limit in Towns, Speed Limit outside Towns and Speed Limit on Motorways, "how cold
 * is Almaty" by its January and its July temperature. None is a better answer than the others, so none of them is the
 * runner-up whose score makes the winner look unsure, and the answer gives them all. A label the question says wholly
 * (Population, asked "what is the population") has no siblings: Population Density says more than was asked.
 * Stateless.
 */
final class Siblings {

    /** At most this many facts in one answer, the winner's among them: the answer stays short. */
    static final int MAX = 4;
    /**
     * A sibling scores at most this far below the winner: the three speed limits lie within 1 point, while a fact that
     * merely shares the label's head word ("Average Internet Speed") is 1.5 points or more below and says less of the
     * question anyway. Set by hand on the questions of the session-46 trial; not learned.
     */
    static final double GAP = 2.0;

    private Siblings() {
    }

    /** True when {@code c} is another fact of the thing {@code winner}'s fact is about, as good an answer as it. */
    static boolean of(Candidate winner, Candidate c) {
        return winner.hit().kind() == UnitKind.FACT && c.hit().kind() == UnitKind.FACT
                && winner.hit().entity() == c.hit().entity()
                && !winner.hit().attribute().equals(c.hit().attribute())
                && winner.get(Feature.ALL_COVERED) > 0 && c.get(Feature.ALL_COVERED) > 0
                && winner.get(Feature.ATTRIBUTE_EXTRA) > 0 && c.get(Feature.ATTRIBUTE_EXTRA) > 0
                && Math.abs(winner.get(Feature.ATTRIBUTE_NAME) - c.get(Feature.ATTRIBUTE_NAME)) < 1e-9
                && winner.score() - c.score() <= GAP
                && shareHalf(winner.hit().attribute(), c.hit().attribute());
    }

    /**
     * The siblings of {@code winner} that follow it in {@code ranked} (best first) before any other candidate may win;
     * none when the question asks for one figure, date or person (how many, when, who): "how many regions in 2026" is
     * not the least and the most populous region.
     */
    static List<Candidate> of(Reading r, Candidate winner, List<Candidate> ranked) {
        List<Candidate> out = new ArrayList<>();
        if (!asksForSeveral(r)) {
            return out;
        }
        boolean past = false;
        for (Candidate c : ranked) {
            if (c.hit().equals(winner.hit())) {
                past = true;
            } else if (past && Scorer.mayWin(r, c)) {
                if (!of(winner, c) || out.size() + 1 >= MAX) {
                    break;
                }
                out.add(c);
            }
        }
        return out;
    }

    /** True when {@code r} may be answered by several facts: it asks what, or whether. */
    static boolean asksForSeveral(Reading r) {
        return r.kind() == AnswerKind.WHAT || r.kind() == AnswerKind.YES_NO;
    }

    /**
     * True when the two labels share at least half the words of the longer one (words of three letters or more):
     * Speed Limit in Towns and Speed Limit on Motorways do, Speed Limit on Motorways and Average Internet Speed do not.
     */
    private static boolean shareHalf(String one, String other) {
        List<String> a = Arrays.stream(one.split(" ")).filter(w -> w.length() > 2).toList();
        List<String> b = Arrays.stream(other.split(" ")).filter(w -> w.length() > 2).toList();
        long shared = b.stream().filter(a::contains).count();
        return shared > 0 && 2 * shared >= Math.max(a.size(), b.size());
    }
}
