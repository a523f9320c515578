package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;

/**
 * Facts whose attribute names another place, of which their place has several ("Astana — Road Distance to Karaganda",
 * "… to Kokshetau", "… to Pavlodar"): one of them is no answer to a question that names none of those places ("how far
 * is Astana?"). A place with one such fact ("Charyn Canyon — Distance From Almaty") keeps it. Built once per knowledge
 * base; immutable.
 */
final class PairedAttributes {

    /** attribute → the place its name ends with. */
    private final Map<String, Long> placeOf = new HashMap<>();
    /** entity id → the attributes of its facts that are one of several of their kind. */
    private final Map<Long, Set<String>> several = new HashMap<>();

    PairedAttributes(FactBook book) {
        Map<String, Long> places = new HashMap<>();
        for (Entity e : book.entities()) {
            if (e.kind() == EntityKind.CITY || e.kind() == EntityKind.REGION || e.kind() == EntityKind.SIGHT) {
                places.put(e.name().toLowerCase(Locale.ROOT), e.id());
            }
        }
        for (Entity e : book.entities()) {
            Map<String, List<String>> kinds = new HashMap<>();
            for (String key : book.facts(e).keySet()) {
                // the longest place name the attribute ends with: "road distance to | karaganda"
                for (int cut = key.indexOf(' '); cut > 0; cut = key.indexOf(' ', cut + 1)) {
                    Long place = places.get(key.substring(cut + 1));
                    if (place != null) {
                        placeOf.put(key, place);
                        kinds.computeIfAbsent(key.substring(0, cut + 1), k -> new ArrayList<>()).add(key);
                        break;
                    }
                }
            }
            kinds.values().stream().filter(keys -> keys.size() > 1)
                    .forEach(keys -> several.computeIfAbsent(e.id(), id -> new HashSet<>()).addAll(keys));
        }
    }

    /**
     * True when the fact of {@code entity} and {@code attribute} is one of several of its kind and names a place that
     * is not in {@code asked} (the places the question names, or the conversation's).
     */
    boolean elsewhere(long entity, String attribute, Set<Long> asked) {
        if (!several.getOrDefault(entity, Set.of()).contains(attribute)) {
            return false;
        }
        Long place = placeOf.get(attribute);
        return place != null && !asked.contains(place);
    }
}
