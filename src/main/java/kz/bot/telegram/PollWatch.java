package kz.bot.telegram;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What lasting refusals of getUpdates mean, and when to give up. Telegram answers 401 when the token was revoked: said
 * once, and when it lasts {@link Patience#unauthorized()} the bot gives up (so that the process ends and a supervisor
 * notices). It answers 409 when another process polls the same token — each poll ends the other's, and both answer
 * some updates twice: said once; the process that started last (its conflict began within
 * {@link Patience#conflict()} of its first poll) gives up when the conflict lasts that long, while one that had been
 * polling alone before keeps polling and so wins. A conflict is over once no 409 came for {@code quiet}. Not
 * thread-safe: the poller's thread alone calls it.
 */
final class PollWatch {

    /** What to do about a refusal. */
    sealed interface Verdict permits Quiet, Say, GiveUp {
    }

    /** Nothing new to say; poll again after the backoff. */
    record Quiet() implements Verdict {
    }

    /** Log {@code line} (once per episode), and poll again after the backoff. */
    record Say(String line) implements Verdict {
    }

    /** Stop polling for good, for {@code reason}. */
    record GiveUp(String reason) implements Verdict {
    }

    private final Patience patience;
    private final long quietNanos;
    private final LongSupplier clock;
    private final long started;
    private long unauthorizedSince = -1;
    private long conflictSince = -1;
    private long lastConflict = -1;

    /** A watch over polling that starts now; {@code clock} gives nanoseconds, as System::nanoTime. */
    PollWatch(Patience patience, Duration quiet, LongSupplier clock) {
        this.patience = patience;
        this.quietNanos = quiet.toNanos();
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /** A poll was answered: the token is good again (a 409 streak ends only by being quiet). */
    void answered() {
        unauthorizedSince = -1;
    }

    /** getUpdates was answered 401 with {@code description}. */
    Verdict unauthorized(String description) {
        long now = clock.getAsLong();
        if (unauthorizedSince < 0) {
            unauthorizedSince = now;
            return new Say("Telegram refuses the bot's token: 401 " + description + ". It was revoked or replaced"
                    + " (@BotFather); the bot stops in " + patience.unauthorized().toSeconds()
                    + " s unless Telegram accepts it again");
        }
        if (now - unauthorizedSince >= patience.unauthorized().toNanos()) {
            return new GiveUp("Telegram has refused the bot's token for " + patience.unauthorized().toSeconds()
                    + " s (401 " + description + "): set TELEGRAM_BOT_TOKEN to the token @BotFather gives now");
        }
        return new Quiet();
    }

    /** getUpdates was answered 409 with {@code description}. */
    Verdict conflict(String description) {
        long now = clock.getAsLong();
        boolean fresh = lastConflict < 0 || now - lastConflict > quietNanos;
        lastConflict = now;
        if (fresh) {
            conflictSince = now;
        }
        boolean second = conflictSince - started < patience.conflict().toNanos();
        if (fresh) {
            return new Say("another process is polling this bot's token (Telegram: 409 " + description + "): "
                    + (second ? "this one started last, and stops if that goes on for "
                    + patience.conflict().toSeconds() + " s" : "this one was polling first, and goes on"));
        }
        if (second && now - conflictSince >= patience.conflict().toNanos()) {
            return new GiveUp("another process has been polling this bot's token for "
                    + patience.conflict().toSeconds() + " s (409 " + description + "); only one may poll, and this"
                    + " one started last");
        }
        return new Quiet();
    }
}
