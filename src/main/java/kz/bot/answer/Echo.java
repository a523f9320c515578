package kz.bot.answer;

import java.util.List;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/**
 * A fact whose value is only a place the question itself names, which therefore does not answer it: "which city was
 * the capital before Astana?" is not answered by "Capital: Astana". A yes-no question ("is Astana the capital?") or a
 * choice between places ("Astana or Almaty?") may well be, and a place's own facts are never echoes of it.
 */
final class Echo {

    private Echo() {
    }

    /** True when {@code h}, a unit whose value is {@code value}, only repeats a place {@code r} names. */
    static boolean of(Reading r, Hit h, String value) {
        if (h.kind() != UnitKind.FACT || r.kind() == AnswerKind.YES_NO || r.has(Signal.VERSUS)) {
            return false;
        }
        String bare = null;
        for (Place p : r.places()) {
            Entity e = p.entity();
            if (e.kind() == EntityKind.COUNTRY || e.id() == h.entity()) {
                continue;
            }
            if (bare == null) {
                int bracket = value.indexOf(" (");
                bare = (bracket < 0 ? value : value.substring(0, bracket)).strip(); // "Astana (since 1997)" is Astana
            }
            if (bare.equalsIgnoreCase(e.name())
                    || e.names().values().stream().flatMap(List::stream).anyMatch(bare::equalsIgnoreCase)) {
                return true;
            }
        }
        return false;
    }
}
