package kz.bot.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a named thing in the knowledge base is. */
public enum EntityKind {
    COUNTRY, REGION, CITY,
    /** A natural or man-made place worth visiting: a canyon, a lake, a park, a mausoleum, a cosmodrome. */
    SIGHT,
    PERSON,
    /** Anything else people ask about by name: a holiday, a dish, an instrument, an organisation, an event. */
    TOPIC;

    /** The lower-case word used in SQLite, in ids and in {@code {kind}} entries, e.g. {@code city}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a table's first column header names ("Region", "City", "Sight"…), if it names one. */
    public static Optional<EntityKind> fromHeader(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        for (EntityKind kind : values()) {
            if (h.equals(kind.word()) || h.equals(kind.word() + " name")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind whose {@link #word()} is {@code word} (any case), if there is one. */
    public static Optional<EntityKind> named(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.word().equals(w)).findFirst();
    }

    /** The kind stored as {@code word}. */
    public static EntityKind fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** "city, region, country, sight, person or topic": what a {@code {kind}} may say. */
    static String entryWords() {
        String all = Arrays.stream(values()).map(EntityKind::word).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
