package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Where a place lies and what is near it, from the coordinates in the knowledge: a place's position (a region's is its
 * administrative centre's), and the cities nearest to it with their distance and direction, for the "Nearby" button.
 */
final class Nearby {

    /** Cities a "Nearby" answer lists: enough to orient, few enough to read at a glance. */
    static final int SHOWN = 5;

    private final FactBook book;

    Nearby(FactBook book) {
        this.book = book;
    }

    /** Where {@code e} lies, {lat, lon}: its own coordinates, else (a region) its administrative centre's. */
    Optional<double[]> position(Entity e) {
        Optional<double[]> own = coordinates(e);
        if (own.isPresent() || e.kind() != EntityKind.REGION) {
            return own;
        }
        List<Fact> centre = book.facts(e).get("administrative center");
        return centre == null ? Optional.empty()
                : book.entity(EntityKind.CITY, centre.get(0).value()).flatMap(this::coordinates);
    }

    /** The cities nearest to {@code e} (itself left out), or null when it has no position. */
    Answer cities(Entity e, Language language) {
        Optional<double[]> at = position(e);
        if (at.isEmpty()) {
            return null;
        }
        double[] here = at.get();
        record Near(Entity city, double[] where, double km) {
        }
        List<Near> near = new ArrayList<>();
        for (Entity city : book.entities(EntityKind.CITY)) {
            Optional<double[]> p = coordinates(city);
            if (p.isPresent() && !city.equals(e)) {
                double km = Geo.km(here[0], here[1], p.get()[0], p.get()[1]);
                if (km >= 1) {
                    near.add(new Near(city, p.get(), km));
                }
            }
        }
        near.sort(Comparator.comparingDouble(Near::km));
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        if (book.facts(e).containsKey("latitude")) {
            sources.add(source(e, language));
        }
        for (Near n : near.subList(0, Math.min(SHOWN, near.size()))) {
            String name = Localizer.name(n.city(), language);
            String direction = say.say(Geo.direction(Geo.bearing(here[0], here[1], n.where()[0], n.where()[1])));
            lines.add(say.say("nearby_line", name, Computations.number(Math.round(n.km()), language), direction));
            choices.add(Choice.opening(n.city(), name));
            sources.add(source(n.city(), language));
        }
        return new Answer.FactAnswer(say.say("nearby_title", Localizer.name(e, language)), String.join("\n", lines),
                List.copyOf(sources), choices, language, new Topic(e.id(), ""));
    }

    private String source(Entity e, Language language) {
        return book.facts(e).get("latitude").get(0).source().citation(language);
    }

    private Optional<double[]> coordinates(Entity e) {
        List<Fact> lat = book.facts(e).get("latitude");
        List<Fact> lon = book.facts(e).get("longitude");
        if (lat == null || lon == null || lat.get(0).number() == null || lon.get(0).number() == null) {
            return Optional.empty();
        }
        return Optional.of(new double[] {lat.get(0).number(), lon.get(0).number()});
    }
}
