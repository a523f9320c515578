package kz.bot.telegram;

import java.time.Duration;

/**
 * The wait after failed getUpdates calls: grows by half each time up to a maximum, reset by a success. Thread-safe
 * (its methods are synchronized), though the poller's thread is its only user.
 */
final class PollBackOff {

    private final long first;
    private final long max;
    private long next;

    /** A backoff starting at {@code first} (at least 1 ms) and growing to {@code max} (at least {@code first}). */
    PollBackOff(Duration first, Duration max) {
        this.first = Math.max(1, first.toMillis());
        this.max = Math.max(this.first, max.toMillis());
        this.next = this.first;
    }

    /** A call succeeded: the next failure waits the first wait again. */
    synchronized void reset() {
        next = first;
    }

    /** The wait after this failure, in milliseconds; the next one will be half as long again. */
    synchronized long nextBackOffMillis() {
        long now = next;
        next = Math.min(max, next + next / 2);
        return now;
    }
}
