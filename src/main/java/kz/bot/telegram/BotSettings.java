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
 * @param requestTimeout      connect, read and write timeout of a request to the Bot API (a long poll is given
 *                            this much on top of its own timeout)
 * @param shutdownGrace       how long shutting down waits for answers in flight
 * @param inlineCacheSeconds  how long Telegram may cache an inline answer
 * @param limits              flood control of incoming updates and pacing of outgoing messages
 * @param recentUpdates       how many update ids are remembered to recognise an update delivered twice
 * @param patience            how long a reload, a revoked token and a second bot on the same token are put up with
 * @param webhook             how much the webhook endpoint gives one connection, and how many it takes
 */
public record BotSettings(int pollTimeoutSeconds, int workers, RetryPolicy retry, Duration pollBackoffFirst,
                          Duration pollBackoffMax, Duration requestTimeout, Duration shutdownGrace,
                          int inlineCacheSeconds, Limits limits, int recentUpdates, Patience patience,
                          WebhookLimits webhook) {

    /** Checks the values. */
    public BotSettings {
        if (pollTimeoutSeconds < 0 || workers < 1 || inlineCacheSeconds < 0 || recentUpdates < 1
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("bad settings: poll timeout " + pollTimeoutSeconds + ", workers "
                    + workers + ", inline cache " + inlineCacheSeconds + ", recent updates " + recentUpdates
                    + ", request timeout " + requestTimeout);
        }
    }

    /**
     * Production defaults: Telegram's usual 50 s long poll, 8 workers, requests given 20 s, a failed poll retried
     * after at most 10 s (so the bot is back within seconds of the Bot API), 1.5 s to finish answers on shutdown
     * (SIGTERM ends the process within 3 s, the question log closed after the answers), Telegram's rate limits, the
     * last 10,000 update ids remembered, {@link Patience#defaults()} and {@link WebhookLimits#defaults()}.
     */
    public static BotSettings defaults() {
        return new BotSettings(50, 8, RetryPolicy.defaults(), Duration.ofMillis(500), Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofMillis(1500), 300, Limits.telegram(), 10_000, Patience.defaults(),
                WebhookLimits.defaults());
    }

    /** These settings with other limits. */
    public BotSettings withLimits(Limits other) {
        return new BotSettings(pollTimeoutSeconds, workers, retry, pollBackoffFirst, pollBackoffMax, requestTimeout,
                shutdownGrace, inlineCacheSeconds, other, recentUpdates, patience, webhook);
    }

    /** These settings with another retry policy. */
    public BotSettings withRetry(RetryPolicy other) {
        return new BotSettings(pollTimeoutSeconds, workers, other, pollBackoffFirst, pollBackoffMax, requestTimeout,
                shutdownGrace, inlineCacheSeconds, limits, recentUpdates, patience, webhook);
    }

    /** These settings with another patience. */
    public BotSettings withPatience(Patience other) {
        return new BotSettings(pollTimeoutSeconds, workers, retry, pollBackoffFirst, pollBackoffMax, requestTimeout,
                shutdownGrace, inlineCacheSeconds, limits, recentUpdates, other, webhook);
    }
}
