package kz.bot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * "What to see in Almaty?", «что посмотреть в Туркестанской области», «Шымкентте не көруге болады»: the sights of the
 * knowledge that lie in a city (by their City fact) or a region (by their Region fact, which may name several), each
 * with the first part of what it is, and a button to open it: the places people go to first, then the land's features;
 * airports and metros are left out. What the city is best for comes first (for a region, its centre's). A city with
 * neither gets its region's sights, under the region's name.
 * Immutable and thread-safe.
 */
final class Sights {

    /** Sights one answer lists: a screen of a phone; the buttons open each. */
    static final int SHOWN = 8;
    /** A sight's description is cut at its first clause, and at this many characters at most. */
    static final int DESCRIPTION = 90;
    /** A first clause shorter than this is no description ("Kazakhstan's", «в 1935 году»): read on to the next. */
    static final int SHORTEST_CLAUSE = 20;

    /** Facts of a way of travelling (an airport, a metro), which is no sight to see. */
    static final List<String> TRAVEL_FACTS = List.of("passengers", "number of stations");
    /** The fact that says how to reach a sight. */
    static final String WAY_THERE = "how to get there";

    /**
     * Facts of a place people go to see (how to get there, a distance from the city, a UNESCO listing, an opening
     * date): such sights come before the land's features (a river, a desert) that happen to lie in the region.
     */
    static final List<String> VISIT_FACTS = List.of(WAY_THERE, "distance from almaty", "unesco", "opened");

    /** The topic attribute of a sights answer: "and in Shymkent?" then asks for Shymkent's. */
    static final String TOPIC = "sights";

    /** What lies near a sight, in the knowledge's words (Otrar's: the Arystan Bab mausoleum). */
    static final String NEARBY = "nearby";

    /** What a city is best for a visitor (a fact of the city guides). */
    static final String BEST_FOR = "best for";
    /** What a place is known for, which may name its landmark. */
    static final String KNOWN_FOR = "known for";

    private final FactBook book;

    Sights(FactBook book) {
        this.book = book;
    }

    /**
     * The sights of {@code place} (a city or a region), after what the city is best for (a region's: its centre's),
     * or null when the knowledge has neither. When {@code around} and {@code place} is a city, the sights of the region
     * around it come first, then the city's own ("what to see near Almaty": Charyn and the Kolsai lakes, then Medeu);
     * that region is the city's own or, for a city no region includes, the one of its name (Almaty region).
     */
    Answer of(Entity place, boolean around, Language language) {
        if (place.kind() == EntityKind.SIGHT) {
            // what to see at a sight is the sight itself; near it, the other sights of its region or city
            return around ? around(place, language) : itself(place, language);
        }
        Entity where = place;
        List<Entity> found = place.kind() == EntityKind.CITY ? inCity(place) : List.of();
        Entity surrounding = around && place.kind() == EntityKind.CITY ? surrounding(place) : null;
        if (surrounding != null) {
            List<Entity> both = new ArrayList<>(inRegion(surrounding));
            found.stream().filter(e -> !both.contains(e)).forEach(both::add);
            found = both;
        }
        Entity city = place.kind() == EntityKind.CITY ? place : Computations.centreOf(book, place);
        Fact bestFor = city == null ? null : first(city, BEST_FOR);
        if (found.isEmpty() && bestFor == null && place.kind() == EntityKind.CITY) {
            Computations.Placement placed = Computations.placement(book, place);
            where = placed == null ? null : placed.region();
            city = null;
        }
        if (where != null && where.kind() == EntityKind.REGION && found.isEmpty()) {
            found = inRegion(where);
        }
        found = toVisit(found.stream());
        // a city with no sight of its own in the knowledge: what it is known for names its landmarks (Taraz: the
        // Aisha Bibi and Karakhan mausoleums), where what it is best for names only a kind of traveller
        Fact knownFor = found.isEmpty() && city != null ? first(city, KNOWN_FOR) : null;
        if (where == null || found.isEmpty() && bestFor == null && knownFor == null) {
            return null;
        }
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Fact fact : Arrays.asList(knownFor, bestFor)) {
            if (fact != null && city != null) {
                String label = book.label(fact == knownFor ? KNOWN_FOR : BEST_FOR, fact.attribute(), language);
                lines.add(city.equals(where) ? label + ": " + Computations.shown(fact, language)
                        : say.say("of_template", label, Localizer.name(city, language), Computations.shown(fact,
                        language)));
                sources.add(fact.source().citation(language));
            }
        }
        listed(found, language, lines, choices, sources);
        String title = surrounding != null ? say.say("sights_around_title", Localizer.fullName(where, language))
                : say.say("sights_title", Localizer.fullName(where, language));
        return new Answer.FactAnswer(title, String.join("\n", lines), List.copyOf(sources), choices, language,
                new Topic(where.id(), TOPIC).listing(ids(found)));
    }

    /**
     * The other sights of the region {@code sight} is in ("what else is there to see near Charyn Canyon": the Kolsai
     * lakes, Kaindy), those with a way there first, or of its city and around it when no region includes the city;
     * null when the sight has a Nearby fact of its own, is in none of ours or they have no other sight.
     */
    private Answer around(Entity sight, Language language) {
        if (book.facts(sight).containsKey(NEARBY)) {
            return null; // its own Nearby says it: Otrar's is the Arystan Bab mausoleum
        }
        Computations.Placement placed = Computations.placement(book, sight);
        if (placed == null) {
            // a sight of a city no region includes (Medeu, in Almaty): the city's sights and those around it
            Entity city = Computations.cityOfSight(book, sight);
            return city == null ? null : of(city, true, language);
        }
        List<Entity> found = toVisit(inRegion(placed.region()).stream().filter(e -> !e.equals(sight)));
        if (found.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        listed(found, language, lines, choices, sources);
        return new Answer.FactAnswer(Messages.get(language).say("sights_around_title",
                Localizer.fullName(sight, language)), String.join("\n", lines), List.copyOf(sources), choices,
                language, new Topic(sight.id(), TOPIC).listing(ids(found)));
    }

    /**
     * What there is to see at {@code sight}: what it is, what it is known for, its best-known part, its landmarks and
     * what lies near it, as the knowledge says; null when it says none of these.
     */
    private Answer itself(Entity sight, Language language) {
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String key : SIGHT_ITSELF) {
            Fact fact = first(sight, key);
            if (fact != null) {
                lines.add(book.label(key, fact.attribute(), language) + ": " + Computations.shown(fact, language));
                sources.add(fact.source().citation(language));
            }
        }
        return lines.isEmpty() ? null : new Answer.FactAnswer(Localizer.fullName(sight, language),
                String.join("\n", lines), List.copyOf(sources), List.of(), language, new Topic(sight.id(), TOPIC));
    }

    /** The first fact of {@code place} under {@code key}, or null when it has none. */
    private Fact first(Entity place, String key) {
        List<Fact> facts = book.facts(place).get(key);
        return facts == null ? null : facts.get(0);
    }

    /** The facts of a sight that say what there is to see at it, in the order shown. */
    private static final List<String> SIGHT_ITSELF = List.of("what it is", "known for", "best-known part", "landmarks",
            NEARBY);

    /** Of {@code sights}, those one visits (not a way of travel), those with a way there or an opening first. */
    private List<Entity> toVisit(Stream<Entity> sights) {
        return sights.filter(e -> TRAVEL_FACTS.stream().noneMatch(book.facts(e)::containsKey))
                .sorted(Comparator.comparing(e -> VISIT_FACTS.stream().noneMatch(book.facts(e)::containsKey)))
                .toList();
    }

    /**
     * The sights of {@code place} (a city or a region) of the kinds {@code kinds} (the {@code sight.kind.*} keys the
     * question says: "what museums are in Astana"): those whose English name or description holds one of the kind's
     * English words; null when the knowledge has none there.
     */
    Answer ofKind(Entity place, List<String> kinds, Language language) {
        List<String> words = new ArrayList<>();
        kinds.forEach(k -> words.addAll(Phrases.of(Language.EN).singleWords(k)));
        List<Entity> found = (place.kind() == EntityKind.CITY ? inCity(place) : inRegion(place)).stream()
                .filter(e -> TRAVEL_FACTS.stream().noneMatch(book.facts(e)::containsKey))
                .filter(e -> isOfKind(e, words)).toList();
        if (found.isEmpty()) {
            return null;
        }
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        listed(found, language, lines, choices, sources);
        return new Answer.FactAnswer(say.say("sights_title", Localizer.fullName(place, language)),
                String.join("\n", lines), List.copyOf(sources), choices, language,
                new Topic(place.id(), TOPIC).listing(ids(found)));
    }

    /** The ids of the first {@link #SHOWN} of {@code found}: the sights an answer lists, for "the second one". */
    private static List<Long> ids(List<Entity> found) {
        return found.stream().limit(SHOWN).map(Entity::id).toList();
    }

    /**
     * The one of {@code shown} that {@code place}'s Known For names by every long word of its English name (Turkistan
     * is known for the Mausoleum of Khoja Ahmed Yasawi): what "when was it built?" after its sights means. Null when
     * the place has no Known For, or it names none of them, or several (Taraz: the Aisha Bibi and Karakhan mausoleums).
     */
    Entity landmark(Entity place, List<Entity> shown) {
        Fact known = first(place, KNOWN_FOR);
        if (known == null) {
            return null;
        }
        List<String> text = Arrays.stream(Phrases.words(known.value())).toList();
        List<Entity> named = shown.stream().filter(sight -> namedIn(sight, text)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** True when every word of {@code sight}'s English name of {@link ThingsOfThePlace#MIN_WORD} letters or more
     * begins a word of {@code text} ("mausoleum" of "mausoleums"), and it has such a word. */
    private static boolean namedIn(Entity sight, List<String> text) {
        List<String> longWords = Arrays.stream(Phrases.words(sight.name()))
                .filter(w -> w.length() >= ThingsOfThePlace.MIN_WORD).toList();
        return !longWords.isEmpty() && longWords.stream().allMatch(w -> text.stream().anyMatch(t -> t.startsWith(w)));
    }

    /**
     * True when {@code sight}'s English name or description holds one of {@code words} ("museum"), compared as the
     * vocabulary's words are ({@link PhraseWords#form}).
     */
    private boolean isOfKind(Entity sight, List<String> words) {
        List<Fact> what = book.facts(sight).get("what it is");
        Set<String> text = Arrays.stream(Phrases.words(sight.name() + " "
                + (what == null ? "" : what.get(0).value()))).map(PhraseWords::form).collect(Collectors.toSet());
        return words.stream().anyMatch(text::contains);
    }

    /** Adds a line, a button and a source for each of the first {@link #SHOWN} of {@code found}. */
    private void listed(List<Entity> found, Language language, List<String> lines, List<Choice> choices,
                        Set<String> sources) {
        Messages say = Messages.get(language);
        for (Entity sight : found.subList(0, Math.min(SHOWN, found.size()))) {
            String name = Localizer.name(sight, language);
            List<Fact> what = book.facts(sight).get("what it is");
            lines.add(what == null ? name : say.say("sight_line", name, shortly(Computations.shown(what.get(0),
                    language))));
            choices.add(Choice.opening(sight, name));
            Fact any = what != null ? what.get(0) : book.facts(sight).values().iterator().next().get(0);
            sources.add(any.source().citation(language));
        }
    }

    /** The region around {@code city}: the one it is in, or for a city no region includes the one of its name. */
    private Entity surrounding(Entity city) {
        Computations.Placement placed = Computations.placement(book, city);
        return placed != null ? placed.region() : book.entity(EntityKind.REGION, city.name()).orElse(null);
    }

    /** The sights whose City fact names {@code city}. */
    List<Entity> inCity(Entity city) {
        List<Entity> out = new ArrayList<>();
        for (Entity sight : book.entities(EntityKind.SIGHT)) {
            List<Fact> in = book.facts(sight).get("city");
            if (in != null && in.get(0).value().trim().equalsIgnoreCase(city.name())) {
                out.add(sight);
            }
        }
        return out;
    }

    private List<Entity> inRegion(Entity region) {
        List<Entity> out = new ArrayList<>();
        for (Entity sight : book.entities(EntityKind.SIGHT)) {
            List<Fact> in = book.facts(sight).get("region");
            if (in == null) {
                continue;
            }
            for (String named : in.get(0).value().split(";")) {
                if (book.entity(EntityKind.REGION, named).map(region::equals).orElse(false)) {
                    out.add(sight);
                    break;
                }
            }
        }
        return out;
    }

    /** The first clause of {@code text} ("a turquoise mountain lake at about 2,500 m"), at most {@link #DESCRIPTION}. */
    static String shortly(String text) {
        String t = text.strip();
        int cut = t.length();
        for (String mark : List.of(";", ", ", " — ", " (")) {
            int at = t.indexOf(mark);
            if (at > SHORTEST_CLAUSE && at < cut) {
                cut = at;
            }
        }
        t = t.substring(0, cut);
        if (t.length() > DESCRIPTION) {
            int space = t.lastIndexOf(' ', DESCRIPTION);
            t = t.substring(0, space > 0 ? space : DESCRIPTION) + "…";
        }
        return t;
    }
}
