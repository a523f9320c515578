package kz.bot;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM or Ctrl-C for the bot, whatever it is doing. The JVM's shutdown hook tells the main thread to stop,
 * interrupts it while it waits in an {@link #interruptibly interruptible} step (start-up retrying an unreachable Bot
 * API), and waits — at most {@code wait} — for the main thread to close the bot, the question log and the library.
 * A build or reload still running when the wait ends is simply abandoned: builds are written aside, and the next
 * start removes a half-written one.
 */
final class StopSignal {

    private final Thread main;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean interruptible; // guarded by this: an interrupt never lands outside an interruptible step

    private StopSignal(Thread main) {
        this.main = main;
    }

    /** Installs the shutdown hook for the calling thread, which must call {@link #done} when it has closed down. */
    static StopSignal install(Duration wait) {
        StopSignal signal = new StopSignal(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> signal.onShutdown(wait), "shutdown"));
        return signal;
    }

    private void onShutdown(Duration wait) {
        stop.countDown();
        synchronized (this) {
            if (interruptible) {
                main.interrupt();
            }
        }
        try {
            stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code step} so that a stop interrupts it; a stop that arrives first skips it. */
    <T> T interruptibly(Callable<T> step) throws Exception {
        synchronized (this) {
            if (requested()) {
                throw new InterruptedException("stopped");
            }
            interruptible = true;
        }
        try {
            return step.call();
        } finally {
            synchronized (this) {
                interruptible = false;
                Thread.interrupted(); // an interrupt the step did not notice: the stop itself is still seen
            }
        }
    }

    /** True once the JVM has been asked to stop. */
    boolean requested() {
        return stop.getCount() == 0;
    }

    /** Waits until the JVM is asked to stop. */
    void await() throws InterruptedException {
        stop.await();
    }

    /**
     * Waits until the JVM is asked to stop or {@code gaveUp} completes (the bot stopped by itself for good);
     * returns {@code gaveUp}'s reason, or null for a stop.
     */
    String awaitOr(CompletableFuture<String> gaveUp) throws InterruptedException {
        while (!stop.await(100, TimeUnit.MILLISECONDS)) {
            if (gaveUp.isDone()) {
                return gaveUp.join();
            }
        }
        return null;
    }

    /** The main thread has closed everything: the shutdown hook may let the JVM end. */
    void done() {
        stopped.countDown();
    }
}
