package kz.bot.telegram;

import java.time.Duration;

/**
 * The bot's tunables that are not configuration a user sets: defaults for production, shorter ones in tests.
 *
 * @param pollTimeoutSeconds  how long one getUpdates call waits for updates
 * @param workers             threads answering updates (each chat's updates still run one at a time, in order)
 * @param retry               retries of outgoing requests
 * @param pollBackoffFirst    the poller's first wait after a failed getUpdates (it grows to {@code pollBackoffMax})
 * @param pollBackoffMax      the poller's longest wait
 * @param shutdownGrace       how long shutting down waits for answers in flight
 * @param inlineCacheSeconds  how long Telegram may cache an inline answer
 */
public record BotSettings(int pollTimeoutSeconds, int workers, RetryPolicy retry, Duration pollBackoffFirst,
                          Duration pollBackoffMax, Duration shutdownGrace, int inlineCacheSeconds) {

    public BotSettings {
        if (pollTimeoutSeconds < 0 || workers < 1 || inlineCacheSeconds < 0) {
            throw new IllegalArgumentException("bad settings: poll timeout " + pollTimeoutSeconds + ", workers "
                    + workers + ", inline cache " + inlineCacheSeconds);
        }
    }

    /** Production defaults: Telegram's usual 50 s long poll, 8 workers, 5 s to finish answers on shutdown. */
    public static BotSettings defaults() {
        return new BotSettings(50, 8, RetryPolicy.defaults(), Duration.ofMillis(500), Duration.ofSeconds(60),
                Duration.ofSeconds(5), 300);
    }
}
