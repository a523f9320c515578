package kz.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded memory of recent things: at most {@code capacity} entries, the one least recently used forgotten first,
 * and each forgotten once {@code lifetime} has passed since it was last stored or read. Thread-safe.
 */
final class Memory<K, V> {

    private record Entry<V>(V value, Instant touched) {
    }

    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final LinkedHashMap<K, Entry<V>> entries;

    /**
     * @throws IllegalArgumentException when {@code capacity} is below 1 or {@code lifetime} is not positive
     */
    Memory(int capacity, Duration lifetime, Clock clock) {
        if (capacity < 1 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("bad memory: capacity " + capacity + ", lifetime " + lifetime);
        }
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > Memory.this.capacity;
            }
        };
    }

    /** The value stored under {@code key}, unless it has been forgotten; reading it keeps it longer. */
    synchronized Optional<V> get(K key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(e, now)) {
            entries.remove(key);
            return Optional.empty();
        }
        entries.put(key, new Entry<>(e.value(), now));
        return Optional.of(e.value());
    }

    /** The value stored under {@code key} without making it last longer (for what must end at a fixed time). */
    synchronized Optional<V> peek(K key) {
        Entry<V> e = entries.get(key);
        if (e == null || expired(e, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /** Stores {@code value} under {@code key}, forgetting the least recently used entry when full. */
    synchronized void put(K key, V value) {
        entries.put(key, new Entry<>(value, clock.instant()));
    }

    /** How many entries are held (forgotten ones may still be counted until they are next looked at). */
    synchronized int size() {
        return entries.size();
    }

    private boolean expired(Entry<V> e, Instant now) {
        return Duration.between(e.touched(), now).compareTo(lifetime) >= 0;
    }
}
