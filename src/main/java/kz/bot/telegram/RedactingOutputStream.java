package kz.bot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes output through line by line with secrets redacted. Installed under standard error when the bot runs, so that
 * no library's log line can print the token even if some exception message carries it. Thread-safe.
 */
public final class RedactingOutputStream extends FilterOutputStream {

    private final Redactor redactor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    /** Writes to {@code out} whatever is written here, a line at a time, with {@code redactor}'s secrets masked. */
    public RedactingOutputStream(OutputStream out, Redactor redactor) {
        super(out);
        this.redactor = redactor;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            passLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            line.write(b[i]);
            if (b[i] == '\n') {
                passLine();
            }
        }
    }

    /** Flushes complete lines only: a secret printed in two pieces is still whole when its line is redacted. */
    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        passLine();
        out.close();
    }

    private void passLine() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        out.write(redactor.redact(text).getBytes(StandardCharsets.UTF_8));
    }
}
