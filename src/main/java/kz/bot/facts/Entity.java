package kz.bot.facts;

import java.util.List;
import java.util.Map;
import kz.bot.knowledge.EntityKind;

/**
 * A country, region or city, with its names by language ("en", "ru", "kk"; the first of each list is the usual one).
 */
public record Entity(long id, EntityKind kind, String name, Map<String, List<String>> names) {

    public Entity {
        names = Map.copyOf(names);
    }

    /** An entity is its id: comparing name maps on every set lookup would cost more than the answer itself. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Entity other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** Every name the entity goes by: its English name first, then its names in each language. */
    public List<String> allNames() {
        List<String> out = new java.util.ArrayList<>(List.of(name));
        names.values().forEach(out::addAll);
        return out;
    }

    /** The entity's usual name in {@code language}, falling back to the English one. */
    public String nameIn(String language) {
        List<String> list = names.get(language);
        return list == null || list.isEmpty() ? name : list.get(0);
    }
}
