package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;

/**
 * A place the question names by its role in the country rather than by its name: "the population of the capital" is
 * Astana's population, "how far is the largest city from Astana" is about Almaty. The role is a fact of the country
 * whose value is one of our places ("Capital: Astana"); the question names it when some of its words are the whole
 * label of that fact and others ask something else — "what is the capital" asks for the fact itself. Immutable.
 */
final class RolePlaces {

    /** The place meant, and the question's words that name it (they are covered by any unit about the place). */
    record Meant(Entity place, Set<Integer> words) {
    }

    private final FactBook book;
    private final Entity country;
    private final AttributeNames attributes;

    RolePlaces(FactBook book, Entity country, AttributeNames attributes) {
        this.book = book;
        this.country = country;
        this.attributes = attributes;
    }

    /** The place {@code r} names by its role, or null when it names a place by name or none by role. */
    Meant of(Reading r) {
        if (country == null || r.places().stream().anyMatch(p -> !p.entity().equals(country))
                || Phrases.of(r.language()).has("word.region", Phrases.words(r.text()))) {
            return null; // a place named, or "the region's centre" («облыс орталығы»), which is not the capital
        }
        List<Word> words = r.words();
        for (Map.Entry<String, List<Fact>> e : book.facts(country).entrySet()) {
            String attribute = e.getKey();
            if (!attributes.namesAPlace(attribute)
                    || attributes.extra(attribute, r.language(), words, r.kind()) > 0) {
                continue;
            }
            Set<String> label = attributes.forms(attribute);
            Set<Integer> naming = new TreeSet<>();
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.role() != Word.Role.CONTENT) {
                    continue;
                }
                if (AttributeNames.intersects(w.query(), label)) {
                    naming.add(i);
                } else {
                    other.add(i);
                }
            }
            Entity place = naming.isEmpty() || other.isEmpty() ? null : place(e.getValue().get(0).value());
            if (place != null) {
                return new Meant(place, naming);
            }
        }
        return null;
    }

    /** Our city or region a fact's value begins with ("Almaty, 2,347,924 (1 January 2026)" → Almaty). */
    private Entity place(String value) {
        String name = value.split("[(,;]", 2)[0].strip().replaceFirst("(?i) region$", "");
        for (EntityKind kind : List.of(EntityKind.CITY, EntityKind.REGION)) {
            var found = book.entity(kind, name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }
}
