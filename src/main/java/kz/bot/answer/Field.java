package kz.bot.answer;

import kz.bot.language.Language;

/** The searchable fields of the knowledge index: the text in each language, and the names of places in any script. */
public enum Field {
    EN, RU, KK,
    /** Proper names and figures of every language, in one spelling-independent form (Almaty = Алматы = Алматының). */
    NAMES;

    /** The field holding text in {@code language}. */
    public static Field of(Language language) {
        return switch (language) {
            case EN -> EN;
            case RU -> RU;
            case KK -> KK;
        };
    }
}
