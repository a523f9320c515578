package kz.bot.telegram;

/** Where updates come from: long polling, or Telegram calling our webhook. */
sealed interface UpdateSource extends AutoCloseable permits LongPolling, WebhookServer {

    /** Starts receiving updates. */
    void start() throws Exception;

    /** Stops receiving updates; updates already handed over are still answered. Never throws. */
    @Override
    void close();
}
