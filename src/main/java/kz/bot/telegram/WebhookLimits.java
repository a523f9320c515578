package kz.bot.telegram;

import java.time.Duration;

/**
 * How much the webhook endpoint gives a connection. Whoever can reach the port can connect, and the secret header is
 * only read once the headers are in: without these bounds, a few clients sending their headers a byte at a time took
 * every thread, and Telegram's deliveries waited behind them.
 *
 * @param connections connections open at once; one more is closed at once
 * @param headers     a request's line and headers must be complete within this, from its first byte (or from the
 *                    connection's opening, for a connection that has not shown the secret yet)
 * @param body        an authorised request's body must be complete within this
 * @param idle        a connection that has shown the secret (Telegram keeps its connections open) may stay idle this long
 */
public record WebhookLimits(int connections, Duration headers, Duration body, Duration idle) {

    /** Checks the values. */
    public WebhookLimits {
        if (connections < 1 || headers.isNegative() || headers.isZero() || body.isNegative() || body.isZero()
                || idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("bad webhook limits: " + connections + " connections, headers "
                    + headers + ", body " + body + ", idle " + idle);
        }
    }

    /**
     * Production: 100 connections (Telegram opens at most 40 by default, {@code max_connections}), 5 s for the headers,
     * 10 s for a body of at most 1 MB, a minute idle for Telegram's own connections.
     */
    public static WebhookLimits defaults() {
        return new WebhookLimits(100, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1));
    }
}
