package kz.bot.answer;

import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/**
 * Which of the things a name may stand for a "who" question is about. Many places are named after people (Abai,
 * Zhambyl, Satpayev, Konaev): "who was Zhambyl?" asks about the poet, never about the city once called Zhambyl, and a
 * city's card is no answer to it.
 */
final class Askable {

    private Askable() {
    }

    /** The person (or the named thing that is not a place) {@code p} stands for in a "who" question, or null. */
    static Entity who(Place p) {
        if (answersWho(p.entity())) {
            return p.entity();
        }
        return p.alternatives().stream().filter(Askable::answersWho).findFirst().orElse(null);
    }

    private static boolean answersWho(Entity e) {
        return e.kind() == EntityKind.PERSON || e.kind() == EntityKind.TOPIC;
    }
}
