package kz.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Long polling, on a daemon thread of our own. The library's poller was replaced because of what it does with faults:
 * an {@code Error} (an {@code OutOfMemoryError} on one oversized answer) ended it silently, leaving a live process
 * that never polled again; it dropped updates whose id is lower than the last one seen (Telegram may renumber after a
 * week without updates); it logged every failed poll with a stack trace and could not tell a revoked token (401) or
 * a second bot on the same token (409) from a network error. Here:
 * <ul>
 * <li>anything thrown while polling is said in one line and polling goes on — never a deaf poller;</li>
 * <li>a whole call is bounded ({@code callTimeout}: the long poll plus the request timeout), not only each read
 * ({@link PollHttp});</li>
 * <li>an answer is read up to a size derived from the heap; an update too large for it is skipped, by id;</li>
 * <li>the offset follows the ids of the last answer, lower ones included ({@link PollOffset}); a renumbering is
 * said once;</li>
 * <li>401 and 409 are said once each, in Telegram's words ({@link PollRefusal}), and {@link PollWatch} decides when
 * to give up; other failures wait as {@link PollBackOff} says.</li>
 * </ul>
 * Answers are read update by update ({@link UpdateParser}); updates go to the router, which drops repeats. This class
 * is the loop and its log lines; the decisions are in the classes named above. Polling runs on a thread of its own;
 * {@link #start} is called once, and {@link #close}, {@link #confirmTaken} and {@link #sinceLastContact} may then be
 * called from any thread.
 */
final class LongPolling implements UpdateSource {

    /** The updates the bot asks for; everything else Telegram keeps to itself. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "inline_query");
    /** Telegram hands out at most 100 updates per call. */
    static final int MAX_BATCH = 100;
    /** The largest getUpdates answer read: Telegram's are well under a megabyte; a 16th of a small heap at most. */
    static final long MAX_ANSWER_BYTES = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 16);
    private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);

    private final BotSettings settings;
    private final UpdateRouter router;
    private final Redactor redactor;
    private final UpdateParser parser;
    private final CompletableFuture<String> gaveUp;
    private final PollHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final Thread thread;
    private final PollBackOff backoff;
    private PollWatch watch;
    private volatile boolean running;
    private volatile Call current;
    private final PollOffset offset = new PollOffset();
    /** When a getUpdates call last got an answer ({@link System#nanoTime()}); the start counts as one. */
    private volatile long lastAnswer = System.nanoTime();

    /** A poller handing updates to {@code router}; {@code gaveUp} completes with the reason if it stops for good. */
    LongPolling(String token, TelegramUrl url, BotSettings settings, UpdateRouter router, Redactor redactor,
                UpdateParser parser, CompletableFuture<String> gaveUp) {
        this.settings = settings;
        this.router = router;
        this.redactor = redactor;
        this.parser = parser;
        this.gaveUp = gaveUp;
        this.http = new PollHttp(token, url, settings);
        this.backoff = new PollBackOff(settings.pollBackoffFirst(), settings.pollBackoffMax());
        this.thread = new Thread(this::loop, "telegram-poller");
        this.thread.setDaemon(true);
    }

    /**
     * Deletes any webhook (getUpdates is refused while one is set) and starts polling.
     *
     * @throws TelegramApiException when deleteWebhook fails (the message is redacted)
     */
    @Override
    public void start() throws TelegramApiException {
        try (Response response = http.call("deleteWebhook", "{}").execute()) {
            JsonNode answer = json.readTree(PollHttp.read(response.body(), 1 << 16));
            if (!response.isSuccessful() || !answer.path("ok").asBoolean(false)) {
                throw new TelegramApiException(response.code() + " " + answer.path("description").asText(""));
            }
        } catch (IOException | TelegramApiException e) {
            close();
            throw new TelegramApiException("cannot start polling: deleteWebhook failed: " + redactor.describe(e));
        }
        watch = new PollWatch(settings.patience(), Duration.ofSeconds(settings.pollTimeoutSeconds())
                .plus(settings.requestTimeout()).plus(settings.pollBackoffMax()), System::nanoTime);
        running = true;
        thread.start();
    }

    private void loop() {
        while (running) {
            long wait;
            try {
                wait = pollOnce();
            } catch (Throwable t) {
                // an Error (out of memory) or a bug: said, and polling goes on — never a live process that is deaf
                wait = backoff.nextBackOffMillis();
                LOG.error("polling failed: {}; polling again in {} ms", redactor.describe(t), wait);
            }
            if (wait > 0 && running) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return; // closing
                }
            }
        }
    }

    /** One getUpdates call and what follows from it; returns how long to wait before the next. */
    private long pollOnce() throws IOException {
        int room = offset.limit(router.room());
        if (room <= 0) {
            return 50; // no room to answer more: what Telegram holds stays unconfirmed until there is
        }
        GetUpdates request = new GetUpdates(offset.next(), room, settings.pollTimeoutSeconds(), ALLOWED_UPDATES);
        Call call = http.call(request.getMethod(), json.writeValueAsString(request));
        current = call;
        byte[] body;
        int status;
        try (Response response = call.execute()) {
            status = response.code();
            body = PollHttp.read(response.body(), MAX_ANSWER_BYTES);
        } catch (IOException e) {
            if (!running) {
                return 0; // the call was cancelled by close()
            }
            long wait = backoff.nextBackOffMillis();
            LOG.warn("getUpdates failed ({}); polling again in {} ms", redactor.describe(e), wait);
            return wait;
        } finally {
            current = null;
        }
        if (body.length > MAX_ANSWER_BYTES) {
            return unreadable(String.format(Locale.ROOT, "larger than %.1f MB", MAX_ANSWER_BYTES / 1048576.0), body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Optional<PollRefusal> refusal = PollRefusal.of(status, text, json);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        List<Update> updates;
        try {
            updates = parser.readAll(text);
        } catch (TelegramApiRequestException e) {
            return unreadable(e.getMessage(), body);
        }
        lastAnswer = System.nanoTime();
        watch.answered();
        backoff.reset();
        offset.readWhole();
        deliver(updates);
        return 0;
    }

    /** The updates go to the router; the next offset follows this answer's ids, even when they went down. */
    private void deliver(List<Update> updates) {
        if (!running) {
            return; // stopping: what came in this answer is left unconfirmed, for the next start
        }
        Optional<PollOffset.Taken> taken = offset.take(updates.stream().mapToInt(Update::getUpdateId).toArray(),
                router::seenBefore);
        if (taken.isEmpty()) {
            return;
        }
        if (taken.get().renumbered()) {
            LOG.warn("update ids started again below the last one ({} after {}): Telegram may renumber updates after"
                    + " a long quiet spell; they are answered", taken.get().last(), taken.get().before());
        }
        router.consume(updates);
    }

    /** A getUpdates answer that cannot be read: one update at a time, then the one at fault is skipped by its id. */
    private long unreadable(String why, byte[] body) {
        if (offset.narrow()) {
            LOG.warn("a getUpdates answer could not be read ({}); asking for one update at a time", why);
            return 0;
        }
        OptionalInt skipped = offset.skip(body);
        if (skipped.isPresent()) {
            LOG.warn("update {} could not be read ({}) and is skipped", skipped.getAsInt(), why);
            return 0;
        }
        long wait = backoff.nextBackOffMillis();
        LOG.warn("a getUpdates answer could not be read ({}); polling again in {} ms", why, wait);
        return wait;
    }

    /** A getUpdates call Telegram (or a proxy in front of it) refused. */
    private long refused(PollRefusal refusal) {
        int code = refusal.code();
        String description = refusal.description();
        PollWatch.Verdict verdict = switch (code) {
            case 401 -> watch.unauthorized(description);
            case 409 -> watch.conflict(description);
            default -> null;
        };
        if (verdict instanceof PollWatch.GiveUp g) {
            LOG.error("polling stops: {}", g.reason());
            running = false;
            gaveUp.complete(g.reason());
            return 0;
        }
        if (verdict instanceof PollWatch.Say say) {
            LOG.error("{}", say.line());
        }
        if (refusal.saysWhenToRetry()) {
            int seconds = refusal.retryAfterSeconds();
            LOG.warn("getUpdates: 429 {}; polling again in {} s", description, seconds);
            return seconds * 1000L;
        }
        long wait = backoff.nextBackOffMillis();
        if (verdict == null) {
            LOG.warn("getUpdates refused: {} {}; polling again in {} ms", code, description, wait);
        }
        return wait;
    }

    @Override
    public Duration sinceLastContact() {
        return Duration.ofNanos(System.nanoTime() - lastAnswer);
    }

    /**
     * Confirms to Telegram the updates taken so far (a getUpdates with the next offset that waits for nothing): when
     * the poller paused because the send queue was full, the last batch was not confirmed by a next poll, and would
     * otherwise be delivered — and answered — again after a restart.
     */
    @Override
    public void confirmTaken() {
        int next = offset.next();
        if (next <= 0) {
            return;
        }
        try (Response response = http.quickCall("getUpdates", json.writeValueAsString(
                new GetUpdates(next, 1, 0, ALLOWED_UPDATES))).execute()) {
            LOG.debug("confirmed the updates before {} ({})", next, response.code());
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not confirm the updates taken to Telegram ({}): some may be delivered again after the"
                    + " restart", redactor.describe(e));
        }
    }

    /** Stops polling: the call in progress is cancelled, so nothing more is taken (or confirmed to Telegram). */
    @Override
    public void close() {
        running = false;
        Call call = current;
        if (call != null) {
            call.cancel();
        }
        thread.interrupt();
        try {
            if (thread.isAlive() && thread != Thread.currentThread()) {
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
