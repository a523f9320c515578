package kz.bot.telegram;

import java.time.Duration;

/**
 * How long the bot puts up with something before it gives up on it.
 *
 * @param reload       a /reload still running after this is abandoned and reported to the admin
 * @param unauthorized Telegram refusing the token (401) this long means it was revoked: the process ends (exit status
 *                     {@code 3}) so that a supervisor notices, rather than retrying for ever
 * @param conflict     another process polling the same token (409) this long after this one started: this one, the
 *                     second, stops and ends the process (a bot that was polling alone before keeps polling)
 */
public record Patience(Duration reload, Duration unauthorized, Duration conflict) {

    /** Checks the values. */
    public Patience {
        for (Duration d : new Duration[] {reload, unauthorized, conflict}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("patience must be positive: " + d);
            }
        }
    }

    /**
     * Production: a reload gets 2 minutes (a build of 100,000 passages takes 18 s on the development machine); a
     * revoked token is given up after 20 s (several polls, each answered 401); a second bot after a minute of 409s.
     */
    public static Patience defaults() {
        return new Patience(Duration.ofMinutes(2), Duration.ofSeconds(20), Duration.ofMinutes(1));
    }
}
