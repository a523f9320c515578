package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.bot.facts.FactBook;
import org.junit.jupiter.api.Test;

class PhrasingTest {

    private static final FakeTextIndex INDEX = new FakeTextIndex()
            .passage("The parliament of Kazakhstan is named the Kurultai since July", 0)
            .passage("The name Kurultai is named after an old assembly of the steppe, and a parliament of the people"
                    + " sat there for many long years in old Kazakhstan", 0)
            .fact(-1, "parliament", "Parliament Kurultai", "Kazakhstan", 0)
            .passage("The first parliament met in 1994, and after a long quarrel it was dissolved in 1995", 0);
    private static final Answerer ANSWERER = new Answerer(FactBook.of(List.of(), List.of(), List.of(), List.of(),
            Map.of()), INDEX, Weights.shipped());

    private static double phrase(String question, int unit) {
        Reading r = ANSWERER.explain(Question.of(question)).reading();
        Hit h = INDEX.search(r.words().stream().map(Word::query).toList(), null, -1, 10).stream()
                .filter(x -> x.unit() == unit).findFirst().orElseThrow();
        return new Phrasing(INDEX).of(r, h);
    }

    @Test
    void aPassageThatRepeatsTheQuestionsWordOrderScoresHigherThanOneThatScattersItsWords() {
        assertEquals(1.0, phrase("parliament Kazakhstan named", 0), 1e-9);
        assertEquals(0.0, phrase("parliament Kazakhstan named", 1), 1e-9, "the same words, far apart");
        assertEquals(0.5, phrase("Kurultai named parliament", 1), 1e-9, "one pair of two together");
        assertEquals(0.0, phrase("parliament Kazakhstan named", 2), 1e-9, "facts are not measured");
    }

    @Test
    void theYearATextGivesIsTheOneBesideTheQuestionsWords() {
        Reading r = ANSWERER.explain(Question.of("when was the parliament dissolved")).reading();
        Hit h = INDEX.search(r.words().stream().map(Word::query).toList(), null, -1, 10).stream()
                .filter(x -> x.unit() == 3).findFirst().orElseThrow();
        assertEquals("1995", new Phrasing(INDEX).yearNear(r, h));
        Reading met = ANSWERER.explain(Question.of("when did the parliament first meet")).reading();
        Hit same = INDEX.search(met.words().stream().map(Word::query).toList(), null, -1, 10).stream()
                .filter(x -> x.unit() == 3).findFirst().orElseThrow();
        assertEquals("1994", new Phrasing(INDEX).yearNear(met, same));
    }
}
