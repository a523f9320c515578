package kz.bot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps outgoing messages within {@link Limits}: in total, per chat, and per group (a chat whose id is negative, as
 * Telegram numbers groups, supergroups and channels). A message goes when every limit it falls under allows it;
 * otherwise the caller is told how long to wait and asks again then — nothing is reserved ahead, so a group waiting
 * out its per-minute limit never holds up a private chat. Windows of chats that have been quiet for their whole
 * window are forgotten once many are remembered. Thread-safe.
 */
final class SendPacer {

    static final int SWEEP_AT = 10_000;

    private final Limits limits;
    private final LongSupplier clock;
    private final RateWindow total;
    private final Map<Long, RateWindow> chats = new HashMap<>();
    private final Map<Long, RateWindow> groups = new HashMap<>();
    private int sweepAt = SWEEP_AT;

    /** A pacer for {@code limits}, reading the time from {@code clock} (nanoseconds, as System::nanoTime). */
    SendPacer(Limits limits, LongSupplier clock) {
        this.limits = limits;
        this.clock = clock;
        this.total = limits.sendTotal().limited() ? new RateWindow(limits.sendTotal()) : null;
    }

    /** True when no limit applies at all: the sender need not ask. */
    boolean unlimited() {
        return total == null && !limits.sendPerChat().limited() && !limits.sendPerGroup().limited();
    }

    /**
     * Takes a slot for one message to {@code chatId} if every limit allows it now and returns 0; otherwise takes
     * nothing and returns the nanoseconds to wait before asking again.
     */
    synchronized long tryAcquire(long chatId) {
        return tryAcquire(chatId, false);
    }

    /**
     * As {@link #tryAcquire(long)}; an {@code urgent} message (an administrator's) does not wait for the total limit —
     * it takes its slot in it all the same, so the others wait a little longer — only for its own chat's.
     */
    synchronized long tryAcquire(long chatId, boolean urgent) {
        long now = clock.getAsLong();
        RateWindow chat = window(chats, chatId, limits.sendPerChat(), now);
        RateWindow group = chatId < 0 ? window(groups, chatId, limits.sendPerGroup(), now) : null;
        long wait = 0;
        for (RateWindow w : new RateWindow[] {urgent ? null : total, chat, group}) {
            if (w != null) {
                wait = Math.max(wait, w.delay(now));
            }
        }
        if (wait > 0) {
            return wait;
        }
        for (RateWindow w : new RateWindow[] {total, chat, group}) {
            if (w != null) {
                w.take(now);
            }
        }
        return 0;
    }

    /** How many chats' windows are remembered (for tests). */
    synchronized int remembered() {
        return chats.size() + groups.size();
    }

    private RateWindow window(Map<Long, RateWindow> map, long chatId, Rate rate, long now) {
        if (!rate.limited()) {
            return null;
        }
        RateWindow w = map.get(chatId);
        if (w == null) {
            if (map.size() >= sweepAt) {
                chats.values().removeIf(x -> x.idle(now));
                groups.values().removeIf(x -> x.idle(now));
                sweepAt = Math.max(SWEEP_AT, 2 * (chats.size() + groups.size()));
            }
            w = new RateWindow(rate);
            map.put(chatId, w);
        }
        return w;
    }
}
