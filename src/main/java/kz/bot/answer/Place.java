package kz.bot.answer;

import java.util.List;
import kz.bot.facts.Entity;

/**
 * A place of the knowledge base that a question names: the entity meant, the others the name may also mean (Almaty
 * the city and the region), and where the name stands in the question ({@code [start, end)}, characters).
 *
 * @param fuzzy true when the name was matched despite a typo
 */
public record Place(Entity entity, List<Entity> alternatives, int start, int end, boolean fuzzy) {

    public Place {
        alternatives = List.copyOf(alternatives);
    }
}
