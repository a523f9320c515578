package kz.bot.telegram;

import java.time.Duration;

/** Where updates come from: long polling, or Telegram calling our webhook. */
sealed interface UpdateSource extends AutoCloseable permits LongPolling, WebhookServer {

    /** Starts receiving updates. */
    void start() throws Exception;

    /**
     * After {@link #close}, once every update taken is answered: tells Telegram so, where that is needed for it not to
     * deliver them again after a restart. Never throws.
     */
    default void confirmTaken() {
    }

    /**
     * How long ago this source last heard from Telegram; zero for a webhook, which waits for Telegram to call and
     * hears nothing while nobody writes.
     */
    default Duration sinceLastContact() {
        return Duration.ZERO;
    }

    /** Stops receiving updates; updates already handed over are still answered. Never throws. */
    @Override
    void close();
}
