package kz.bot.telegram;

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

    /** Stops receiving updates; updates already handed over are still answered. Never throws. */
    @Override
    void close();
}
