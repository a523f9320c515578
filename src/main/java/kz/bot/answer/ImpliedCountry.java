package kz.bot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;

/**
 * "What is the highest mountain?", «ең биік тау қайсы?»: a question that names no place — ours, another country's, one
 * a role stands for ("the capital"), or one the conversation is about — asks about the country. When the country's
 * fact of an attribute is among the candidates, the same attribute of another place (Bayanaul's highest point) does
 * not answer it unless it covers more of the question; when the question names a place by the country's fact ("how
 * tall is the highest mountain"), the same attribute of other places is dropped too. A person's fact is no place's:
 * "who was the first Kazakh in space?" is answered by the cosmonaut's "Known For", whatever the country is known for.
 */
final class ImpliedCountry {

    /**
     * Attributes that describe their bearer rather than give a figure or a name: the country's "Known For" is no better
     * answer to a question that names no place than a city's is, so neither is dropped for the other.
     */
    static final Set<String> DESCRIPTIONS = Set.of("known for", "what it is", "role", "about", "best for",
            "character");

    private ImpliedCountry() {
    }

    /**
     * {@code candidates} without the facts of other places whose attribute the country's own candidates have, when
     * the question names no place and does not ask who; {@code candidates} themselves otherwise. {@code entities}
     * gives a fact's entity by its id.
     */
    static List<Candidate> keep(Reading r, Entity context, RolePlaces.Meant meant, Entity country,
                                java.util.function.LongFunction<Entity> entities, List<Candidate> candidates) {
        if (country == null || !r.places().isEmpty() || !r.foreign().isEmpty() || r.kind() == AnswerKind.WHO) {
            return candidates;
        }
        if (meant != null) {
            // "how tall is the highest mountain": the country's highest point, Khan Tengri — not another range's
            return candidates.stream().filter(c -> c.hit().kind() != UnitKind.FACT
                    || c.hit().entity() == country.id() || c.hit().entity() == meant.place().id()
                    || !c.hit().attribute().equals(meant.attribute())
                    || isPerson(entities.apply(c.hit().entity()))).toList();
        }
        if (context != null) {
            return candidates; // the conversation's place may be what the question asks about
        }
        // the country's attributes among the candidates, with how much of the question each covers at most
        Map<String, Double> countrys = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.hit().kind() == UnitKind.FACT && c.hit().entity() == country.id()
                    && !DESCRIPTIONS.contains(c.hit().attribute())) {
                countrys.merge(c.hit().attribute(), c.get(Feature.COVERAGE), Math::max);
            }
        }
        if (countrys.isEmpty()) {
            return candidates;
        }
        // another place's fact that covers more of the question than the country's says what the question names
        // ("belukha tauy qaida": the Altai's highest point, Belukha, not the country's Khan Tengri)
        return candidates.stream().filter(c -> c.hit().kind() != UnitKind.FACT || c.hit().entity() == country.id()
                || !countrys.containsKey(c.hit().attribute())
                || c.get(Feature.COVERAGE) > countrys.get(c.hit().attribute())
                || isPerson(entities.apply(c.hit().entity()))).toList();
    }

    private static boolean isPerson(Entity e) {
        return e != null && e.kind() == kz.bot.knowledge.EntityKind.PERSON;
    }
}
