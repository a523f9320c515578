package kz.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import kz.bot.config.Config;
import kz.bot.config.ConfigException;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The Telegram bot: asks getMe who it is, sets its command menu and descriptions, then receives updates by long
 * polling or webhook and answers them with the core. {@link #close} stops receiving, lets the answers in flight go out
 * (bounded by the settings' grace period) and stops its threads; the library and the question log belong to the
 * caller.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    private final BotIdentity identity;
    private final BotSettings settings;
    private final UpdateRouter router;
    private final Sender sender;
    private final UpdateSource source;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final OkHttpClient http;
    private final CompletableFuture<String> gaveUp;
    private volatile boolean closed;

    private TelegramBot(BotIdentity identity, BotSettings settings, UpdateRouter router, Sender sender,
                        UpdateSource source, ExecutorService workers, ScheduledExecutorService timer,
                        OkHttpClient http, CompletableFuture<String> gaveUp) {
        this.gaveUp = gaveUp;
        this.identity = identity;
        this.settings = settings;
        this.router = router;
        this.sender = sender;
        this.source = source;
        this.workers = workers;
        this.timer = timer;
        this.http = http;
    }

    /**
     * Starts the bot for {@code config}, answering from {@code library} and logging questions to {@code log}.
     *
     * @throws ConfigException         when there is no token or TELEGRAM_API_URL cannot be used
     * @throws TelegramStartException  when the Bot API cannot be reached or refuses the token
     */
    public static TelegramBot start(Config config, Library library, QuestionLog log, BotSettings settings)
            throws TelegramStartException {
        return start(config, library, log, settings, UnaryOperator.identity());
    }

    /**
     * Checks the Telegram part of {@code config} before anything is opened.
     *
     * @throws ConfigException naming the variable that is missing or unusable
     */
    public static void check(Config config) {
        if (config.telegramToken().isEmpty()) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)");
        }
        ApiEndpoint.of(config.telegramApiUrl());
    }

    /** As {@link #start(Config, Library, QuestionLog, BotSettings)}, with the update handler wrapped (for tests). */
    static TelegramBot start(Config config, Library library, QuestionLog log, BotSettings settings,
                             UnaryOperator<UpdateHandler> wrap) throws TelegramStartException {
        return start(config, library, log, settings, wrap, new UpdateParser());
    }

    /** As above, reading updates with {@code parser} (tests put faults into it). */
    static TelegramBot start(Config config, Library library, QuestionLog log, BotSettings settings,
                             UnaryOperator<UpdateHandler> wrap, UpdateParser parser) throws TelegramStartException {
        String token = config.telegramToken().orElseThrow(() -> new ConfigException("TELEGRAM_BOT_TOKEN is not set"));
        TelegramUrl url = ApiEndpoint.of(config.telegramApiUrl());
        Redactor redactor = new Redactor(token, config.webhook().map(Config.Webhook::secret).orElse(""));
        Dispatcher dispatcher = new Dispatcher();
        // every request goes to one host: OkHttp's default of 5 per host would queue. Both limits equal: when the
        // per-host limit is the lower one, OkHttp scans its whole queue of waiting calls on every enqueue and every
        // finish (quadratic under a burst of replies: seen in JFR at 10% of the sending threads)
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectTimeout(settings.requestTimeout()).readTimeout(settings.requestTimeout())
                .writeTimeout(settings.requestTimeout())
                .callTimeout(settings.requestTimeout()) // the whole call, however slowly an answer trickles in
                // a message is posted once per attempt of ours (Sender, RetryPolicy): OkHttp would otherwise send a
                // request again by itself when the connection broke after it was written, and a user whose message
                // Telegram had already taken would get the answer twice
                .retryOnConnectionFailure(false)
                .build();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("telegram-retry"));
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), daemon("telegram-worker"));
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, token, url);
        Sender sender = new Sender(client, settings.retry(), redactor, timer,
                new SendPacer(settings.limits(), System::nanoTime));
        UpdateSource source = null;
        CompletableFuture<String> gaveUp = new CompletableFuture<>();
        try {
            BotIdentity me = whoAmI(sender, settings);
            LOG.info("connected to the Bot API at {} as @{} (id {})", config.telegramApiUrl().getHost(),
                    me.username(), me.id());
            setProfile(sender, config, redactor);
            Wiring parts = Wiring.of(me, library, log, config.adminIds(), settings, ChatSettings.defaults(), sender,
                    Clock.systemUTC());
            UpdateRouter router = new UpdateRouter(wrap.apply(parts.handler()), new ChatLanes(workers), redactor,
                    new RecentUpdates(settings.recentUpdates()), parts.gate(), sender::queued,
                    settings.limits().sendQueue());
            if (config.webhook().isPresent()) {
                Config.Webhook hook = config.webhook().get();
                source = new WebhookServer(hook, settings.webhook(), parser, router::accept);
                source.start();
                SetWebhook setWebhook = SetWebhook.builder().url(hook.url().toString()).secretToken(hook.secret())
                        .allowedUpdates(LongPolling.ALLOWED_UPDATES).build();
                await(sender.sendNow("setWebhook", () -> client.executeAsync(setWebhook)), settings);
                LOG.info("webhook registered; receiving updates at {}", hook.url().getHost());
            } else {
                source = new LongPolling(token, url, settings, router, redactor, parser, gaveUp);
                source.start();
                LOG.info("long polling started");
            }
            return new TelegramBot(me, settings, router, sender, source, workers, timer, http, gaveUp);
        } catch (TelegramStartException e) {
            stopAll(source, workers, timer, http);
            throw e;
        } catch (Exception e) {
            stopAll(source, workers, timer, http);
            throw new TelegramStartException("cannot start the Telegram bot: " + redactor.describe(e));
        }
    }

    /** The command menus and descriptions: a failure is logged, and the bot runs without them. */
    private static void setProfile(Sender sender, Config config, Redactor redactor) {
        List<BotApiMethod<Boolean>> requests = new ArrayList<>(BotProfile.menus(config.adminIds()));
        requests.addAll(BotProfile.descriptions());
        requests.addAll(BotProfile.shortDescriptions());
        for (BotApiMethod<Boolean> request : requests) {
            sender.sendNow(request).exceptionally(e -> {
                LOG.warn("{} not set: {}", request.getMethod(), redactor.describe(e));
                return null;
            });
        }
    }

    private static BotIdentity whoAmI(Sender sender, BotSettings settings) throws TelegramStartException {
        User me = await(sender.sendNow(new GetMe()), settings);
        if (me == null || me.getId() == null || me.getUserName() == null || me.getUserName().isBlank()) {
            throw new TelegramStartException("getMe did not say who the bot is");
        }
        return new BotIdentity(me.getId(), me.getUserName());
    }

    /** Waits for a start-up request, which the sender retries per the settings. */
    private static <T> T await(CompletableFuture<T> call, BotSettings settings)
            throws TelegramStartException {
        try {
            return call.get(startupTimeout(settings).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SendException s && s.error() instanceof SendError.Permanent p
                    && (p.code() == 401 || p.code() == 404)) {
                throw new TelegramStartException("the Bot API refused TELEGRAM_BOT_TOKEN (" + p.code()
                        + "): check the token from @BotFather");
            }
            throw new TelegramStartException("cannot reach the Bot API: " + cause.getMessage());
        } catch (TimeoutException e) {
            throw new TelegramStartException("the Bot API did not answer in " + startupTimeout(settings).toSeconds()
                    + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramStartException("interrupted while starting");
        }
    }

    /** Long enough for every retry the policy allows, plus the requests themselves. */
    private static Duration startupTimeout(BotSettings settings) {
        return settings.requestTimeout().multipliedBy(2).plus(settings.retry().patience());
    }

    /**
     * Completes, with the reason, when the bot has given up for good: Telegram refused the token (401) or another
     * process polled the same token (409) for longer than the settings' patience. The process should then end with a
     * status other than 0, so that a supervisor notices.
     */
    public CompletableFuture<String> gaveUp() {
        return gaveUp;
    }

    /** Who the bot is, from getMe. */
    public BotIdentity identity() {
        return identity;
    }

    /**
     * Waits up to {@code timeout} until the updates handed over so far are handled and every request they caused is
     * settled (for tests: after this, the fake Bot API has seen everything the bot will send for them).
     */
    boolean awaitIdle(Duration timeout) {
        long t0 = System.nanoTime();
        boolean handled = router.drain(timeout);
        Duration left = timeout.minusNanos(System.nanoTime() - t0);
        return sender.drain(left.isNegative() ? Duration.ZERO : left) && handled;
    }

    /** Messages waiting in the send queue (for tests). */
    int queuedMessages() {
        return sender.queued();
    }

    /**
     * How long ago the bot last heard from Telegram: the last answered getUpdates when polling (a healthy long poll
     * answers at least once per poll timeout), zero for a webhook. The health check reads it.
     */
    public Duration sinceLastContact() {
        return source.sinceLastContact();
    }

    /** The webhook's bound port, or -1 when polling. */
    int webhookPort() {
        return source instanceof WebhookServer w ? w.port() : -1;
    }

    /**
     * Stops receiving updates, waits (within the grace period) for the updates being handled and the replies being
     * sent, then stops every thread of the bot. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        source.close(); // the poller's thread has handed over what it took, and takes nothing more
        router.stop();
        Duration grace = settings.shutdownGrace();
        boolean handled = router.drain(grace);
        Duration left = grace.minusNanos(System.nanoTime() - t0);
        boolean sent = sender.drain(left.isNegative() ? Duration.ZERO : left);
        if (!handled || !sent) {
            LOG.warn("shutting down with answers still in flight after {} ms ({} messages not sent)",
                    grace.toMillis(), sender.queued());
        } else {
            source.confirmTaken(); // everything taken is answered: Telegram need not deliver it again
        }
        stopAll(null, workers, timer, http);
        LOG.info("Telegram bot stopped");
    }

    private static void stopAll(UpdateSource source, ExecutorService workers, ScheduledExecutorService timer,
                                OkHttpClient http) {
        if (source != null) {
            source.close();
        }
        workers.shutdownNow();
        timer.shutdownNow();
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
