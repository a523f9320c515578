package kz.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling with the library's poller, on a daemon thread of our own (the library's default thread would keep the
 * JVM alive after shutdown), with its own HTTP client whose read timeout outlasts the long poll, and with answers
 * read update by update ({@link TolerantGetUpdates}). The library itself drops an update handed out again whose id is
 * not above the last one it received; the router's {@link RecentUpdates} is the second line, and the only one for a
 * webhook's redeliveries.
 */
final class LongPolling implements UpdateSource {

    /** The updates the bot asks for; everything else Telegram keeps to itself. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "inline_query");
    private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);

    private final String token;
    private final TelegramUrl url;
    private final BotSettings settings;
    private final LongPollingUpdateConsumer consumer;
    private final Redactor redactor;
    private final UpdateParser parser;
    private final OkHttpClient http;
    private final ScheduledExecutorService poller;
    private TelegramBotsLongPollingApplication app;
    /** When a getUpdates call last got an answer ({@link System#nanoTime()}); the start counts as one. */
    private volatile long lastAnswer = System.nanoTime();

    LongPolling(String token, TelegramUrl url, BotSettings settings, LongPollingUpdateConsumer consumer,
                Redactor redactor, UpdateParser parser) {
        this.token = token;
        this.url = url;
        this.settings = settings;
        this.consumer = consumer;
        this.redactor = redactor;
        this.parser = parser;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.requestTimeout())
                .writeTimeout(settings.requestTimeout())
                .readTimeout(settings.requestTimeout().plusSeconds(settings.pollTimeoutSeconds()))
                .build();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poller");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Deletes any webhook and starts polling.
     *
     * @throws TelegramApiException when deleteWebhook fails (the message is redacted)
     */
    @Override
    public void start() throws TelegramApiException {
        app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller,
                () -> new PollBackOff(settings.pollBackoffFirst(), settings.pollBackoffMax()));
        int timeout = settings.pollTimeoutSeconds();
        try {
            app.registerBot(token, () -> url,
                    last -> new TolerantGetUpdates(last + 1, 100, timeout, ALLOWED_UPDATES, parser,
                            () -> lastAnswer = System.nanoTime()), consumer);
        } catch (TelegramApiException e) {
            close();
            throw new TelegramApiException("cannot start polling: " + redactor.describe(e));
        }
    }

    @Override
    public Duration sinceLastContact() {
        return Duration.ofNanos(System.nanoTime() - lastAnswer);
    }

    @Override
    public void close() {
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                LOG.warn("stopping the poller: {}", redactor.describe(e));
            }
        }
        // The long poll in progress is left to end by itself: cancelling or interrupting it only makes the library
        // log an error with a stack trace. Its thread is a daemon, and whatever it still receives is not confirmed
        // to Telegram (the router is stopped), so Telegram delivers it again after the restart.
        poller.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** The wait after failed getUpdates calls: grows by half each time up to a maximum, reset by a success. */
    static final class PollBackOff implements BackOff {
        private final long first;
        private final long max;
        private long next;

        PollBackOff(Duration first, Duration max) {
            this.first = Math.max(1, first.toMillis());
            this.max = Math.max(this.first, max.toMillis());
            this.next = this.first;
        }

        @Override
        public synchronized void reset() {
            next = first;
        }

        @Override
        public synchronized long nextBackOffMillis() {
            long now = next;
            next = Math.min(max, next + next / 2);
            return now;
        }
    }
}
