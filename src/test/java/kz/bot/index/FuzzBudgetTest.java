package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.kb.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzy work one question may cause is bounded: a message of 64 made-up words used to build Levenshtein automata
 * for every word (half a second of CPU); now only the first few distinct words are looked up, and the next question
 * has its own budget. Counted as the fuzzy lookups the index computed (each one is remembered), not timed.
 */
class FuzzBudgetTest {

    @TempDir
    Path tmp;

    private static String madeUpWords(int count, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < count; w++) {
            for (int i = 0; i < 12; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    private static int lookups(Library library) {
        return library.withCurrent(kb -> kb.index().fuzzLookupsCached());
    }

    @Test
    void aMessageOfMadeUpWordsFuzzesOnlyTheFirstFewAndTheNextQuestionStillFindsItsTypo() {
        try (Library library = Library.open(Path.of("knowledge"), tmp)) {
            int before = lookups(library);
            Answer hostile = library.answer(Question.of(madeUpWords(64, 7)));
            int spent = lookups(library) - before;
            assertFalse(hostile.found());
            // a word is looked up as a name and in a few fields
            int words = FuzzBudget.Limits.defaults().words();
            assertTrue(spent >= 1 && spent <= words * 3, "fuzzy lookups for one message of 64 made-up words: "
                    + spent);

            Answer typo = library.answer(Question.of("Population of Almatty"));
            assertTrue(typo.text().startsWith("Almaty — Population: 2,347,924"), typo.text());
        }
    }

    @Test
    void aBudgetAdmitsSoManyDistinctWordsAndTheSameWordAgainForFree() {
        try (FuzzBudget.Scope scope = FuzzBudget.open(new FuzzBudget.Limits(2, 100, Duration.ofHours(1), 24))) {
            long a = FuzzBudget.begin("first");
            FuzzBudget.end(a, 1);
            long b = FuzzBudget.begin("second");
            FuzzBudget.end(b, 1);
            assertTrue(FuzzBudget.begin("first") >= 0, "a word already fuzzed costs no more words");
            assertEquals(-1, FuzzBudget.begin("third"));
            assertEquals(-1, FuzzBudget.begin("x".repeat(25)), "longer than any name: not fuzzed");
            assertEquals(2, scope.fuzzed());
            assertEquals(2, scope.refused());
        }
        assertTrue(FuzzBudget.begin("third") >= 0, "with no budget open, nothing is refused");
    }

    @Test
    void expansionsAndTimeEndTheBudgetAndAnInnerBudgetGivesWayToTheOuterOne() {
        try (FuzzBudget.Scope outer = FuzzBudget.open(new FuzzBudget.Limits(10, 3, Duration.ofHours(1), 24))) {
            FuzzBudget.end(FuzzBudget.begin("many"), 3);
            assertEquals(-1, FuzzBudget.begin("more"), "three close forms found: the budget is spent");
            try (FuzzBudget.Scope inner = FuzzBudget.open(new FuzzBudget.Limits(10, 100, Duration.ZERO, 24))) {
                assertEquals(-1, FuzzBudget.begin("any"), "no time at all");
                assertEquals(1, inner.refused());
            }
            assertEquals(-1, FuzzBudget.begin("more"), "the outer budget is back, still spent");
            assertEquals(2, outer.refused());
        }
    }

    @Test
    void whileEveryLaneIsTakenAWordOfAnotherQuestionFindsNoCloseMatchAfterItsWait() throws Exception {
        FuzzBudget.Lanes lanes = new FuzzBudget.Lanes(1, Duration.ofMillis(100));
        FuzzBudget.Limits roomy = new FuzzBudget.Limits(10, 100, Duration.ofHours(1), 24);
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (FuzzBudget.Scope scope = FuzzBudget.open(roomy, lanes)) {
                long started = FuzzBudget.begin("steppe");
                holding.countDown();
                done.await();
                FuzzBudget.end(started, 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        holding.await();
        try (FuzzBudget.Scope scope = FuzzBudget.open(roomy, lanes)) {
            long t0 = System.nanoTime();
            assertEquals(-1, FuzzBudget.begin("almaty"), "the one lane is taken");
            assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(90).toNanos(), "after waiting for it");
            assertEquals(1, scope.refused());
            done.countDown();
            other.join();
            long started = FuzzBudget.begin("almaty");
            assertTrue(started >= 0, "the lane is free again");
            FuzzBudget.end(started, 0);
        }
    }
}
