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

    /**
     * The place meant, the question's words that name it (they are covered by any unit about the place), and the
     * country's attribute whose value it is ("highest point" for Khan Tengri).
     */
    record Meant(Entity place, Set<Integer> words, String attribute) {
    }

    private final FactBook book;
    private final Entity country;
    private final AttributeNames attributes;
    /** The country's facts whose value begins with the name of one of our places or sights, and that place. */
    private final Map<String, Entity> roles = new java.util.LinkedHashMap<>();
    /** Of those, the ones whose value holds a figure: they answer "how many" themselves. */
    private final Set<String> withFigures = new java.util.HashSet<>();

    RolePlaces(FactBook book, Entity country, AttributeNames attributes) {
        this.book = book;
        this.country = country;
        this.attributes = attributes;
        if (country == null) {
            return;
        }
        List<Entity> places = new ArrayList<>();
        for (EntityKind kind : List.of(EntityKind.CITY, EntityKind.REGION, EntityKind.SIGHT)) {
            places.addAll(book.entities(kind));
        }
        for (Map.Entry<String, List<Fact>> e : book.facts(country).entrySet()) {
            String value = e.getValue().get(0).value();
            Entity place = leading(value, places);
            if (place != null) {
                roles.put(e.getKey(), place);
                if (value.chars().anyMatch(Character::isDigit)) {
                    withFigures.add(e.getKey());
                }
            }
        }
    }

    /**
     * The place {@code r} names by its role, or null when it names a place by name or none by role, or when the
     * conversation's place {@code context} (may be null) has a fact of that name itself: in a conversation about
     * Karaganda region, "how many people live in the centre" asks about its administrative centre, not the capital.
     */
    Meant of(Reading r, Entity context, AttributeNames.Matches labels) {
        Meant meant = of(r, labels);
        if (meant == null || context == null || context.equals(country)) {
            return meant;
        }
        for (String attribute : book.facts(context).keySet()) {
            Set<String> forms = attributes.forms(attribute);
            for (int i : meant.words()) {
                if (AttributeNames.intersects(r.words().get(i).query(), forms)) {
                    return null;
                }
            }
        }
        return meant;
    }

    /**
     * The place {@code r} names by its role and asks nothing else of ("and the capital?", «а в столице?», "and the
     * largest city?"): in a conversation about another place's figure, that figure of this place. Null when it names
     * a place by name, asks anything else, points at the conversation's place ("what is its centre?") or names a
     * fact the conversation's place {@code context} has itself ("and the centre?" after a region is its centre), or
     * names the country: "qazaqstannyn astanasy qandai" is a whole question, asking for the capital itself.
     */
    Entity alone(Reading r, Entity context, AttributeNames.Matches labels) {
        if (country == null || r.kind() != AnswerKind.WHAT || !r.places().isEmpty()
                || Phrases.of(r.language()).has("word.region", Phrases.words(r.text()))
                || r.pointsBack()) {
            return null;
        }
        if (book.facts(context).keySet().stream().anyMatch(attribute -> namesOnly(r, attribute, labels))) {
            return null;
        }
        return roles.entrySet().stream().filter(e -> namesOnly(r, e.getKey(), labels)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /**
     * The place a question of distance names by its role beside the one place it names by name ("how far is Almaty
     * from the capital", «сколько км от алматы до столицы»), with the words that name the role; null when it names
     * none, or not one place by name besides. How its words meet the attributes' names is looked up only then.
     */
    Meant besideOnePlace(Reading r) {
        List<Entity> named = r.places().stream().map(Place::entity).filter(e -> e.kind() != EntityKind.COUNTRY)
                .toList();
        if (country == null || named.size() != 1) {
            return null;
        }
        AttributeNames.Matches labels = attributes.matches(r.words(), r.language(), r.kind());
        Phrases centre = Phrases.of(r.language());
        Meant best = null; // the role whose name the question says most of
        for (Map.Entry<String, Entity> e : roles.entrySet()) {
            if (labels.extra(e.getKey()) > 0 || e.getValue().equals(named.get(0))) {
                continue;
            }
            Set<Integer> naming = new TreeSet<>();
            for (int i = 0; i < r.words().size(); i++) {
                Word w = r.words().get(i);
                if (w.role() == Word.Role.CONTENT && labels.names(e.getKey(), i)
                        && !centre.has("word.city_centre", Phrases.words(w.surface()))) {
                    naming.add(i); // "from the center" of the place named is not from the capital
                }
            }
            if (!naming.isEmpty() && (best == null || naming.size() > best.words().size())) {
                best = new Meant(e.getValue(), naming, e.getKey());
            }
        }
        return best;
    }

    /** True when {@code r}'s content words all name {@code attribute}, and say all of its name. */
    private static boolean namesOnly(Reading r, String attribute, AttributeNames.Matches labels) {
        if (labels.extra(attribute) > 0) {
            return false;
        }
        boolean named = false;
        for (int i = 0; i < r.words().size(); i++) {
            if (r.words().get(i).role() == Word.Role.CONTENT) {
                if (!labels.names(attribute, i)) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /**
     * The place {@code r} names by its role, or null when it names a place by name or none by role; {@code labels}: how
     * its words meet the attributes' names.
     */
    private Meant of(Reading r, AttributeNames.Matches labels) {
        if (country == null || r.places().stream().anyMatch(p -> !p.entity().equals(country))
                || Phrases.of(r.language()).has("word.region", Phrases.words(r.text()))) {
            return null; // a place named, or "the region's centre" («облыс орталығы»), which is not the capital
        }
        List<Word> words = r.words();
        Meant best = null; // the role whose name the question says most of
        for (Map.Entry<String, Entity> e : roles.entrySet()) {
            String attribute = e.getKey();
            if (labels.extra(attribute) > 0) {
                continue;
            }
            Set<Integer> naming = new TreeSet<>();
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.role() != Word.Role.CONTENT) {
                    continue;
                }
                if (labels.names(attribute, i)) {
                    naming.add(i);
                } else {
                    other.add(i);
                }
            }
            // "how tall is the highest mountain": the fact names the mountain but gives no height
            boolean asksMore = !other.isEmpty() || r.kind() == AnswerKind.HOW_MANY && !withFigures.contains(attribute);
            if (naming.isEmpty()) {
                continue;
            }
            if (!asksMore) {
                // «қазақстанның бас қаласы» says all of "capital" and asks for that fact: "city" alone is no other role
                return null;
            }
            if (best == null || naming.size() > best.words().size()) {
                best = new Meant(e.getValue(), naming, attribute);
            }
        }
        return best;
    }

    /**
     * The place a value begins with — "Almaty, 2,347,924 (1 January 2026)" → Almaty, "Khan Tengri peak in the Tian
     * Shan" → Khan Tengri — the longest name that is followed by no letter; null when it begins with none.
     */
    private static Entity leading(String value, List<Entity> places) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        Entity best = null;
        int longest = 0;
        for (Entity e : places) {
            for (String name : e.names().getOrDefault("en", List.of(e.name()))) {
                String n = name.toLowerCase(java.util.Locale.ROOT);
                if (n.length() > longest && v.startsWith(n)
                        && (v.length() == n.length() || !Character.isLetter(v.charAt(n.length())))) {
                    best = e;
                    longest = n.length();
                }
            }
        }
        return best;
    }
}
