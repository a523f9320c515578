package kz.bot.telegram;

import java.util.EnumSet;
import java.util.Set;

/** Buttons an answer's message may carry beside its own choices, each written as one letter in callback data. */
enum Extra {
    /** "Map": the locator map of the place the answer is about. */
    MAP('m'),
    /** "Nearby": the cities nearest to that place. */
    NEARBY('n'),
    /** "Try me in any chat": switches to inline mode in a chat the user picks. */
    TRY_INLINE('i');

    private final char letter;

    Extra(char letter) {
        this.letter = letter;
    }

    /** The letters of {@code extras}, in a fixed order. */
    static String letters(Set<Extra> extras) {
        StringBuilder sb = new StringBuilder();
        for (Extra e : values()) {
            if (extras.contains(e)) {
                sb.append(e.letter);
            }
        }
        return sb.toString();
    }

    /** The extras named by {@code letters}; unknown letters are ignored. */
    static Set<Extra> of(String letters) {
        Set<Extra> out = EnumSet.noneOf(Extra.class);
        for (Extra e : values()) {
            if (letters.indexOf(e.letter) >= 0) {
                out.add(e);
            }
        }
        return out;
    }
}
