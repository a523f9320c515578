package kz.bot.telegram;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the last updates received, to recognise one delivered again: Telegram redelivers a webhook update whose
 * 200 it did not see, and getUpdates hands out again what was not confirmed. Bounded: the oldest id is forgotten when
 * a new one comes and the memory is full. Thread-safe.
 */
final class RecentUpdates {

    private final int[] ring;
    private final Set<Integer> seen;
    private int next;
    private int size;

    /** Remembers the last {@code capacity} ids. */
    RecentUpdates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        ring = new int[capacity];
        seen = new HashSet<>(capacity * 2);
    }

    /** True when {@code updateId} is remembered; remembers nothing. */
    synchronized boolean contains(int updateId) {
        return seen.contains(updateId);
    }

    /** True the first time {@code updateId} is offered (within the memory), false for a repeat. */
    synchronized boolean firstTime(int updateId) {
        if (!seen.add(updateId)) {
            return false;
        }
        if (size == ring.length) {
            seen.remove(ring[next]);
        } else {
            size++;
        }
        ring[next] = updateId;
        next = (next + 1) % ring.length;
        return true;
    }
}
