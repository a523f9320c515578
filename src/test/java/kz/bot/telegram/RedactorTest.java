package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static final String TOKEN = FakeBotApi.TOKEN;
    private static final String SECRET_HALF = TOKEN.substring(TOKEN.indexOf(':') + 1);
    private final Redactor redactor = new Redactor(TOKEN, "webhook-secret_1");

    @Test
    void theTokenItsSecretHalfAndTheWebhookSecretAreMasked() {
        assertEquals("POST http://h/bot<redacted>/sendMessage", redactor.redact("POST http://h/bot" + TOKEN
                + "/sendMessage"));
        assertEquals("key <redacted>", redactor.redact("key " + SECRET_HALF));
        assertEquals("header <redacted>", redactor.redact("header webhook-secret_1"));
    }

    @Test
    void describeAndScrubHideTheTokenInEveryCause() {
        Exception e = new IllegalStateException("call failed",
                new IOException("unexpected end of stream on http://127.0.0.1/bot" + TOKEN + "/getMe"));
        String line = redactor.describe(e);
        assertEquals("IllegalStateException: call failed <- IOException: unexpected end of stream on "
                + "http://127.0.0.1/bot<redacted>/getMe", line);
        Throwable scrubbed = redactor.scrub(e);
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        scrubbed.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
        String text = trace.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains(SECRET_HALF), text);
        assertTrue(text.contains("java.io.IOException: unexpected end of stream"), text);
        assertTrue(text.contains("RedactorTest"), "keeps the stack trace");
    }

    @Test
    void theRedactingStreamMasksATokenWrittenInPieces() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new RedactingOutputStream(sink, redactor), true, StandardCharsets.UTF_8);
        err.print("ERROR url=http://x/bot" + TOKEN.substring(0, 12));
        err.flush();
        err.print(TOKEN.substring(12) + "/getUpdates");
        err.println(" Алматы");
        err.close();
        assertEquals("ERROR url=http://x/bot<redacted>/getUpdates Алматы" + System.lineSeparator(),
                sink.toString(StandardCharsets.UTF_8));
    }
}
