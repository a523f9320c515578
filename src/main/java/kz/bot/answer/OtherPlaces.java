package kz.bot.answer;

import java.util.List;
import kz.bot.facts.Entity;

/**
 * The rules that keep one place's facts from answering a question about another: a namesake's fact when the picked
 * place has its own, a fact of a place the question does not name, a place's fact when the question names only the
 * country. Thread-safe.
 */
final class OtherPlaces {

    private final Entity country;

    /** @param country the country the knowledge is about, or null */
    OtherPlaces(Entity country) {
        this.country = country;
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
     * True for a fact whose attribute names a place ("How To Get To Astana") when the question names two or more
     * places and not that one: "from Almaty to Karaganda" is another journey than the one to Astana.
     */
    boolean anotherJourney(Reading r, Hit h, AttributeNames attributes) {
        if (h.kind() != UnitKind.FACT) {
            return false;
        }
        java.util.Set<Long> inName = attributes.placesInName(h.attribute());
        if (inName.isEmpty()) {
            return false;
        }
        List<Place> named = r.places().stream().filter(p -> !p.entity().equals(country)).toList();
        return named.size() >= 2 && named.stream().noneMatch(p -> inName.contains(p.entity().id())
                || p.alternatives().stream().anyMatch(e -> inName.contains(e.id())));
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
