package kz.bot.telegram;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What the bot does with a message that waited at Telegram because the bot was behind (more questions than Telegram
 * lets it answer: 30 messages a second in all). The send queue is bounded, so what the bot cannot send soon stays at
 * Telegram; by the time the bot gets to it, an answer may be late. A message that waited {@link Limits#busyAfter()}
 * gets a short "busy, try again" in the user's language instead (it costs one message, but no answering); one that
 * waited {@link Limits#dropAfter()} gets nothing, so the bot catches up and an administrator's command is reached.
 * Both are counted for /stats. Administrators' messages are never shed.
 *
 * <p>Waiting is measured from the message's {@code date} (Telegram's clock, whole seconds). Clocks differ: the
 * smallest delay seen so far counts as the difference between them, not as waiting. Thread-safe.
 */
final class LoadShedder {

    /** What to do with a message. */
    enum Verdict { ANSWER, BUSY, DROP }

    private final Duration busyAfter;
    private final Duration dropAfter;
    private final LongSupplier millis;
    private final AtomicLong busy = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong offset = new AtomicLong(Long.MAX_VALUE);

    /** A shedder by {@code limits}, reading the time from {@code millis} (as System::currentTimeMillis). */
    LoadShedder(Limits limits, LongSupplier millis) {
        this.busyAfter = limits.busyAfter();
        this.dropAfter = limits.dropAfter();
        this.millis = millis;
    }

    /** The verdict on a message sent at {@code dateSeconds} (Unix seconds; null when unknown: answered). */
    Verdict decide(Integer dateSeconds) {
        if (dateSeconds == null || dateSeconds <= 0) {
            return Verdict.ANSWER;
        }
        long delay = millis.getAsLong() - dateSeconds * 1000L;
        long clocks = Math.max(0, offset.accumulateAndGet(delay, Math::min));
        long waited = delay - clocks;
        if (waited >= dropAfter.toMillis()) {
            dropped.incrementAndGet();
            return Verdict.DROP;
        }
        if (waited >= busyAfter.toMillis()) {
            busy.incrementAndGet();
            return Verdict.BUSY;
        }
        return Verdict.ANSWER;
    }

    /** Messages answered "busy, try again" so far. */
    long busy() {
        return busy.get();
    }

    /** Messages left unanswered so far, having waited too long. */
    long dropped() {
        return dropped.get();
    }
}
