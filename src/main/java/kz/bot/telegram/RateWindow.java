package kz.bot.telegram;

/**
 * The last {@code count} events of one {@link Rate}: an event may happen when fewer than {@code count} happened in the
 * window before it. Exact for events taken in time order, which is how they are taken (always at "now"). Times are
 * {@link System#nanoTime} values. Not thread-safe: its owner locks.
 */
final class RateWindow {

    private final long[] times;
    private final long per;
    /** Where the next event is written; once the ring is full, also the oldest event. */
    private int next;
    private int size;

    RateWindow(Rate rate) {
        if (!rate.limited()) {
            throw new IllegalArgumentException("an unlimited rate needs no window");
        }
        this.times = new long[rate.count()];
        this.per = rate.per().toNanos();
    }

    /** Nanoseconds from {@code now} until an event may happen; 0 when it may happen now. */
    long delay(long now) {
        if (size < times.length) {
            return 0;
        }
        return Math.max(0, times[next] + per - now);
    }

    /** Records an event at {@code now}; the caller has checked {@link #delay}. */
    void take(long now) {
        times[next] = now;
        next = (next + 1) % times.length;
        if (size < times.length) {
            size++;
        }
    }

    /** True when no event happened in the window before {@code now}: the same as a fresh window. */
    boolean idle(long now) {
        return size == 0 || times[(next - 1 + times.length) % times.length] + per <= now;
    }
}
