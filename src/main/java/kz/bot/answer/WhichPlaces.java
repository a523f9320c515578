package kz.bot.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/**
 * "Which regions grow wheat?", "which regions are industrial?", «қай облыста мұнай өндіріледі?»: the regions whose
 * description — what they are known for, what they are like — holds every meaningful word of the question. Asked of
 * regions and naming none, such a question has as many answers as regions say so; when two or more do, all of them
 * answer it, where the scorer would pick one. Stateless.
 */
final class WhichPlaces {

    /** The attributes that describe what a place lives by and is like. */
    static final Set<String> DESCRIBING = Set.of("known for", "character");
    /** The kinds of place whose cities a question does not ask for by naming it ("the cities of Almaty region"). */
    private static final Set<EntityKind> PLACES = Set.of(EntityKind.COUNTRY, EntityKind.REGION, EntityKind.CITY);

    private WhichPlaces() {
    }

    /**
     * The candidates, one per region, that answer {@code r} together, in their order among {@code candidates}; empty
     * when {@code r} does not ask which regions, names a place, or fewer than two regions' descriptions hold all of
     * its words. {@code entities} gives a fact's entity by its id.
     */
    static List<Candidate> of(Reading r, List<Candidate> candidates, LongFunction<Entity> entities) {
        if (Scorer.veto(r) != null || !r.foreign().isEmpty() || r.content().isEmpty()
                || r.places().stream().anyMatch(p -> p.entity().kind() != EntityKind.COUNTRY)
                || !r.has(Signal.WHICH) && r.kind() != AnswerKind.WHERE
                || !Phrases.of(r.language()).has("word.region", Phrases.words(r.text()))) {
            return List.of();
        }
        Map<Long, Candidate> byRegion = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Hit h = c.hit();
            Entity e = h.kind() == UnitKind.FACT ? entities.apply(h.entity()) : null;
            if (e != null && e.kind() == EntityKind.REGION && DESCRIBING.contains(h.attribute()) && holdsAll(c)) {
                byRegion.putIfAbsent(e.id(), c);
            }
        }
        return byRegion.size() >= 2 ? List.copyOf(byRegion.values()) : List.of();
    }

    /**
     * "Which cities are on the Irtysh?": the facts of one attribute, one per city, that name the one thing the
     * question names (a river, a lake, a range) and hold every meaningful word — when two or more cities have such a
     * fact ("River Flowing Through: the Irtysh" of Pavlodar, Semey and Oskemen), all of them answer it; empty
     * otherwise, or when two attributes would serve as well.
     */
    static List<Candidate> along(Reading r, List<Candidate> candidates, LongFunction<Entity> entities) {
        if (Scorer.veto(r) != null || !r.foreign().isEmpty() || r.places().size() != 1
                || PLACES.contains(r.places().get(0).entity().kind())
                || !r.has(Signal.WHICH) && r.kind() != AnswerKind.WHERE
                || !Phrases.of(r.language()).has("word.city", Phrases.words(r.text()))) {
            return List.of();
        }
        Map<String, Map<Long, Candidate>> byAttribute = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Hit h = c.hit();
            Entity e = h.kind() == UnitKind.FACT ? entities.apply(h.entity()) : null;
            if (e != null && e.kind() == EntityKind.CITY && c.get(Feature.PLACE) >= 0 && holdsAll(c)) {
                byAttribute.computeIfAbsent(h.attribute(), k -> new LinkedHashMap<>()).putIfAbsent(e.id(), c);
            }
        }
        List<Map<Long, Candidate>> many = byAttribute.values().stream().filter(m -> m.size() >= 2).toList();
        return many.size() == 1 ? List.copyOf(many.get(0).values()) : List.of();
    }

    /** True for a text that holds every meaningful word of the question, all of them known, and is no older account. */
    private static boolean holdsAll(Candidate c) {
        return c.get(Feature.ALL_COVERED) > 0 && c.get(Feature.UNKNOWN) == 0 && c.get(Feature.STALE) == 0
                && c.get(Feature.OUTDATED) == 0;
    }
}
