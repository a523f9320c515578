package kz.bot.kb;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reload, which its caller may abandon when it takes too long. Exactly one of the two wins: the reload's switch to
 * the new knowledge base ({@link #commit}) or the caller giving up on it ({@link #abandon}) — so an abandoned reload
 * never switches later, and a reload reported as abandoned never has. Thread-safe.
 */
final class ReloadAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadAttempt.class);
    private static final int RUNNING = 0;
    private static final int COMMITTED = 1;
    private static final int ABANDONED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);

    /**
     * Runs {@code reload} on a thread of its own and waits at most {@code limit} for it. A reload still running then is
     * abandoned and interrupted (in case it waits on a read): {@link ReloadResult.Abandoned}. Never throws.
     */
    static ReloadResult within(Duration limit, Function<ReloadAttempt, ReloadResult> reload) {
        ReloadAttempt attempt = new ReloadAttempt();
        CompletableFuture<ReloadResult> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(reload.apply(attempt));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "knowledge-reload");
        worker.setDaemon(true); // an abandoned reload stuck on a read must not keep the JVM alive
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (!attempt.abandon()) {
                return result.join(); // it was switching at that very moment: done in an instant
            }
            worker.interrupt();
            LOG.warn("reload abandoned after {} s; the knowledge base in service stays", limit.toSeconds());
            return new ReloadResult.Abandoned(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.abandon();
            return new ReloadResult.Failed("interrupted while waiting for the reload");
        } catch (ExecutionException e) {
            return new ReloadResult.Failed(String.valueOf(e.getCause()));
        }
    }

    /** The reload is about to switch: true when it may (it has not been abandoned). */
    boolean commit() {
        return state.compareAndSet(RUNNING, COMMITTED);
    }

    /** The caller gives up: true when the reload has not switched and now never will. */
    boolean abandon() {
        return state.compareAndSet(RUNNING, ABANDONED);
    }
}
