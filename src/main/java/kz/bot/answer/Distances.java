package kz.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Durations;
import kz.bot.language.Language;

/**
 * Answers measured on the map from the facts' coordinates: the distance between two places (great-circle, and by
 * road where the knowledge has it), where a place lies from the capital, and the nearest city to a shared point.
 * Each answer names the facts' sources. Immutable and thread-safe.
 */
final class Distances {

    /** The topic attribute of a distance answer: "and from Astana?" measures from the same place again. */
    static final String DISTANCE = "distance from";

    /** The start of the name of a sight's fact that tells how long the way from a city takes. */
    static final String TRAVEL_TIME = "travel time from";

    private final FactBook book;
    private final Entity capital;

    /** @param country the one country of the knowledge, whose capital places are measured from; or null */
    Distances(FactBook book, Entity country) {
        this.book = book;
        Entity c = null;
        if (country != null && book.facts(country).containsKey("capital")) {
            c = book.entity(EntityKind.CITY, book.facts(country).get("capital").get(0).value()).orElse(null);
        }
        this.capital = c;
    }

    /** Where {@code e} lies, {lat, lon} in degrees, when its facts give both. */
    private Optional<double[]> coordinates(Entity e) {
        Map<String, List<Fact>> facts = book.facts(e);
        List<Fact> lat = facts.get("latitude");
        List<Fact> lon = facts.get("longitude");
        if (lat == null || lon == null || lat.get(0).number() == null || lon.get(0).number() == null) {
            return Optional.empty();
        }
        return Optional.of(new double[] {lat.get(0).number(), lon.get(0).number()});
    }

    /**
     * "The coordinates of Aktau": the latitude and longitude its facts give, as written in {@code language}, or null
     * when it has no coordinates of its own (a region, whose centre has them, is another place).
     */
    Answer coordinatesOf(Entity e, Language language) {
        if (coordinates(e).isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String key : List.of("latitude", "longitude")) {
            Fact f = book.facts(e).get(key).get(0);
            lines.add(book.label(key, f.attribute(), language) + ": " + Computations.shown(f, language));
        }
        return new Answer.FactAnswer(Localizer.name(e, language), String.join("\n", lines),
                List.of(book.facts(e).get("latitude").get(0).source().citation(language)), List.of(), language,
                new Topic(e.id(), "latitude"));
    }

    /**
     * How far {@code a} is from {@code b}: great-circle, and by road where the knowledge has it. The conversation
     * goes on about {@code subject} (one of the two), and remembers the other: a follow-up naming one new place
     * ("and Pavlodar?") measures it from that other place.
     */
    Answer distance(Entity a, Entity b, Entity subject, Language language) {
        Optional<double[]> pa = coordinates(a);
        Optional<double[]> pb = coordinates(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return null;
        }
        Messages say = Messages.get(language);
        double km = Geo.km(pa.get()[0], pa.get()[1], pb.get()[0], pb.get()[1]);
        List<String> lines = new ArrayList<>();
        lines.add(say.say("distance_line", Localizer.fullName(a, language), Localizer.fullName(b, language),
                Computations.number(Math.round(km), language)));
        Set<String> sources = new LinkedHashSet<>();
        sources.add(book.facts(a).get("latitude").get(0).source().citation(language));
        Optional<Fact> road = road(a, b).or(() -> road(b, a));
        if (road.isPresent()) {
            lines.add(say.say("distance_road", Computations.number(Math.round(road.get().number()), language)));
            sources.add(road.get().source().citation(language));
        } else {
            // a sight in a city is as far by road as its city: the Yasawi mausoleum from Shymkent is Turkistan's 170 km
            roadViaCity(a, b).or(() -> roadViaCity(b, a)).ifPresent(f -> {
                lines.add(say.say("distance_road_city", Localizer.fullName(f.entity(), language),
                        Computations.number(Math.round(f.number()), language)));
                sources.add(f.source().citation(language));
            });
        }
        stated(a, b).or(() -> stated(b, a)).ifPresent(f -> { // "Charyn Canyon — Distance From Almaty: about 200 km east"
            lines.add(Localizer.fullName(f.entity(), language) + " — "
                    + book.label(f.attributeKey(), f.attribute(), language) + ": " + Computations.shown(f, language));
            sources.add(f.source().citation(language));
        });
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), List.of(), language,
                // "and which one is bigger?" compares the same two
                subject.equals(b) ? new Topic(b.id(), DISTANCE, -1, a.id()) : new Topic(a.id(), DISTANCE, -1, b.id()));
    }

    /**
     * How long the journey between {@code a} and {@code b} takes, as one's facts tell it of the other: its "Travel Time
     * From Almaty", else a "Distance From Almaty" that gives hours ("about 300 km east (4–5 hours by road)"), with the
     * distance beside the time when both are told; null when neither does. The conversation goes on about the place
     * whose fact it is, and the time from that city.
     */
    Answer travelTime(Entity a, Entity b, Language language) {
        Optional<Fact> distance = stated(a, b).or(() -> stated(b, a));
        Optional<Fact> time = towards(a, b, TRAVEL_TIME, false).or(() -> towards(b, a, TRAVEL_TIME, false))
                .or(() -> distance.filter(f -> Durations.said(Computations.shown(f, language))));
        if (time.isEmpty()) {
            return null;
        }
        Fact f = time.get();
        Entity of = f.entity();
        // the talk stays on the time from that city, whichever fact told it: «а до кольсая?» asks it again
        String asked = f.attributeKey().startsWith(TRAVEL_TIME) ? f.attributeKey()
                : TRAVEL_TIME + f.attributeKey().substring(DISTANCE.length());
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        // how far it is beside how long it takes: «сколько ехать» asks either
        for (Fact told : distance.filter(d -> !d.equals(f))
                .map(d -> List.of(f, d)).orElse(List.of(f))) {
            lines.add(Localizer.fullName(told.entity(), language) + " — "
                    + book.label(told.attributeKey(), told.attribute(), language) + ": "
                    + Computations.shown(told, language));
            sources.add(told.source().citation(language));
        }
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), List.of(), language,
                new Topic(of.id(), asked));
    }

    /** The road distance {@code from}'s facts give to {@code to}, under any of its names. */
    private Optional<Fact> road(Entity from, Entity to) {
        return towards(from, to, "road distance to", true);
    }

    /**
     * The road distance between the city {@code sight} is in (its City fact) and {@code other}, when {@code sight} is a
     * sight and neither is the other's city.
     */
    private Optional<Fact> roadViaCity(Entity sight, Entity other) {
        if (sight.kind() != EntityKind.SIGHT) {
            return Optional.empty();
        }
        Entity city = Computations.cityOfSight(book, sight);
        if (city == null || city.equals(other)) {
            return Optional.empty();
        }
        return road(city, other).or(() -> road(other, city));
    }

    /** The distance, in words, that {@code from}'s facts give from {@code to} (a sight's "Distance From Almaty"). */
    private Optional<Fact> stated(Entity from, Entity to) {
        return towards(from, to, "distance from", false);
    }

    /** {@code from}'s fact whose attribute is {@code prefix} followed by a name of {@code to}. */
    private Optional<Fact> towards(Entity from, Entity to, String prefix, boolean numeric) {
        for (Map.Entry<String, List<Fact>> e : book.facts(from).entrySet()) {
            if (e.getKey().startsWith(prefix) && (!numeric || e.getValue().get(0).number() != null)) {
                String target = e.getKey().substring(prefix.length()).strip();
                if (target.equalsIgnoreCase(to.name())
                        || to.names().values().stream().flatMap(List::stream).anyMatch(target::equalsIgnoreCase)) {
                    return Optional.of(e.getValue().get(0));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A shared location: the nearest city with its distance and direction, and the region of that city — or, for a
     * point outside Kazakhstan's outline, that it is outside, with the nearest city all the same.
     */
    Answer location(double lat, double lon, Language language) {
        Messages say = Messages.get(language);
        Entity nearest = null;
        double best = Double.MAX_VALUE;
        for (Entity e : book.entities(EntityKind.CITY)) {
            Optional<double[]> p = coordinates(e);
            if (p.isPresent()) {
                double km = Geo.km(lat, lon, p.get()[0], p.get()[1]);
                if (km < best) {
                    best = km;
                    nearest = e;
                }
            }
        }
        boolean inside = Outline.shipped().contains(Outline.KAZAKHSTAN, lat, lon);
        List<String> lines = new ArrayList<>();
        if (!inside) {
            lines.add(say.say("location_outside"));
        }
        if (nearest == null) {
            return new Answer.FactAnswer("", String.join("\n", lines), List.of(), List.of(), language);
        }
        double[] c = coordinates(nearest).get();
        String direction = say.say(Geo.direction(Geo.bearing(c[0], c[1], lat, lon)));
        long km = Math.round(best);
        lines.add(km < 3 ? say.say("location_in", Localizer.name(nearest, language))
                : say.say("location_near", Localizer.name(nearest, language), Computations.number(km, language),
                        direction));
        List<Fact> region = book.facts(nearest).get("region");
        if (inside && region != null) {
            Fact f = region.get(0);
            String shown = book.entity(EntityKind.REGION, f.value()).map(x -> Localizer.fullName(x, language))
                    .orElse(Computations.shown(f, language));
            lines.add(book.label("region", f.attribute(), language) + ": " + shown);
        }
        List<Fact> latitude = book.facts(nearest).get("latitude");
        return new Answer.FactAnswer("", String.join("\n", lines), List.of(latitude.get(0).source().citation(language)),
                List.of(), language, new Topic(nearest.id(), ""));
    }

    /**
     * "Where is Aktau?": the city it is in (a sight), its region when it has one, what a sight is, and how far it
     * lies: the distance the knowledge states ("Distance From Almaty: about 200 km east"), else the distance and
     * direction from the capital measured on the map.
     */
    Answer where(Entity e, Language language) {
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Map<String, List<Fact>> facts = book.facts(e);
        Fact city = first(facts, "city");
        if (city != null) {
            lines.add(line(city, EntityKind.CITY, language));
            sources.add(city.source().citation(language));
        }
        Fact region = first(facts, "region");
        boolean inARegion = region != null && book.entity(EntityKind.REGION, region.value()).isPresent();
        // a sight in a city of republican significance has no region ("none"): its city says where it is
        if (region != null && (city == null || inARegion)) {
            lines.add(line(region, EntityKind.REGION, language));
            sources.add(region.source().citation(language));
        }
        // a city that belongs to no region (Astana, Almaty, Shymkent) is placed by its river as well
        Fact river = first(facts, "river flowing through");
        if (e.kind() == EntityKind.CITY && !inARegion && river != null) {
            lines.add(book.label(river.attributeKey(), river.attribute(), language) + ": "
                    + Computations.shown(river, language));
            sources.add(river.source().citation(language));
        }
        Fact what = first(facts, "what it is");
        if (e.kind() == EntityKind.SIGHT && what != null) {
            lines.add(book.label("what it is", what.attribute(), language) + ": " + Computations.shown(what, language));
        }
        // where a place lies, as its own facts say it ("Location: in Central Asia, …" of the country, of a desert)
        Fact location = first(facts, "location");
        if (location != null) {
            lines.add(book.label(location.attributeKey(), location.attribute(), language) + ": "
                    + Computations.shown(location, language));
            sources.add(location.source().citation(language));
        }
        Fact stated = facts.entrySet().stream().filter(x -> x.getKey().startsWith(DISTANCE + " "))
                .map(x -> x.getValue().get(0)).findFirst().orElse(null);
        Optional<double[]> here = coordinates(e);
        Optional<double[]> there = capital == null ? Optional.empty() : coordinates(capital);
        if (stated != null) {
            lines.add(book.label(stated.attributeKey(), stated.attribute(), language) + ": "
                    + Computations.shown(stated, language));
            sources.add(stated.source().citation(language));
        } else if (location == null && here.isPresent() && there.isPresent() && !e.equals(capital)) {
            double[] p = here.get();
            double[] c = there.get();
            long km = Math.round(Geo.km(c[0], c[1], p[0], p[1]));
            lines.add(say.say("where_from_capital", Localizer.name(e, language), Computations.number(km, language),
                    say.say(Geo.direction(Geo.bearing(c[0], c[1], p[0], p[1]))), Localizer.name(capital, language)));
            sources.add(facts.get("latitude").get(0).source().citation(language));
        }
        if (lines.isEmpty()) {
            return null;
        }
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), List.of(), language,
                new Topic(e.id(), "region"));
    }

    private static Fact first(Map<String, List<Fact>> facts, String key) {
        List<Fact> f = facts.get(key);
        return f == null ? null : f.get(0);
    }

    /** "Region: Almaty region", "City: Almaty": a fact naming a place, in the place's name in {@code language}. */
    private String line(Fact f, EntityKind kind, Language language) {
        String shown = f.valueIn(language) != null ? f.valueIn(language)
                : book.entity(kind, f.value()).map(x -> kind == EntityKind.REGION ? Localizer.fullName(x, language)
                        : Localizer.name(x, language)).orElse(f.value());
        return book.label(f.attributeKey(), f.attribute(), language) + ": " + shown;
    }
}
