package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes secrets (the bot token, its secret half, the webhook secret) from text before it is logged or shown. The
 * HTTP client puts the token in every request URL, so any exception message may carry it. Immutable.
 */
public final class Redactor {

    static final String MASK = "<redacted>";
    private final List<String> secrets;

    /** A redactor for {@code secrets}; blank ones are ignored. A bot token also hides its part after the colon. */
    public Redactor(String... secrets) {
        List<String> all = new ArrayList<>();
        for (String s : secrets) {
            if (s == null || s.isBlank()) {
                continue;
            }
            all.add(s);
            int colon = s.indexOf(':');
            if (colon > 0 && colon < s.length() - 8) {
                all.add(s.substring(colon + 1));
            }
        }
        all.sort((a, b) -> b.length() - a.length()); // the whole token before its part
        this.secrets = List.copyOf(all);
    }

    /** {@code text} with every secret replaced by {@value #MASK}. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return out;
    }

    /** One line naming {@code error} and its causes, redacted: what the logs say instead of a raw message. */
    public String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Throwable t = error;
        for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause()) {
            if (depth > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                sb.append(": ").append(t.getMessage().strip().replace('\n', ' '));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return redact(sb.toString());
    }

    /**
     * A copy of {@code error} and its causes with redacted messages and the same stack traces, for logging a bug's
     * stack trace without its secrets.
     */
    public Throwable scrub(Throwable error) {
        return scrub(error, 0);
    }

    private Throwable scrub(Throwable error, int depth) {
        Throwable cause = error.getCause() != null && error.getCause() != error && depth < 8
                ? scrub(error.getCause(), depth + 1) : null;
        Throwable copy = new Scrubbed(error.getClass().getName() + ": " + redact(error.getMessage()), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message has been redacted; the message names the original class. */
    static final class Scrubbed extends RuntimeException {
        Scrubbed(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
