package kz.bot.telegram;

import java.time.Duration;

/**
 * A rate limit of {@code count} events per {@code per}: bursts of up to {@code count}, on average {@code count / per}.
 * Outgoing messages keep it as a sliding window (never more than {@code count} in any {@code per}); flood control as
 * a token bucket (see {@link FloodControl}). {@link #UNLIMITED} switches a limit off (the benchmark runs without
 * any).
 *
 * @param count events allowed per window; 0 only for {@link #UNLIMITED}
 * @param per   the window's length
 */
public record Rate(int count, Duration per) {

    /** No limit at all. */
    public static final Rate UNLIMITED = new Rate(0, Duration.ZERO);

    /** Checks the values: a positive count and window, or neither (unlimited). */
    public Rate {
        if (count < 0 || per.isNegative() || (count == 0) != per.isZero()) {
            throw new IllegalArgumentException("a rate needs count >= 1 and a positive window (or UNLIMITED): "
                    + count + " per " + per);
        }
    }

    /** {@code count} per {@code per}. */
    public static Rate of(int count, Duration per) {
        return new Rate(count, per);
    }

    /** True unless this is {@link #UNLIMITED}. */
    public boolean limited() {
        return count > 0;
    }

    @Override
    public String toString() {
        return limited() ? count + " per " + per.toMillis() + " ms" : "unlimited";
    }
}
