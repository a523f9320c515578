package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** Facts of one thing that differ by words the question does not say are answered together. */
class SiblingsTest {

    private static final Reading QUESTION = new Reading("how cold is almaty", Language.EN, TextIndex.Reading.EN,
            List.of(), List.of(), List.of(), AnswerKind.WHAT, Set.of(), List.of(), false);

    /** A fact of entity {@code entity} that holds every word of the question, its label saying {@code extra} more. */
    private static Candidate fact(int unit, long entity, String attribute, double extra, double score) {
        double[] f = new double[Feature.values().length];
        f[Feature.ALL_COVERED.ordinal()] = 1;
        f[Feature.ATTRIBUTE_NAME.ordinal()] = 1;
        f[Feature.ATTRIBUTE_EXTRA.ordinal()] = extra;
        return new Candidate(new Hit(unit, UnitKind.FACT, 1, 0, entity, attribute, 0, 5, 1), f, score);
    }

    @Test
    void factsOfOneThingWhoseLabelsSayMoreThanAskedAlike() {
        Candidate january = fact(1, 7, "average january temperature", 0.33, 13.3);
        Candidate july = fact(2, 7, "average july temperature", 0.33, 13.3);
        assertTrue(Siblings.of(january, july));
        assertFalse(Siblings.of(january, fact(3, 8, "average july temperature", 0.33, 13.3)), "another place's");
        assertFalse(Siblings.of(january, fact(4, 7, "record low temperature", 0.5, 13)), "one word of three shared");
        assertFalse(Siblings.of(january, fact(5, 7, "average july temperature", 0.33, 10.5)), "far below");
        assertFalse(Siblings.of(fact(6, 7, "population", 0, 13), fact(7, 7, "population density", 0.5, 12.9)),
                "the question names the winner's label wholly: the density says more than was asked");
    }

    @Test
    void theSiblingsAreThoseRightBelowTheWinnerAndAtMostThreeOfThem() {
        Candidate winner = fact(1, 7, "speed limit in towns", 0.33, 12);
        Candidate outside = fact(2, 7, "speed limit outside towns", 0.5, 11.8);
        Candidate motorways = fact(3, 7, "speed limit on motorways", 0.33, 11.5);
        Candidate other = fact(4, 7, "average internet speed", 0.67, 11.4);
        Candidate lorries = fact(5, 7, "speed limit for lorries", 0.33, 11.3);
        assertEquals(List.of(outside, motorways), Siblings.of(QUESTION, winner, List.of(winner, outside, motorways,
                other, lorries)), "what is not a sibling ends them");
        Candidate fourth = fact(6, 7, "speed limit near schools", 0.33, 11.9);
        Candidate fifth = fact(7, 7, "speed limit in yards", 0.33, 11.9);
        assertEquals(Siblings.MAX - 1, Siblings.of(QUESTION, winner, List.of(winner, outside, motorways, fourth,
                fifth)).size());
    }
}
