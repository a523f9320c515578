package kz.bot.answer;

import java.util.Optional;

/**
 * "List the regions of Kazakhstan", «Перечисли все области», «Қазақстанның облыстарын атап бер»: a question that asks
 * for all regions or all cities and nothing else is the /regions or /cities list. Every word it asks with is a word of
 * listing or a plural of "region"/"city"; "how many regions" asks for a count, and a named place asks about that place.
 * Stateless.
 */
final class ListRequests {

    private ListRequests() {
    }

    /** The command whose list answers {@code r} ("regions" or "cities"), or empty when it asks something else. */
    static Optional<String> command(Reading r) {
        if (r.kind() == AnswerKind.HOW_MANY || r.places().stream().anyMatch(p -> !r.countryNamed()
                || p.entity().kind() != kz.bot.knowledge.EntityKind.COUNTRY)) {
            return Optional.empty();
        }
        Phrases phrases = Phrases.of(r.language());
        if (r.pointsBack()) {
            return Optional.empty(); // «в какой он области»: «области» is one region here, the one it lies in
        }
        boolean regions = false;
        boolean cities = false;
        for (Word w : r.words()) {
            if (w.role() != Word.Role.CONTENT && w.role() != Word.Role.QUESTION) {
                continue;
            }
            String[] one = Phrases.words(w.surface());
            boolean plural = phrases.has("rank.plural", one);
            if (plural && phrases.has("word.region", one)) {
                regions = true;
            } else if (plural && phrases.has("word.city", one)) {
                cities = true;
            } else if (!phrases.has("list.words", one)) {
                return Optional.empty(); // "which regions are industrial" asks about some of them
            }
        }
        if (regions == cities) {
            return Optional.empty();
        }
        return Optional.of(regions ? "regions" : "cities");
    }
}
