package kz.bot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything the bot sends goes through here. Each chat has its own queue: its messages leave one after another in the
 * order they were given, while other chats' messages go on in parallel. A 429 waits {@code retry_after} seconds and
 * resends that message (holding back only that chat); network errors and 5xx are retried with a growing backoff; a
 * request that is wrong (400, 403) is logged and dropped so the chat's queue moves on. Nothing blocks a thread while
 * it waits. Messages posted to a chat are paced within Telegram's limits by the {@link SendPacer} in
 * {@link #attempt}: one that may not go yet waits its turn on the timer (holding back only its own chat), so
 * bursts are spread out instead of being refused by Telegram or dropped. Thread-safe.
 */
final class Sender {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final TelegramClient client;
    private final RetryPolicy retry;
    private final Redactor redactor;
    private final ScheduledExecutorService timer;
    private final SendPacer pacer;
    /** Per chat, the future that completes when its last queued request is settled (sent or given up). */
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Set<CompletableFuture<?>> unordered = ConcurrentHashMap.newKeySet();
    /** Messages posted to chats that are not settled yet (sent, or given up). */
    private final AtomicInteger queued = new AtomicInteger();

    Sender(TelegramClient client, RetryPolicy retry, Redactor redactor, ScheduledExecutorService timer,
           SendPacer pacer) {
        this.client = client;
        this.retry = retry;
        this.redactor = redactor;
        this.timer = timer;
        this.pacer = pacer;
    }

    /** Sends {@code method} to chat {@code chatId} after everything queued for that chat before it. */
    <T extends Serializable> CompletableFuture<T> send(long chatId, BotApiMethod<T> method) {
        return send(chatId, method, false);
    }

    /**
     * As {@link #send(long, BotApiMethod)}; an {@code urgent} message (to an administrator) is not held back by the
     * messages of other chats waiting for Telegram's overall limit.
     */
    <T extends Serializable> CompletableFuture<T> send(long chatId, BotApiMethod<T> method, boolean urgent) {
        return send(chatId, method.getMethod(), () -> client.executeAsync(method), urgent);
    }

    /**
     * Sends a photo to chat {@code chatId} in its queue, paced like a message. A photo is an upload the client has a
     * method of its own for; {@code photo} makes the request afresh for each attempt (an upload's stream is read once).
     */
    CompletableFuture<Message> sendPhoto(long chatId, Supplier<SendPhoto> photo, boolean urgent) {
        return send(chatId, "sendPhoto", () -> client.executeAsync(photo.get()), urgent);
    }

    private <T> CompletableFuture<T> send(long chatId, String name, Callable<CompletableFuture<T>> call,
                                          boolean urgent) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (postsMessage(name)) {
            queued.incrementAndGet();
            done.whenComplete((r, e) -> queued.decrementAndGet());
        }
        CompletableFuture<Void> settled = new CompletableFuture<>();
        List<CompletableFuture<Void>> previous = new ArrayList<>(1);
        tails.compute(chatId, (k, tail) -> {
            if (tail != null) {
                previous.add(tail);
            }
            return settled;
        });
        done.whenComplete((r, e) -> {
            settled.complete(null);
            tails.remove(chatId, settled);
        });
        Long paced = postsMessage(name) && !pacer.unlimited() ? chatId : null;
        Runnable go = () -> attempt(name, call, 1, done, paced, urgent);
        if (previous.isEmpty()) {
            go.run();
        } else {
            previous.get(0).whenComplete((r, e) -> go.run());
        }
        return done;
    }

    /**
     * Sends {@code method} at once, retried like the rest: answers to callback and inline queries belong to no chat.
     */
    <T extends Serializable> CompletableFuture<T> sendNow(BotApiMethod<T> method) {
        return sendNow(method.getMethod(), () -> client.executeAsync(method));
    }

    /** Sends a request the client has its own method for (setWebhook is multipart), retried like the rest. */
    <T> CompletableFuture<T> sendNow(String name, Callable<CompletableFuture<T>> call) {
        CompletableFuture<T> done = new CompletableFuture<>();
        unordered.add(done);
        done.whenComplete((r, e) -> unordered.remove(done));
        attempt(name, call, 1, done, null, false);
        return done;
    }

    /** Messages waiting to be posted to chats (and those being posted): the send queue's length. */
    int queued() {
        return queued.get();
    }

    /** True for the methods that post a message into a chat: the ones Telegram's rate limits count. */
    static boolean postsMessage(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return m.startsWith("send") && !m.equals("sendchataction");
    }

    /**
     * Makes attempt number {@code attempt} of a request, or — when {@code pacedChat} is set and the chat's limits do
     * not allow a message now — comes back to it when they will.
     */
    private <T> void attempt(String name, Callable<CompletableFuture<T>> call, int attempt, CompletableFuture<T> done,
                             Long pacedChat, boolean urgent) {
        if (pacedChat != null) {
            long wait = pacer.tryAcquire(pacedChat, urgent);
            if (wait > 0) {
                try {
                    timer.schedule(() -> attempt(name, call, attempt, done, pacedChat, urgent), wait,
                            TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    done.completeExceptionally(new SendException(name, new SendError.Transient("shutting down")));
                }
                return;
            }
        }
        CompletableFuture<T> sent;
        try {
            sent = call.call();
        } catch (Exception e) {
            settle(name, attempt, call, done, e, pacedChat, urgent);
            return;
        }
        sent.whenComplete((result, error) -> {
            if (error == null) {
                done.complete(result);
            } else {
                settle(name, attempt, call, done, error, pacedChat, urgent);
            }
        });
    }

    private <T> void settle(String name, int attempt, Callable<CompletableFuture<T>> call, CompletableFuture<T> done,
                            Throwable error, Long pacedChat, boolean urgent) {
        SendError why = SendError.of(error, redactor);
        Duration wait = why.retryIn(retry, attempt).orElse(null);
        if (wait == null || attempt >= retry.maxAttempts()) {
            LOG.warn("{} given up after {} attempt(s): {}", name, attempt, why.description());
            done.completeExceptionally(new SendException(name, why));
            return;
        }
        LOG.info("{} attempt {} failed ({}); retrying in {} ms", name, attempt, why.description(), wait.toMillis());
        try {
            timer.schedule(() -> attempt(name, call, attempt + 1, done, pacedChat, urgent), wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new SendException(name, why)); // shutting down
        }
    }

    /**
     * Waits up to {@code timeout} for every queued request to be settled.
     *
     * @return true when nothing is left in flight
     */
    boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        // a settled request leaves the maps just after its future completes: look again until they are empty
        while (!tails.isEmpty() || !unordered.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            List<CompletableFuture<?>> pending = new ArrayList<>(tails.values());
            pending.addAll(unordered);
            try {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                        .exceptionally(e -> null).get(Math.min(left, 10_000_000L), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // look again: the deadline decides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                // a failed request is settled too
            }
        }
        return true;
    }

}
