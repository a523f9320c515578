package kz.bot.telegram;

import java.time.Duration;

/**
 * How much the bot takes in and sends out. Incoming: per user, so that one person sending dozens of messages a
 * second is answered at a bounded rate (with one "slow down" notice per flood) while everyone else is answered as
 * usual. Outgoing: Telegram's own limits, kept by pacing the send queue — replies wait their turn — and a bound on
 * that queue, beyond which updates stay at Telegram; what waited too long there is shed.
 *
 * @param perUser      messages and button presses of one user that are answered; the rest of a flood is dropped
 *                     (a token bucket: {@code count} at once, then one every {@code per / count})
 * @param inlinePerUser inline queries of one user that are answered (they arrive as people type: a looser limit)
 * @param sendTotal    messages sent to all chats together (this and the next two: at most {@code count} in any
 *                     window of {@code per})
 * @param sendPerChat  messages sent to one chat
 * @param sendPerGroup messages sent to one group (a chat with a negative id), on top of {@code sendPerChat}
 * @param sendQueue    messages waiting to be sent, all chats together: no more updates are taken from Telegram while
 *                     the queue and the updates being answered fill it (Telegram keeps the rest, unconfirmed), so
 *                     that what is queued can go out within the shutdown grace
 * @param busyAfter    a message that has waited this long (at Telegram, because the bot was behind) is answered with
 *                     a short "busy, try again" instead of an answer
 * @param dropAfter    one that has waited this long gets nothing: the bot catches up (counted in /stats)
 */
public record Limits(Rate perUser, Rate inlinePerUser, Rate sendTotal, Rate sendPerChat, Rate sendPerGroup,
                     int sendQueue, Duration busyAfter, Duration dropAfter) {

    /** Checks the values. */
    public Limits {
        if (sendQueue < 1 || busyAfter.isNegative() || dropAfter.compareTo(busyAfter) < 0) {
            throw new IllegalArgumentException("bad limits: send queue " + sendQueue + ", busy after " + busyAfter
                    + ", drop after " + dropAfter);
        }
    }

    /** Rates only; the queue and the ages as in production. */
    public Limits(Rate perUser, Rate inlinePerUser, Rate sendTotal, Rate sendPerChat, Rate sendPerGroup) {
        this(perUser, inlinePerUser, sendTotal, sendPerChat, sendPerGroup, SEND_QUEUE, BUSY_AFTER, DROP_AFTER);
    }

    /**
     * 1.2 s of Telegram's 30 messages a second: what is queued goes out within the 1.5 s shutdown grace (and keeps
     * the sending busy while the poller, which refills it in milliseconds, takes more). 24 was tried: the poller then
     * stalled for seconds in PollingFaultsTest on the loaded machine, twice in four runs.
     */
    public static final int SEND_QUEUE = 36;
    /** An answer more than 20 s late is worth less than telling the user to ask again. */
    public static final Duration BUSY_AFTER = Duration.ofSeconds(20);
    /** A minute behind: the bot skips what it cannot answer in time, so that it catches up (and admins get through). */
    public static final Duration DROP_AFTER = Duration.ofSeconds(60);

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
        return new Limits(Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED, Rate.UNLIMITED,
                Integer.MAX_VALUE / 2, Duration.ofDays(365), Duration.ofDays(365));
    }

    /** These limits with another send queue. */
    public Limits withSendQueue(int messages) {
        return new Limits(perUser, inlinePerUser, sendTotal, sendPerChat, sendPerGroup, messages, busyAfter,
                dropAfter);
    }
}
