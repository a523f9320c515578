package kz.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * A getUpdates call that Telegram, or a proxy in front of it, refused, as its answer says: Telegram's
 * {@code {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}}, or only the HTTP status when
 * the answer is not Telegram's. What to do about it is the poller's decision ({@link PollWatch}, the backoff).
 *
 * @param code              Telegram's error code, or the HTTP status when the answer is not Telegram's
 * @param description       Telegram's description, or "(no description)" when the answer is not Telegram's
 * @param retryAfterSeconds how long Telegram asks to be left alone, or 0 when it does not say
 */
record PollRefusal(int code, String description, int retryAfterSeconds) {

    /**
     * The refusal in an answer of HTTP {@code status} with body {@code text}; empty when the answer is not one (a 200
     * that is not Telegram's error answer).
     *
     * @param json reads the body
     */
    static Optional<PollRefusal> of(int status, String text, ObjectMapper json) {
        JsonNode error = telegramError(text, json);
        if (status == 200 && error == null) {
            return Optional.empty();
        }
        if (error == null) {
            return Optional.of(new PollRefusal(status, "(no description)", 0));
        }
        return Optional.of(new PollRefusal(error.path("error_code").asInt(status), error.path("description").asText(""),
                error.path("parameters").path("retry_after").asInt(0)));
    }

    /** Whether Telegram said how long to wait (a 429 with {@code retry_after}): then that wait, not the backoff. */
    boolean saysWhenToRetry() {
        return code == 429 && retryAfterSeconds > 0;
    }

    /** Telegram's error answer in {@code text}, or null when it is not one. */
    private static JsonNode telegramError(String text, ObjectMapper json) {
        // only an answer that starts as Telegram's errors do is parsed: an ordinary batch is not read twice
        if (!text.startsWith("{\"ok\":false")) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
