package kz.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import kz.bot.kb.Library;
import kz.bot.map.LocatorMap;

/**
 * The locator maps of places: where a place lies (from the knowledge), its map drawn once and kept, and the file id
 * Telegram gave the picture when it was first sent, so that it is uploaded once and then only named. Maps are kept by
 * the place's coordinates, not its id, so a reload that renumbers places never shows a wrong map. Thread-safe.
 */
final class Maps {

    /** A map to send: the file id Telegram knows it by, or (empty) the PNG to upload. */
    record Picture(String key, String fileId, byte[] png) {
        boolean uploaded() {
            return !fileId.isEmpty();
        }
    }

    /** How long a drawn map and its file id are kept: drawing one again costs a few milliseconds. */
    static final Duration KEPT = Duration.ofDays(1);

    private final Library library;
    private final LocatorMap drawer;
    private final Memory<String, byte[]> drawn;
    private final Memory<String, String> fileIds;

    Maps(Library library, LocatorMap drawer, int capacity, Clock clock) {
        this.library = library;
        this.drawer = drawer;
        this.drawn = new Memory<>(capacity, KEPT, clock);
        this.fileIds = new Memory<>(capacity, KEPT, clock);
    }

    /** Where entity {@code entity} lies, {lat, lon}, when the knowledge says. */
    Optional<double[]> position(long entity) {
        return entity < 0 ? Optional.empty() : library.position(entity);
    }

    /** The map with the point {@code at} marked. */
    Picture of(double[] at) {
        String key = String.format(Locale.ROOT, "%.4f,%.4f", at[0], at[1]);
        Optional<String> id = fileIds.get(key);
        if (id.isPresent()) {
            return new Picture(key, id.get(), new byte[0]);
        }
        Optional<byte[]> png = drawn.get(key);
        if (png.isPresent()) {
            return new Picture(key, "", png.get());
        }
        byte[] fresh = drawer.png(at[0], at[1]);
        drawn.put(key, fresh);
        return new Picture(key, "", fresh);
    }

    /** Remembers the file id Telegram gave the map {@code key} when it was uploaded. */
    void uploaded(String key, String fileId) {
        if (fileId != null && !fileId.isBlank()) {
            fileIds.put(key, fileId);
        }
    }
}
