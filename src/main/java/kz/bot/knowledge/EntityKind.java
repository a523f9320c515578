package kz.bot.knowledge;

import java.util.Locale;
import java.util.Optional;

/** What a named thing in the knowledge base is. */
public enum EntityKind {
    COUNTRY, REGION, CITY;

    /** The lower-case word used in SQLite and in ids, e.g. {@code city}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a table's first column header names ("Region", "City", "Country"), if it names one. */
    public static Optional<EntityKind> fromHeader(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        for (EntityKind kind : values()) {
            if (h.equals(kind.word()) || h.equals(kind.word() + " name")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static EntityKind fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
