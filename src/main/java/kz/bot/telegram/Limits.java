package kz.bot.telegram;

import java.time.Duration;

/**
 * How much the bot takes in and sends out. Incoming: per user, so that one person sending dozens of messages a
 * second is answered at a bounded rate (with one "slow down" notice per flood) while everyone else is answered as
 * usual. Outgoing: Telegram's own limits, kept by pacing the send queue — replies wait their turn, none is dropped.
 *
 * @param perUser      messages and button presses of one user that are answered; the rest of a flood is dropped
 *                     (a token bucket: {@code count} at once, then one every {@code per / count})
 * @param inlinePerUser inline queries of one user that are answered (they arrive as people type: a looser limit)
 * @param sendTotal    messages sent to all chats together (this and the next two: at most {@code count} in any
 *                     window of {@code per})
 * @param sendPerChat  messages sent to one chat
 * @param sendPerGroup messages sent to one group (a chat with a negative id), on top of {@code sendPerChat}
 */
public record Limits(Rate perUser, Rate inlinePerUser, Rate sendTotal, Rate sendPerChat, Rate sendPerGroup) {

    /**
     * Production: a user gets 5 answers at once and then one a second (5 per 5 s); inline queries 10 at once, then
     * two a second (10 per 5 s).
     * Outgoing, Telegram's published limits: 30 messages a second in all, about one a second per chat with short
     * bursts (3 per 3 s), 20 a minute per group.
     */
    public static Limits telegram() {
        return new Limits(Rate.of(5, Duration.ofSeconds(5)), Rate.of(10, Duration.ofSeconds(5)),
                Rate.of(30, Duration.ofSeconds(1)), Rate.of(3, Duration.ofSeconds(3)),
                Rate.of(20, Duration.ofMinutes(1)));
    }

    /** No limit anywhere: for the benchmark, which measures the bot and not Telegram's limits. */
    public static Limits none() {
        return new Limits(Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED);
    }
}
