package kz.bot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks on a shared pool, one at a time and in order for the same key (a chat), in parallel across keys: a chat
 * waiting for a slow reload does not hold up any other. Tasks must not throw. Thread-safe.
 */
final class ChatLanes {

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatLanes(ExecutorService pool) {
        this.pool = pool;
    }

    /** Runs {@code task} after every task submitted before it under {@code key}. */
    void submit(String key, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        List<CompletableFuture<Void>> previous = new ArrayList<>(1);
        tails.compute(key, (k, tail) -> {
            if (tail != null) {
                previous.add(tail);
            }
            return done;
        });
        Runnable finish = () -> {
            done.complete(null);
            tails.remove(key, done);
        };
        Runnable start = () -> {
            try {
                pool.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        finish.run();
                    }
                });
            } catch (RejectedExecutionException e) {
                finish.run(); // shut down: the update is dropped, as it would be by a crash
            }
        };
        if (previous.isEmpty()) {
            start.run();
        } else {
            previous.get(0).whenComplete((r, e) -> start.run());
        }
    }

    /** Waits up to {@code timeout} for every submitted task to finish; true when none is left. */
    boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!tails.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
                        .get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                // a task's failure is its own business here; keep waiting for the rest
            }
        }
        return true;
    }
}
