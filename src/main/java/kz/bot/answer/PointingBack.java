package kz.bot.answer;

import java.util.List;
import kz.bot.facts.Entity;

/**
 * A question that names no place and points back at the one the conversation is about ("what is its capital?",
 * «а сколько там людей?», «ол қай облыста?»; {@code word.it}): a fact of another place — the country's capital — is no
 * answer where one of this place's own facts matches the same words ("what time zone is it in?" keeps the country's,
 * which the place has none of its own to replace).
 */
final class PointingBack {

    private PointingBack() {
    }

    /**
     * True when {@code r} points back at {@code context}: no place named, not even by its role ({@code meant}), and
     * a word that points back — "its", «там», or "that oblast" when the conversation is about a region; "that region"
     * in a conversation about a city says another place (the city's region) by itself.
     */
    static boolean at(Reading r, Entity context, RolePlaces.Meant meant) {
        if (context == null || meant != null || !r.places().isEmpty() || r.countryNamed()
                || r.words().stream().anyMatch(w -> w.names() != null && w.names() != context.kind())) {
            return false;
        }
        return r.words().stream().anyMatch(w -> w.names() == context.kind())
                || r.pointsBack();
    }

    /**
     * Drops from {@code all} the facts of other places whose matched words a fact of {@code context} (or of
     * {@code named}, the place the last answer named) also matches — the words that point at it ("that region") being
     * matched by its own facts.
     */
    static void keepTheirOwn(Reading r, List<Candidate> all, Entity context, Entity named) {
        long theirs = pointingAt(r, context);
        List<Hit> own = all.stream().map(Candidate::hit).filter(h -> h.kind() == UnitKind.FACT
                && (h.entity() == context.id() || named != null && h.entity() == named.id())).toList();
        all.removeIf(c -> c.hit().kind() == UnitKind.FACT && !own.contains(c.hit()) && c.hit().covered() != 0
                && own.stream().anyMatch(h -> ((h.covered() | theirs) & c.hit().covered()) == c.hit().covered()));
    }

    /** The words of {@code r} that point at a place of {@code context}'s kind, as a mask like {@link Hit#covered}. */
    private static long pointingAt(Reading r, Entity context) {
        long mask = 0;
        for (int i = 0; i < r.words().size() && i < Long.SIZE; i++) {
            if (r.words().get(i).names() == context.kind()) {
                mask |= 1L << i;
            }
        }
        return mask;
    }
}
