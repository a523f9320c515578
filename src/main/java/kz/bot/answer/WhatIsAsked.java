package kz.bot.answer;

import java.util.List;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/**
 * Whether a candidate holds what the question asks for — a year for "when", a figure beside what is counted for "how
 * many", another person than the one named for "who", a material, an amount of money — so that it may win; the
 * scorer passes over one that does not to the next that does, and says why when none does. Stateless.
 */
final class WhatIsAsked {

    private WhatIsAsked() {
    }

    /**
     * Why {@code c} cannot be the winner though a candidate below it may, or null when it can: it holds nothing of the
     * kind asked ({@link #missing}: no year for "when"); for "who", it is a fact that names only the person the
     * question names; for "how many", it gives no figure beside what it counts; for "when" of a place, no year where
     * it names the place; it names no material for "made of", no money for a price.
     */
    static String lacking(Reading r, Candidate c, Agreement agreement, Phrasing phrasing) {
        String missing = c.get(Feature.KIND) < 0 ? missing(r.kind(), c.hit()) : null;
        Hit h = c.hit();
        if (missing != null) {
            return missing;
        } else if (r.kind() == AnswerKind.WHO && (namesTheAskedPerson(r, h, agreement)
                || Predecessors.namesOnlyTheOneAskedAbout(r, h, agreement))) {
            return "the question asks who, and the best candidate names only the person the question names";
        } else if (r.kind() == AnswerKind.HOW_MANY && !phrasing.figureBesideCounted(r, h)) {
            return "the question asks how many, and the best candidate gives no figure beside what it counts";
        } else if (r.kind() == AnswerKind.WHEN && !r.places().isEmpty() && !phrasing.yearBesidePlace(r, h)) {
            return "the question asks when, and the best candidate gives no year where it names the place";
        } else if (r.has(Signal.MADE_OF) && !h.has(UnitFlags.MATERIAL)) {
            return "the question asks what something is made of, and the best candidate names no material";
        } else if (r.has(Signal.PRICE) && !h.has(UnitFlags.MONEY)) {
            return "the question asks what something costs, and the best candidate names no amount of money";
        }
        return null;
    }

    /**
     * For a kind of answer that a winner disagreeing with it in kind ({@link Candidates#kindAgreement}) cannot give,
     * what is missing; null for the kinds where the disagreement only weighs in the score (and for a fact that puts
     * something at a named place, when "where" is asked).
     */
    private static String missing(AnswerKind kind, Hit winner) {
        return switch (kind) {
            case HOW_MANY -> "the question asks how many or how much, and the best candidate holds no figure";
            case WHY -> "the question asks why, and the best candidate gives no reason";
            case WHEN -> winner.has(UnitFlags.ERA) ? null
                    : "the question asks when, and the best candidate names no year, month, century or season";
            case WHERE -> winner.has(UnitFlags.AT_NAME) ? null
                    : "the question asks where, and the best candidate is a fact that names no place";
            default -> null;
        };
    }

    /**
     * True when {@code h} is a fact of another thing than the person the question names, and the person it names is
     * that one: "who was president before Tokayev" is not answered by "Head of State: … Kassym-Jomart Tokayev".
     */
    private static boolean namesTheAskedPerson(Reading r, Hit h, Agreement agreement) {
        List<String> asked = r.places().stream().map(Place::entity)
                .filter(e -> e.kind() == EntityKind.PERSON && e.id() != h.entity()).map(Entity::name).toList();
        if (h.kind() != UnitKind.FACT || asked.isEmpty()) {
            return false;
        }
        String person = agreement.person(h);
        return person != null && asked.stream().anyMatch(name -> person.contains(name) || name.contains(person));
    }
}
