package kz.bot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/**
 * The rules that keep one place's facts from answering a question about another: a namesake's fact when the picked
 * place has its own, a fact of a place the question does not name, a place's fact when the question names only the
 * country. Thread-safe.
 */
final class OtherPlaces {

    private final Entity country;
    /** Sights and topics whose name holds a city's or a region's ("Shymkent Dendropark"): their ids, then the place's. */
    private final Map<Long, Set<Long>> namesakes;
    private final AttributeNames attributes;

    /**
     * @param country    the country the knowledge is about, or null
     * @param namesakes  the ids of the places each sight or topic is named after ({@link #namesakes})
     * @param attributes the attributes' names, which may name a place ("How to Get to Astana")
     */
    OtherPlaces(Entity country, Map<Long, Set<Long>> namesakes, AttributeNames attributes) {
        this.country = country;
        this.namesakes = Map.copyOf(namesakes);
        this.attributes = attributes;
    }

    /**
     * The places (cities, regions) each of {@code named} (sights, topics) is named after: one whose name, in some
     * language, holds a place's name as whole words — "Big Almaty Lake", "Astana Opera"; by the named one's id.
     */
    static Map<Long, Set<Long>> namesakes(List<Entity> named, List<Entity> places) {
        Map<Entity, List<List<String>>> placeNames = new HashMap<>();
        places.forEach(p -> placeNames.put(p, namesOf(p)));
        Map<Long, Set<Long>> out = new HashMap<>();
        for (Entity e : named) {
            List<List<String>> own = namesOf(e);
            placeNames.forEach((p, names) -> {
                if (own.stream().anyMatch(n -> names.stream().anyMatch(pn -> holds(n, pn)))) {
                    out.computeIfAbsent(e.id(), k -> new HashSet<>()).add(p.id());
                }
            });
        }
        return out;
    }

    private static List<List<String>> namesOf(Entity e) {
        return e.allNames().stream().map(n -> List.of(Phrases.words(n))).toList();
    }

    /** True when {@code name} holds all of {@code part}, a shorter name, as consecutive whole words. */
    private static boolean holds(List<String> name, List<String> part) {
        return !part.isEmpty() && part.size() < name.size() && Collections.indexOfSubList(name, part) >= 0;
    }

    /** True when {@code h} is a fact of a sight or topic named after a place the question names. */
    boolean namedAfter(Reading r, Hit h) {
        Set<Long> after = namesakes.get(h.entity());
        return h.kind() == UnitKind.FACT && after != null
                && r.places().stream().anyMatch(p -> after.contains(p.entity().id()));
    }

    /**
     * True for a fact of a sight named after a place the question names (the Shymkent Dendropark, when the question
     * names Shymkent and not the park) that meets nothing of the question but that place's name and its attribute's
     * name: "how to get to Shymkent" is not the way to the Dendropark, while "the opera in Astana" (a word of the
     * sight's name besides the city's) still finds the Astana Opera.
     */
    boolean namedAfterThePlace(Reading r, Hit h, double[] f) {
        Set<Long> after = namesakes.get(h.entity());
        if (h.kind() != UnitKind.FACT || after == null
                || f[Feature.ATTRIBUTE_NAME.ordinal()] < f[Feature.COVERAGE.ordinal()] - 1e-9) {
            return false;
        }
        boolean itself = r.places().stream().anyMatch(p -> p.entity().id() == h.entity()
                || p.alternatives().stream().anyMatch(e -> e.id() == h.entity()));
        return !itself && r.places().stream().anyMatch(p -> after.contains(p.entity().id()));
    }

    /**
     * True for a fact about a place of the same name as the one the reading picked (Karaganda the region when it
     * picked Karaganda the city) when the picked place has a fact of the same attribute: the question is then
     * answered about the picked place, and the namesake's fact is not a rival answer — also when the picked place's
     * fact has another attribute that matches the same words of the question (Almaty's "Founded" and Almaty region's
     * "Created"). It stays when the picked place lacks the attribute ("the centre of Karaganda" is the region's).
     */
    static boolean shadowed(Reading r, Hit h, List<Candidate> all) {
        if (h.kind() != UnitKind.FACT) {
            return false;
        }
        for (Place p : r.places()) {
            if (p.entity().id() != h.entity() && p.alternatives().stream().anyMatch(e -> e.id() == h.entity())) {
                long picked = p.entity().id();
                return all.stream().anyMatch(c -> c.hit().kind() == UnitKind.FACT && c.hit().entity() == picked
                        && (c.hit().attribute().equals(h.attribute()) // or says it in other words: founded / created
                        || h.covered() != 0 && (c.hit().covered() & h.covered()) == h.covered()));
            }
        }
        return false;
    }

    /**
     * True for a fact about another place than the ones the question names, which does not mention them either:
     * "the role of Almaty" is never answered by Karaganda's role, however well its words match.
     */
    boolean aboutAnotherPlace(Reading r, Hit h) {
        if (h.kind() != UnitKind.FACT || country != null && h.entity() == country.id()) {
            return false; // every place is in the country: its time zone is Aktau's
        }
        boolean named = false;
        for (Place p : r.places()) {
            if (p.entity().equals(country)) {
                continue;
            }
            named = true;
            if (p.alternatives().stream().anyMatch(e -> e.id() == h.entity())) {
                return false;
            }
        }
        if (!named) {
            // "the population of Kazakhstan" is the country's, not East Kazakhstan's, whose name holds the word
            return r.countryNamed() && coversCountryWord(r, h);
        }
        for (Place p : r.places()) {
            if (!p.entity().equals(country) && coversName(r, h, p)) {
                return false; // its value names the place: "Which region's centre is Aktau?"
            }
        }
        return true;
    }

    /**
     * The places a question names, the country aside, and those of them it names as where a way starts ("from",
     * «из», «Алматыдан»: {@link Computations#measuredFrom}); found once a question, not once a candidate.
     */
    record Way(List<Place> named, List<Place> starts) {

        /** The named places that are not where the way starts. */
        List<Place> ends() {
            return named.stream().filter(p -> !starts.contains(p)).toList();
        }
    }

    /** The way {@code r} asks about ({@link Way}). */
    Way way(Reading r) {
        List<Place> named = r.places().stream().filter(p -> !p.entity().equals(country)).toList();
        List<Place> starts = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            if (Computations.measuredFrom(r, i)) {
                starts.add(named.get(i));
            }
        }
        return new Way(named, List.copyOf(starts));
    }

    /**
     * True for a fact on the way somewhere that is another way than the one asked about:
     * <ul>
     * <li>its attribute names a place ("How To Get To Astana") and the question names two or more places, not that
     * one as where it goes: "from Almaty to Karaganda" is another journey than the one to Astana, "from Astana to
     * Almaty" another than Almaty's to Astana;</li>
     * <li>it does, and the question names only the fact's own place, not as where it starts: «как добраться до
     * Астаны» asks for the way to Astana, not Astana's way to Almaty, while "travelling from Astana" may be answered
     * with it;</li>
     * <li>it is the way to a sight ({@link Sights#WAY_THERE}) and the question names other places, not only as where
     * it starts: "how to get to Almaty" is not the way to Charyn, whose value says "from Almaty".</li>
     * </ul>
     */
    boolean anotherJourney(Way way, Hit h) {
        if (h.kind() != UnitKind.FACT) {
            return false;
        }
        List<Place> named = way.named();
        List<Place> ends = way.ends();
        if (h.attribute().equals(Sights.WAY_THERE)) {
            return named.stream().noneMatch(p -> isOrMayBe(p, Set.of(h.entity()))) && !ends.isEmpty();
        }
        Set<Long> inName = attributes.placesInName(h.attribute());
        Set<Long> to = attributes.destinationsInName(h.attribute());
        if (inName.isEmpty()) {
            return false;
        }
        if (to.isEmpty()) { // "distance from Almaty": Charyn's, however it is asked
            return named.size() >= 2 && named.stream().noneMatch(p -> isOrMayBe(p, inName));
        }
        // where the question goes: the places not named as where it starts, or all when it names no start
        if ((ends.isEmpty() || named.size() >= 2 && ends.size() == named.size() ? named : ends).stream()
                .anyMatch(p -> isOrMayBe(p, to))) {
            return false;
        }
        return named.size() >= 2
                || named.size() == 1 && named.get(0).entity().id() == h.entity() && !ends.isEmpty();
    }

    /** What a way leads between: a person or a topic named beside ("baramyz" read as the snow leopard) is none. */
    private static final Set<EntityKind> WAYPOINTS = Set.of(EntityKind.CITY, EntityKind.REGION, EntityKind.SIGHT);

    /**
     * True for a fact of one end of a way the question asks about ("from Almaty", «из Алматы», «Алматыдан») that does
     * not name the other end: «как доехать до Шымкента из Алматы» is not what Almaty is good for.
     */
    boolean oneEndOnly(Reading r, Way way, Hit h) {
        if (h.kind() != UnitKind.FACT || way.named().size() < 2 || way.starts().isEmpty()) {
            return false;
        }
        Set<Long> inName = attributes.placesInName(h.attribute()); // "How to Get to Astana" names Astana
        return way.named().stream().anyMatch(p -> WAYPOINTS.contains(p.entity().kind())
                && !isOrMayBe(p, Set.of(h.entity())) && !isOrMayBe(p, inName) && !coversName(r, h, p));
    }

    /** True when {@code p} is, or may be read as, one of the places {@code ids}. */
    private static boolean isOrMayBe(Place p, Set<Long> ids) {
        return ids.contains(p.entity().id()) || p.alternatives().stream().anyMatch(e -> ids.contains(e.id()));
    }

    /**
     * True when {@code h} contains every word of the name of {@code p} as the question writes it: Kaindy Lake's facts
     * contain the "lake" of "Lake Balkhash", but not the name.
     */
    static boolean coversName(Reading r, Hit h, Place p) {
        boolean any = false;
        for (int i = 0; i < r.words().size(); i++) {
            Word w = r.words().get(i);
            if (w.role() == Word.Role.PLACE && w.start() >= p.start() && w.end() <= p.end()) {
                if (!h.covers(i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * True for a fact of some place when the question names only the country and the fact matches nothing but its
     * attribute's name: "the population of Kazakhstan" is not Karaganda's population, while "which city of
     * Kazakhstan is known for apples" may well be answered by a city's fact whose value says so.
     */
    boolean anotherPlacesAttribute(Reading r, Hit h, double[] f) {
        return h.kind() == UnitKind.FACT && r.countryNamed() && country != null && h.entity() != country.id()
                && r.places().stream().allMatch(p -> p.entity().equals(country))
                && f[Feature.ATTRIBUTE_NAME.ordinal()] >= f[Feature.COVERAGE.ordinal()] - datedShare(r, h) - 1e-9;
    }

    /**
     * The share of the question's meaningful words that {@code h} covers only with a number such as a year: "how many
     * people live in Kazakhstan in 2026" meets the date of every population counted in 2026, which says nothing of
     * which place is meant.
     */
    private static double datedShare(Reading r, Hit h) {
        double total = 0;
        double dated = 0;
        for (int i = 0; i < r.words().size(); i++) {
            Word w = r.words().get(i);
            if (w.role() == Word.Role.CONTENT) {
                total += w.query().weight();
                if (h.covers(i) && w.figure()) {
                    dated += w.query().weight();
                }
            }
        }
        return total == 0 ? 0 : dated / total;
    }

    private static boolean coversCountryWord(Reading r, Hit h) {
        for (int i = 0; i < r.words().size(); i++) {
            if (r.words().get(i).role() == Word.Role.COUNTRY && h.covers(i)) {
                return true;
            }
        }
        return false;
    }
}
