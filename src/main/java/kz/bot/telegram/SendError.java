package kz.bot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** Why a request to the Bot API failed, sorted by what to do about it. */
sealed interface SendError {

    /** A readable, redacted description for the log. */
    String description();

    /** How long to wait before attempt {@code attempt + 1}; empty when retrying cannot help. */
    Optional<Duration> retryIn(RetryPolicy policy, int attempt);

    /** 429 Too Many Requests: wait {@code seconds}, then send the same request again. */
    record RetryAfter(int seconds, String description) implements SendError {
        @Override
        public Optional<Duration> retryIn(RetryPolicy policy, int attempt) {
            return Optional.of(Duration.ofSeconds(seconds));
        }
    }

    /** Network trouble, a 5xx, an unreadable response: worth retrying after a backoff. */
    record Transient(String description) implements SendError {
        @Override
        public Optional<Duration> retryIn(RetryPolicy policy, int attempt) {
            return Optional.of(policy.backoff(attempt));
        }
    }

    /** The request itself is wrong or unwelcome (400, 403 blocked by the user, …): retrying cannot help. */
    record Permanent(int code, String description) implements SendError {
        @Override
        public Optional<Duration> retryIn(RetryPolicy policy, int attempt) {
            return Optional.empty();
        }
    }

    /** Sorts {@code error} as thrown by the Telegram client. */
    static SendError of(Throwable error, Redactor redactor) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        // an unreadable response (a proxy's HTML error page) comes without a code, or with 0: not Telegram speaking
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() > 0) {
            int code = r.getErrorCode();
            String text = redactor.redact(code + " " + r.getApiResponse());
            if (code == 429) {
                Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return new RetryAfter(after == null || after < 1 ? 1 : after, text);
            }
            return code >= 500 ? new Transient(text) : new Permanent(code, text);
        }
        if (e instanceof TelegramApiValidationException) {
            return new Permanent(0, redactor.describe(e));
        }
        if (e instanceof IOException || e instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiException) {
            // a failed connection, a timeout, an empty or malformed response
            return new Transient(redactor.describe(e));
        }
        return new Permanent(0, redactor.describe(e));
    }
}
