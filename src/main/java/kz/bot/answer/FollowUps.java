package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;

/**
 * How a conversation goes on from one question to the next: a follow-up that names only a place ("and Shymkent?")
 * answered with the last question's attribute, and the topic an answer leaves behind — the conversation's place kept,
 * or the place a fact's value names remembered. Reads only; thread-safe as long as {@code entities} is not changed
 * after construction.
 */
final class FollowUps {

    private final FactBook book;
    private final Map<Long, Entity> entities;
    private final Cards cards;
    private final AttributeNames attributes;
    private final HitTexts hits;
    private final Entity country;

    /**
     * @param entities the knowledge's entities by id
     * @param country  the one country of the knowledge, or null
     */
    FollowUps(FactBook book, Map<Long, Entity> entities, Cards cards, AttributeNames attributes, HitTexts hits,
              Entity country) {
        this.book = book;
        this.entities = entities;
        this.cards = cards;
        this.attributes = attributes;
        this.hits = hits;
        this.country = country;
    }

    /**
     * "what about Shymkent?" after a question about Almaty's population: the same attribute of the new place; null
     * when {@code r} is not such a follow-up of {@code context}.
     */
    Answer answer(Reading r, Topic context) {
        if (context.attribute().isEmpty() || !r.content().isEmpty() || r.places().size() != 1) {
            return null;
        }
        if (r.kind() == AnswerKind.WHO || Computations.asksAbout(r)) {
            // "who is Abai?" after Semey's population asks for the poet, not the Abai region's population; "tell me
            // about it", "what happened to it?" after where the Aral Sea is ask for the sea, not where it is again
            return null;
        }
        // of namesakes, the one of the last place's kind ("and Aktobe?" after Karaganda the city is the city), else the
        // one read, else any that has the attribute
        Entity last = entities.get(context.entity());
        List<Entity> order = new ArrayList<>(r.places().get(0).alternatives());
        if (order.stream().anyMatch(place -> asksAnother(r, place, context))) {
            return null;
        }
        // … unless a word says which ("and karaganda region?" after the city: the region)
        boolean saysWhich = r.words().stream().anyMatch(w -> w.role() == Word.Role.KIND_WORD);
        Entity read = r.places().get(0).entity();
        order.sort(saysWhich ? Comparator.comparing((Entity c) -> !c.equals(read))
                : Comparator.comparing((Entity c) -> last == null || c.kind() != last.kind())
                        .thenComparing(c -> !c.equals(read)));
        for (Entity candidate : order) {
            if (book.facts(candidate).containsKey(context.attribute())) {
                // «қашан астана болды» after Astana's area asks when, and an area says no year
                Answer card = cards.attribute(candidate, context.attribute(), r.language());
                return SummaryFit.answers(r.kind(), r.has(Signal.MEASURE), card) ? card : null;
            }
        }
        return null;
    }

    /** "and how big is Karaganda region?" after its population: "how big" asks for another of the place's facts. */
    private boolean asksAnother(Reading r, Entity place, Topic context) {
        for (Word w : r.words()) {
            if (w.role() == Word.Role.QUESTION) {
                for (String attribute : book.facts(place).keySet()) {
                    if (!attribute.equals(context.attribute())
                            && AttributeNames.intersects(w.query(), attributes.forms(attribute))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@code answer} remembering the place its fact's value names ("Region: Almaty" names Almaty region), so that a
     * follow-up about "its centre" can be about that place — or the person it names ("President: Kassym-Jomart
     * Tokayev"), for "when was he elected?" — or the sight, topic or person another fact begins with ("Longest River:
     * the Irtysh", "River Flowing Through: Ishim"), for "how long is it?".
     */
    Answer namingPlace(Answer answer, Candidate winner) {
        Hit h = winner.hit();
        if (h.kind() != UnitKind.FACT) {
            return answer;
        }
        // "President: Kassym-Jomart Tokayev" names a person: "when was he elected?" is about him; "Longest River: the
        // Irtysh" names a sight of ours: "how long is it?" may be about the river
        // a description ("Known For: The Mausoleum of Khoja Ahmed Yasawi…") tells of its place, and names the sight
        // it begins with: "who built it?" asks about the mausoleum only when nothing of the city answers
        var place = attributes.namesAPlace(h.attribute()) ? cards.placeBeginning(h.attribute(), hits.text(h))
                : h.has(UnitFlags.PERSON) ? cards.personBeginning(hits.text(h))
                : cards.thingBeginning(hits.text(h));
        if (place.isPresent() && place.get().id() != answer.topic().entity()
                && answer instanceof Answer.FactAnswer f) {
            Topic t = answer.topic();
            Topic named = new Topic(t.entity(), t.attribute(), place.get().id());
            return new Answer.FactAnswer(f.title(), f.body(), f.sources(), f.choices(), f.language(), named);
        }
        return answer;
    }

    /**
     * {@code answer}, whose topic stays the conversation's place when a follow-up naming no place was answered with a
     * fact of the whole country: after "Since when has it been a regional capital?" about Turkistan, "how far is it
     * from Shymkent?" is still about Turkistan.
     */
    Answer keepingPlace(Answer answer, Reading r, Entity context) {
        if (context == null || country == null || context.equals(country) || r.countryNamed() || !r.places().isEmpty()
                || answer.topic().entity() != country.id()) {
            return answer;
        }
        Topic kept = new Topic(context.id(), answer.topic().attribute());
        if (answer instanceof Answer.FactAnswer f) {
            return new Answer.FactAnswer(f.title(), f.body(), f.sources(), f.choices(), f.language(), kept);
        }
        if (answer instanceof Answer.PassageAnswer p) {
            return new Answer.PassageAnswer(p.title(), p.body(), p.sources(), p.choices(), p.language(), kept);
        }
        return answer;
    }
}
