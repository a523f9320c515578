package kz.bot.telegram;

import java.time.Duration;

/**
 * How often and how patiently a request to the Bot API is retried after a network error, a 5xx or a 429.
 *
 * @param maxAttempts  attempts in all, the first included
 * @param firstBackoff the wait after the first failure; each further failure doubles it
 * @param maxBackoff   the longest wait between two attempts (a 429's {@code retry_after} is always honoured)
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    /** Checks the values. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= first <= max: " + firstBackoff + ", "
                    + maxBackoff);
        }
    }

    /**
     * Fourteen attempts spread over about 95 s (0.5, 1, 2, 4, 8 s, then every 10 s): a reply survives a Bot API
     * outage of a minute and more, and goes out within about 10 s of the Bot API coming back.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(14, Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    /** How long a request keeps being retried: the sum of every wait between its attempts. */
    public Duration patience() {
        Duration total = Duration.ZERO;
        for (int i = 1; i < maxAttempts; i++) {
            total = total.plus(backoff(i));
        }
        return total;
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoff(int attempt) {
        long millis = firstBackoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
