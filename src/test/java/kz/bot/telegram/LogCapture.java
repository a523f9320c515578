package kz.bot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures standard error — where every log line goes (simplelogger.properties) — while still showing it, so a test
 * can read what was logged. Restores the previous stream on close.
 */
final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private LogCapture() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (captured) {
                    captured.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing. */
    static LogCapture start() {
        return new LogCapture();
    }

    /** Everything logged so far. */
    String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Waits up to {@code timeout} for what was logged to pass {@code test} (a line a thread of the bot writes when a
     * timeout fires); true when it did.
     */
    boolean await(java.util.function.Predicate<String> test, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!test.test(text())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
