package kz.bot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;

/**
 * "The president", «президенту», «тұңғыш президенттің»: the person a fact of the country names by the role a question
 * says instead of a name ("President: Kassym-Jomart Tokayev"), so that "how old is the president?" or "where was the
 * first president born?" can be asked of that person. Reads only; thread-safe.
 */
final class RolePeople {

    /** The person meant, and where the words of the role stand in the question's text. */
    record Meant(Entity person, int start, int end) {
    }

    private final AttributeNames attributes;
    private final Entity country;
    /** The country's attributes whose value begins with one of our people, with that person: found once. */
    private final Map<String, Entity> roles = new java.util.LinkedHashMap<>();

    /** @param country the one country of the knowledge, or null */
    RolePeople(FactBook book, Cards cards, AttributeNames attributes, Entity country) {
        this.attributes = attributes;
        this.country = country;
        if (country != null) {
            for (Map.Entry<String, List<Fact>> e : book.facts(country).entrySet()) {
                cards.personBeginning(e.getValue().get(0).value()).ifPresent(person -> roles.put(e.getKey(), person));
            }
        }
    }

    /**
     * The person whose role {@code r} says, with no place but the country named: of the country's facts whose value
     * begins with one of our people, the one whose name the question says wholly with the most words ("first
     * president" is First President, not President). Empty when none is said, or two are said alike.
     */
    Optional<Meant> in(Reading r) {
        if (country == null || r.places().stream().anyMatch(p -> !p.entity().equals(country))
                || !r.foreign().isEmpty()) {
            return Optional.empty();
        }
        Entity best = null;
        long bestMask = 0;
        boolean tie = false;
        for (Map.Entry<String, Entity> e : roles.entrySet()) {
            Entity person = e.getValue();
            long mask = attributes.namedWholly(e.getKey(), r.words(), r.language());
            if (mask != 0 && Long.bitCount(mask) > Long.bitCount(bestMask)) {
                best = person;
                bestMask = mask;
                tie = false;
            } else if (mask != 0 && Long.bitCount(mask) == Long.bitCount(bestMask) && !person.equals(best)) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return Optional.empty();
        }
        int first = Long.numberOfTrailingZeros(bestMask);
        int last = Long.SIZE - 1 - Long.numberOfLeadingZeros(bestMask);
        return Optional.of(new Meant(best, r.words().get(first).start(), r.words().get(last).end()));
    }
}
