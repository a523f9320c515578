package kz.bot.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.kb.Library;

/**
 * The answering core under a steady load: the questions asked back to back on N threads for a set time, each thread
 * starting at a place of its own in the list so that the threads do not ask the same question at once. Measures only;
 * {@link Bench} writes the figures into its report. Stateless: every {@link #run} starts and joins its own threads.
 */
final class Throughput {

    private Throughput() {
    }

    /**
     * The figures of one run.
     *
     * @param threads   how many threads asked
     * @param latencies the time of every answer
     * @param seconds   how long the run took, from starting the threads to the last one's end
     * @param failures  answers with no text
     */
    record Result(int threads, LatencyRecorder.Percentiles latencies, double seconds, long failures) {

        int answers() {
            return latencies.sorted().length;
        }

        long answersPerSecond() {
            return Math.round(answers() / seconds);
        }
    }

    /** Asks {@code questions} on {@code threads} threads for {@code seconds}. */
    static Result run(Library library, List<String> questions, int threads, double seconds)
            throws InterruptedException {
        LatencyRecorder[] recorders = new LatencyRecorder[threads];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            LatencyRecorder recorder = recorders[t] = new LatencyRecorder();
            int offset = t * 7;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = offset; !stop.get(); i++) {
                        String q = questions.get(i % questions.size());
                        long s = System.nanoTime();
                        Answer a = library.answer(Question.of(q));
                        recorder.record(System.nanoTime() - s);
                        if (a.text().isEmpty()) {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
            worker.start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return new Result(threads, LatencyRecorder.merge(recorders), elapsed, failures.get());
    }
}
