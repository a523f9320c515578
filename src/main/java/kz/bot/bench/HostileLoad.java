package kz.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import kz.bot.answer.Question;
import kz.bot.kb.Library;

/**
 * The "hostile" workload: the mixed questions asked back to back on one thread while {@value #SENDERS} senders each
 * send a message of {@value #WORDS} distinct made-up words of {@value #WORD_LENGTH} letters once a second — as much as
 * one user may send within the bot's flood control (5 at once, then one a second), as eight accounts of one attacker
 * would. Every hostile message is new: its words are never in a cache. Reports the ordinary questions' latency under
 * that load (to compare with the mixed workload on one thread alone) and what a hostile message costs.
 */
final class HostileLoad {

    static final int SENDERS = 8;
    static final int WORDS = 64;
    static final int WORD_LENGTH = 12;
    static final long EVERY_NANOS = 1_000_000_000L;

    private HostileLoad() {
    }

    /** Runs the workload for {@code seconds} and returns its figures. */
    static ObjectNode run(Library library, List<String> questions, double seconds, long seed)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        LatencyRecorder ordinary = new LatencyRecorder();
        LatencyRecorder[] hostile = new LatencyRecorder[SENDERS];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < SENDERS; s++) {
            LatencyRecorder recorder = hostile[s] = new LatencyRecorder();
            Random random = new Random(seed * 31 + s);
            long first = start + EVERY_NANOS * s / SENDERS; // spread over the second, as independent people would be
            threads.add(new Thread(() -> {
                for (long next = first; !stop.get(); next += EVERY_NANOS) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    if (stop.get()) {
                        break;
                    }
                    String message = madeUpWords(random);
                    long t0 = System.nanoTime();
                    library.answer(Question.of(message));
                    recorder.record(System.nanoTime() - t0);
                }
            }, "bench-hostile-" + s));
        }
        threads.add(new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                String q = questions.get(i % questions.size());
                long t0 = System.nanoTime();
                library.answer(Question.of(q));
                ordinary.record(System.nanoTime() - t0);
            }
        }, "bench-ordinary"));
        threads.forEach(Thread::start);
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        LatencyRecorder.Percentiles normal = LatencyRecorder.merge(ordinary);
        LatencyRecorder.Percentiles attack = LatencyRecorder.merge(hostile);
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("senders", SENDERS);
        out.put("words_per_message", WORDS);
        out.put("messages", attack.sorted().length);
        out.put("message_p50_ms", round(attack.micros(0.5) / 1000));
        out.put("message_max_ms", round(attack.maxMicros() / 1000));
        out.put("ordinary_answers", normal.sorted().length);
        out.put("ordinary_p50_us", round(normal.micros(0.5)));
        out.put("ordinary_p99_us", round(normal.micros(0.99)));
        out.put("ordinary_max_us", round(normal.maxMicros()));
        return out;
    }

    /** {@value #WORDS} random lower-case Latin words, none of them a real one in practice. */
    static String madeUpWords(Random random) {
        StringBuilder sb = new StringBuilder(WORDS * (WORD_LENGTH + 1));
        for (int w = 0; w < WORDS; w++) {
            for (int i = 0; i < WORD_LENGTH; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
