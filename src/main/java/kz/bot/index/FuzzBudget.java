package kz.bot.index;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How much fuzzy matching one question may cost. Finding the names and indexed words within an edit or two of a word
 * builds a Levenshtein automaton per word (about a millisecond for a long one): a message of 64 distinct made-up
 * words cost half a second of CPU, and a few accounts sending such messages within their flood limits took the
 * machine from everybody else. A budget bounds it per question: at most {@link Limits#words} distinct words are
 * fuzzed, the fuzzing together returns at most {@link Limits#expansions} candidates, and it stops once it has taken
 * {@link Limits#time}; and only so many questions fuzz at the same moment ({@link Lanes}). A word past the budget is
 * treated as a word with no close match. Answers already computed (the caches of {@link NameDictionary} and
 * {@link KnowledgeIndex}) cost nothing and are always used.
 *
 * <p>Whoever answers a question opens a budget around the answer ({@link #open}) on the answering thread; the two
 * places that fuzz read it with {@link #begin} and {@link #end}. With no budget open (tests and tools calling the
 * index directly) fuzzing is not bounded. A budget belongs to one thread and is not shared.
 */
public final class FuzzBudget {

    /**
     * The bounds of one question's fuzzy matching.
     *
     * @param words      distinct words fuzzed
     * @param expansions close forms returned by all fuzzing together
     * @param time       time spent fuzzing (checked before each word, so one word may run over it)
     * @param longest    the longest word fuzzed, in characters: the automaton of a long word costs far more (a
     *                   52-letter word, 100-300 ms), and no place name or ordinary word is that long
     */
    public record Limits(int words, int expansions, Duration time, int longest) {

        /** Checks the values. */
        public Limits {
            if (words < 0 || expansions < 0 || time.isNegative() || longest < 0) {
                throw new IllegalArgumentException("bad fuzz limits: " + words + " words, " + expansions
                        + " expansions, " + time + ", " + longest + " characters");
            }
        }

        /**
         * Production: 5 words of at most 24 characters, 64 close forms, 100 ms. The golden and benchmark questions
         * (440) fuzz at most 4 distinct words — out-of-scope ones, such as "How tall is Mount Everest?"; a question
         * with typos, 3 — and find at most 16 close forms; cold (nothing cached yet) the slowest takes 15-35 ms doing
         * so on the development machine: a word of 12 letters costs 3-10 ms per lookup, and a word is looked up as a
         * name and per field. The time is a backstop: answers must not depend on how busy the machine is. A hostile
         * message of 64 made-up words stops at the fifth.
         */
        public static Limits defaults() {
            return new Limits(5, 64, Duration.ofMillis(100), 24);
        }
    }

    /**
     * How many questions may fuzz at the same moment, whoever asks: fuzzing is CPU, and a few senders of made-up words
     * must not take every core from the questions that need none (most are answered from the caches). A word waits at
     * most {@code wait} for a lane; one that gets none is treated as having no close match. Thread-safe; one per
     * library.
     */
    public static final class Lanes {
        private final Semaphore permits;
        private final long waitNanos;

        /** {@code lanes} at once, each question word waiting at most {@code wait} for one. */
        public Lanes(int lanes, Duration wait) {
            if (lanes < 1 || wait.isNegative()) {
                throw new IllegalArgumentException("bad fuzz lanes: " + lanes + ", " + wait);
            }
            this.permits = new Semaphore(lanes, true);
            this.waitNanos = wait.toNanos();
        }

        /**
         * Half the cores (at least one): the other half stays for the questions answered from the caches. A word
         * waits 50 ms: a lane is held for one word's lookups, 3-30 ms.
         */
        public static Lanes forThisMachine() {
            return new Lanes(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), Duration.ofMillis(50));
        }

        private boolean take() {
            try {
                return permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void give() {
            permits.release();
        }
    }

    private static final ThreadLocal<FuzzBudget> CURRENT = new ThreadLocal<>();

    private final Limits limits;
    private final Lanes lanes;
    private final FuzzBudget outer;
    private final Set<String> words = new HashSet<>();
    private int expansions;
    private long nanos;
    private int refused;

    private FuzzBudget(Limits limits, Lanes lanes, FuzzBudget outer) {
        this.limits = limits;
        this.lanes = lanes;
        this.outer = outer;
    }

    /** Opens a budget for the question answered next on this thread; close it when the answer is done. */
    public static Scope open(Limits limits) {
        return open(limits, null);
    }

    /** As {@link #open(Limits)}, fuzzing only in one of {@code lanes} (none: no bound on questions fuzzing at once). */
    public static Scope open(Limits limits, Lanes lanes) {
        FuzzBudget budget = new FuzzBudget(limits, lanes, CURRENT.get());
        CURRENT.set(budget);
        return new Scope(budget);
    }

    /** An open budget: closing it restores whatever budget was open before on this thread. */
    public static final class Scope implements AutoCloseable {
        private final FuzzBudget budget;

        private Scope(FuzzBudget budget) {
            this.budget = budget;
        }

        /** Words that were not fuzzed because the budget was spent. */
        public int refused() {
            return budget.refused;
        }

        /** Distinct words fuzzed so far. */
        public int fuzzed() {
            return budget.words.size();
        }

        /** Close forms found so far. */
        public int expansions() {
            return budget.expansions;
        }

        /** Time spent fuzzing so far. */
        public Duration spent() {
            return Duration.ofNanos(budget.nanos);
        }

        @Override
        public void close() {
            if (budget.outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(budget.outer);
            }
        }
    }

    /**
     * Asks to fuzz {@code form}: returns the start time to hand to {@link #end} (which must follow, in a
     * {@code finally}), or -1 when this question's budget is spent, or no lane came free in time, and the word is to
     * be treated as having no close match.
     */
    static long begin(String form) {
        FuzzBudget b = CURRENT.get();
        if (b != null && (!b.admits(form) || b.lanes != null && !b.lanes.take())) {
            b.refused++;
            return -1;
        }
        return System.nanoTime();
    }

    /** Charges the fuzzing begun at {@code started} that found {@code found} close forms, and frees its lane. */
    static void end(long started, int found) {
        FuzzBudget b = CURRENT.get();
        if (b != null) {
            b.nanos += System.nanoTime() - started;
            b.expansions += found;
            if (b.lanes != null) {
                b.lanes.give();
            }
        }
    }

    private boolean admits(String form) {
        if (nanos >= limits.time().toNanos() || expansions >= limits.expansions()
                || form.codePointCount(0, form.length()) > limits.longest()) {
            return false;
        }
        return words.contains(form) || words.size() < limits.words() && words.add(form);
    }
}
