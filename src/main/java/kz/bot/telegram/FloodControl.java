package kz.bot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Per-key flood control (the key is a user id), a token bucket per key: a {@link Rate} of {@code count} per
 * {@code per} holds {@code count} tokens and gets one back every {@code per / count} — 5 per 5 s is a burst of five,
 * then one a second, smoothly (a sliding window would answer a steady flooder in bursts of five with silences
 * between). An event with a token passes; the first one without gets a {@link Verdict#NOTICE} (the caller tells the
 * user to slow down), the rest of the flood is {@link Verdict#DROP}ped. A flood ends when the bucket has filled up
 * again; the next flood gets its notice again. Memory stays bounded: full buckets are forgotten once many keys are
 * remembered (a full bucket is the same as a new one). Thread-safe.
 */
final class FloodControl {

    /** What to do with one event. */
    enum Verdict { PASS, NOTICE, DROP }

    /** Keys remembered before quiet ones are swept out. */
    static final int SWEEP_AT = 10_000;

    private final Rate rate;
    private final LongSupplier clock;
    private final long full;
    private final long cost;
    private final Map<Long, State> keys = new HashMap<>();
    private int sweepAt = SWEEP_AT;

    /** Flood control at {@code rate}, reading the time from {@code clock} (nanoseconds, as System::nanoTime). */
    FloodControl(Rate rate, LongSupplier clock) {
        this.rate = rate;
        this.clock = clock;
        this.full = rate.per().toNanos();
        this.cost = rate.limited() ? full / rate.count() : 0;
    }

    /**
     * One key's bucket, in nanoseconds so that refilling is exact: {@code credit} as of {@code at} (a full bucket is
     * {@code per}, an event costs {@code per / count}), and whether this flood has had its notice.
     */
    private static final class State {
        long credit;
        long at;
        boolean noticed;

        State(long credit, long at) {
            this.credit = credit;
            this.at = at;
        }
    }

    /** The verdict on one event of {@code key}; an unlimited rate passes everything. */
    Verdict check(long key) {
        if (!rate.limited()) {
            return Verdict.PASS;
        }
        long now = clock.getAsLong();
        synchronized (keys) {
            State s = keys.get(key);
            if (s == null) {
                sweep(now);
                s = new State(full, now);
                keys.put(key, s);
            }
            refill(s, now);
            if (s.credit >= full) {
                s.noticed = false; // the bucket filled up again: whatever comes next is a new flood
            }
            if (s.credit >= cost) {
                s.credit -= cost;
                return Verdict.PASS;
            }
            if (s.noticed) {
                return Verdict.DROP;
            }
            s.noticed = true;
            return Verdict.NOTICE;
        }
    }

    /** False when the rate is unlimited: every check passes. */
    boolean limited() {
        return rate.limited();
    }

    /** How many keys are remembered (for tests). */
    int remembered() {
        synchronized (keys) {
            return keys.size();
        }
    }

    private void refill(State s, long now) {
        s.credit = Math.min(full, s.credit + Math.max(0, now - s.at));
        s.at = now;
    }

    private void sweep(long now) {
        if (keys.size() < sweepAt) {
            return;
        }
        keys.values().removeIf(s -> {
            refill(s, now);
            return s.credit >= full;
        });
        // when most keys are busy, sweep again only after as many new ones: the cost stays constant per key
        sweepAt = Math.max(SWEEP_AT, keys.size() * 2);
    }
}
