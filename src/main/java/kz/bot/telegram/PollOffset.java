package kz.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next getUpdates starts and how many updates it asks for. The offset follows the ids of the last answer,
 * lower ones included: Telegram may renumber updates after a long quiet spell, and dropping them for a low id would
 * leave those chats unanswered. After an answer that could not be read whole, updates are asked for one at a time
 * until the one at fault is found and skipped by its id. Not thread-safe, except {@link #next()}: the poller's thread
 * changes it, and shutdown reads the offset from another thread to confirm what was taken.
 */
final class PollOffset {

    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\"\\s*:\\s*(\\d+)");
    /** How far into an unreadable answer its first id is looked for: it stands near the start. */
    private static final int ID_SEARCH_BYTES = 1 << 16;

    /**
     * The ids of an answer read whole, as taken.
     *
     * @param last        the highest id in the answer; the next offset is one more
     * @param before      the highest id taken before this answer, or -1
     * @param renumbered  whether the answer held new updates below {@code before}: Telegram started the ids again
     */
    record Taken(int last, int before, boolean renumbered) {
    }

    private volatile int next;
    private int highest = -1;
    /** After an answer that could not be read whole: ask for one update at a time to find the one at fault. */
    private boolean oneAtATime;

    /** The offset the next getUpdates asks from; 0 before any update was taken. Any thread. */
    int next() {
        return next;
    }

    /** How many updates to ask for when the router has {@code room} for them. */
    int limit(int room) {
        return Math.min(oneAtATime ? 1 : LongPolling.MAX_BATCH, room);
    }

    /**
     * Takes the update ids of an answer read whole: the offset moves past the highest of them, even when that is lower
     * than before; and a whole answer means full batches again.
     *
     * @param seenBefore whether an id was already answered (then a low id is a repeat, not a renumbering)
     * @return what was taken, or empty when the answer held no update (the offset stays)
     */
    Optional<Taken> take(int[] ids, IntPredicate seenBefore) {
        int max = -1;
        int fresh = 0;
        for (int id : ids) {
            max = Math.max(max, id);
            if (id < highest && !seenBefore.test(id)) {
                fresh++;
            }
        }
        if (max < 0) {
            return Optional.empty();
        }
        Taken taken = new Taken(max, highest, fresh > 0);
        // after a renumbering the new ids are the ones to follow, however low
        highest = taken.renumbered() ? max : Math.max(highest, max);
        next = max + 1;
        return Optional.of(taken);
    }

    /** An answer was read whole: ask for full batches again. */
    void readWhole() {
        oneAtATime = false;
    }

    /** Asks for one update at a time from now on; false when it already did. */
    boolean narrow() {
        if (oneAtATime) {
            return false;
        }
        oneAtATime = true;
        return true;
    }

    /**
     * Skips the update an unreadable one-update answer {@code body} holds, when its id can be found: the offset moves
     * past it and full batches are asked for again.
     *
     * @return the id skipped, or empty when none could be found (nothing changes)
     */
    OptionalInt skip(byte[] body) {
        // ISO-8859-1 maps every byte to a character: an id is found even in an answer that is not valid UTF-8
        Matcher id = UPDATE_ID.matcher(new String(body, 0, Math.min(body.length, ID_SEARCH_BYTES),
                StandardCharsets.ISO_8859_1));
        if (!id.find()) {
            return OptionalInt.empty();
        }
        int skipped = Integer.parseInt(id.group(1));
        next = skipped + 1;
        oneAtATime = false;
        return OptionalInt.of(skipped);
    }
}
