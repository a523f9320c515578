package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Rankings computed from the facts: "the three largest cities", "regions by area". Says whether a question asks only
 * for a ranking, and how many places it wants. Immutable and thread-safe.
 */
final class Rankings {

    /** A ranking shows this many places unless the question says how many. */
    static final int DEFAULT_RANKING = 5;
    /** The most places a ranking shows, also the whole list asked for without a word of rank ("regions by area"). */
    static final int MAX_RANKING = 20;

    /** The words of a ranking: "largest", "cities", "by area", "three". */
    private static final List<String> RANKING_WORDS = List.of("rank.top", "rank.filler", "rank.by_area",
            "rank.by_population", "word.city", "word.region", "rank.plural", "compare.less", "compare.more",
            "rank.size", "ordinal.2", "ordinal.3", "ordinal.4", "ordinal.5", "word.regional_centre", "rank.north",
            "rank.south", "rank.east", "rank.west");

    /** The ends of the compass a ranking may ask for: the furthest north is the largest latitude. */
    enum Compass {
        NORTH("latitude", false), SOUTH("latitude", true), EAST("longitude", false), WEST("longitude", true);

        /** The fact ranked. */
        final String key;
        /** True when the end asked for is the least of it. */
        final boolean lowest;

        Compass(String key, boolean lowest) {
            this.key = key;
            this.lowest = lowest;
        }

        /** The end of the compass {@code words} ask for ("northernmost", «ең солтүстіктегі»), null when none. */
        static Compass of(Phrases phrases, String[] words) {
            for (Compass c : values()) {
                if (phrases.has("rank." + c.name().toLowerCase(Locale.ROOT), words)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** The words of a ranking by age: "oldest", "cities", "the three". */
    private static final List<String> AGE_WORDS = List.of("rank.oldest", "rank.youngest", "rank.filler", "word.city",
            "rank.plural");
    /** A ranking by age shows this many places unless the question says how many: a founding year is often only a
     * first mention or a round count, so the first alone would say more than the knowledge knows. */
    static final int AGE_RANKING = 3;

    private final FactBook book;
    private final Ages ages;

    Rankings(FactBook book, Ages ages) {
        this.book = book;
        this.ages = ages;
    }

    /**
     * "The oldest city", «самый древний город», «ең жас қала»: the cities ranked by the year their age counts from
     * ({@link Ages}), oldest or youngest first as asked; null when {@code r} asks something else or names a place
     * other than the country, or fewer than two cities have a founding year.
     */
    Answer byAge(Reading r) {
        boolean oldest = r.says("rank.oldest");
        if (oldest == r.says("rank.youngest") || r.pointsBack() || !onlyWordsOf(r, AGE_WORDS)
                || r.places().stream().anyMatch(p -> p.entity().kind() != EntityKind.COUNTRY)) {
            return null;
        }
        Language language = r.language();
        List<Ages.Age> aged = new ArrayList<>();
        for (Entity e : book.entities(EntityKind.CITY)) {
            Ages.Age age = ages.age(e, language);
            if (age != null) {
                aged.add(age);
            }
        }
        if (aged.size() < 2) {
            return null;
        }
        Comparator<Ages.Age> order = Comparator.comparingInt(Ages.Age::since);
        aged.sort(oldest ? order : order.reversed());
        int said = said(Phrases.of(language), Phrases.words(r.spelledText()));
        int n = Math.min(aged.size(), said > 0 ? said : AGE_RANKING);
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            lines.add((i + 1) + ". " + aged.get(i).line());
            sources.add(aged.get(i).fact().source().citation(language));
        }
        Messages say = Messages.get(language);
        Fact first = aged.get(0).fact();
        return new Answer.FactAnswer(say.say(oldest ? "ranking_oldest" : "ranking_youngest", say.say("cities_word")),
                String.join("\n", lines), List.copyOf(sources), List.of(), language,
                new Topic(first.entity().id(), first.attributeKey()).listing(aged.stream().limit(n)
                        .map(a -> a.fact().entity().id()).toList()));
    }

    /**
     * "The three largest cities", "regions by area": a list computed from the facts. Regions or cities as the question
     * says, else as the conversation's place is ("and the least populous?" after a region). Never the smallest cities:
     * the knowledge lists the towns above 50,000 people, not every town.
     */
    Answer ranking(Reading r, Entity context, Topic topic) {
        return ranking(r, context, topic, null);
    }

    /**
     * "The largest city of Mangystau region": the cities of {@code region} ranked as {@link #ranking} ranks all
     * cities; null when the knowledge places no city with the figure there, or only one beside others without it.
     */
    Answer citiesOf(Entity region, Reading r) {
        return ranking(r, null, null, region);
    }

    private Answer ranking(Reading r, Entity context, Topic topic, Entity within) {
        Language language = r.language();
        Phrases phrases = Phrases.of(language);
        // as typed and as spelled in Cyrillic ("samiy severniy" is «самий северний»), as asksForRanking reads it
        String[] words = Phrases.words(r.text().equals(r.spelledText()) ? r.text()
                : r.text() + " " + r.spelledText());
        // «самый большой областной центр»: the regions' centres among themselves, though the phrase names a region
        boolean centres = within == null && phrases.has("word.regional_centre", words);
        Compass compass = within == null ? Compass.of(phrases, words) : null;
        EntityKind kind = within != null || centres ? EntityKind.CITY // the region's word belongs to its name
                : phrases.has("word.region", words) ? EntityKind.REGION
                : phrases.has("word.city", words) ? EntityKind.CITY
                : context != null && (context.kind() == EntityKind.REGION || context.kind() == EntityKind.CITY)
                ? context.kind() : counted(topic);
        // «а по населению?» after the largest region by area ranks the same way by the other measure; «а по населению
        // самая большая?» after the smallest asks for the largest
        boolean again = within == null && followsARanking(r, topic);
        boolean smallest = compass != null ? compass.lowest : r.has(Signal.LESS) && !r.has(Signal.MORE)
                || again && !r.has(Signal.MORE) && !phrases.has("end.more", words) && ranksLowest(kind, topic);
        if (kind == null || kind == EntityKind.CITY && smallest && compass == null && !centres) {
            return null; // every centre is known, the smallest towns are not
        }
        // a region is large by its area, a city by its people, unless the question says which or it follows a ranking
        // ("and the smallest?" after the most populous region)
        boolean followsRanking = topic != null && !phrases.has("word.region", words) && !phrases.has("word.city", words)
                && (topic.attribute().equals("area")
                || topic.attribute().equals("population"));
        String key = compass != null ? compass.key
                : r.has(Signal.BY_AREA) ? "area" : r.has(Signal.BY_POPULATION) ? "population"
                : followsRanking ? topic.attribute() : kind == EntityKind.REGION ? "area" : "population";
        // "and the smallest?" after a list of five is a list of five again; "regions by area", with no word of rank,
        // is the whole list
        // "the second biggest city" is the list down to the second
        int place = ordinal(phrases, words);
        boolean whole = !r.has(Signal.RANK) && compass == null && place == 0 && within == null && !again;
        int said = whole ? said(phrases, words) : count(phrases, words);
        int n = place > 0 ? place : said > 0 ? said : whole ? MAX_RANKING
                : followsRanking && topic.listed().size() > 1 ? topic.listed().size() : 1;
        List<Fact> facts = new ArrayList<>();
        int unmeasured = 0;
        Set<String> centreNames = centres ? centreNames() : Set.of();
        for (Entity e : book.entities(kind)) {
            if (centres && !centreNames.contains(e.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (within != null) {
                Computations.Placement placed = Computations.placement(book, e);
                if (placed == null || !within.equals(placed.region())) {
                    continue;
                }
            }
            Fact f = Computations.quantity(book, e, key);
            if (f != null) {
                facts.add(f);
            } else {
                unmeasured++;
            }
        }
        // a region's one city is its largest only when the knowledge gives every city it places there a figure
        if (facts.size() < (within != null && unmeasured == 0 ? 1 : 2)) {
            return null;
        }
        Comparator<Fact> order = Comparator.comparingDouble(Fact::number);
        facts.sort(smallest ? order : order.reversed());
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        List<Fact> shownFacts = new ArrayList<>();
        for (int i = 0; i < facts.size() && shownFacts.size() < n; i++) {
            Fact f = facts.get(i);
            if (r.leavesOut(f.entity().id())) {
                continue; // "the largest city except Almaty": "2. Astana", its rank among all
            }
            shownFacts.add(f);
            // each figure with its year: the cities' figures are not all of one date
            String shown = Computations.shown(f, language);
            if (compass != null) { // "Petropavl — latitude 54.8734": a bare figure would not say what it is
                shown = book.label(key, f.attribute(), language).toLowerCase(Locale.ROOT) + " " + shown;
            }
            if (f.asOf().matches("\\d{4}") && !shown.contains(f.asOf())) {
                shown += " (" + f.asOf() + ")";
            }
            lines.add((i + 1) + ". " + Localizer.fullName(f.entity(), language) + " — " + shown);
            sources.add(f.source().citation(language));
        }
        if (shownFacts.isEmpty()) {
            return null;
        }
        String title = say.say(compass != null ? "ranking_" + compass.name().toLowerCase(Locale.ROOT)
                        : whole ? "ranking_all"
                        : (smallest ? "ranking_smallest" : "ranking_largest") + (within != null ? "_in" : ""),
                say.say(centres ? "centres_word" : kind == EntityKind.REGION ? "regions_word" : "cities_word"),
                book.label(key, facts.get(0).attribute(), language).toLowerCase(Locale.ROOT),
                within != null ? Localizer.fullName(within, language) : "");
        return new Answer.FactAnswer(title, String.join("\n", lines), List.copyOf(sources), List.of(), language,
                new Topic(shownFacts.get(0).entity().id(), key).listing(shownFacts.stream() // the places shown
                        .map(f -> f.entity().id()).toList()));
    }

    /** The names of the regions' administrative centres, in lower case. */
    private Set<String> centreNames() {
        Set<String> names = new HashSet<>();
        for (Entity region : book.entities(EntityKind.REGION)) {
            List<Fact> centre = book.facts(region).get("administrative center");
            if (centre != null) {
                names.add(centre.get(0).value().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * The kind of place the last answer counted ("how many regions" — «а какая самая большая?» ranks the regions), from
     * the English words of its attribute; null when it counted none, or the topic is none.
     */
    private static EntityKind counted(Topic topic) {
        if (topic == null || !topic.attribute().startsWith(Agreement.COUNT_OF)) {
            return null;
        }
        String[] words = Phrases.words(topic.attribute());
        Phrases english = Phrases.of(Language.EN);
        return english.has("word.region", words) ? EntityKind.REGION
                : english.has("word.city", words) ? EntityKind.CITY : null;
    }

    /**
     * True when {@code r} ranks by a measure and says nothing else but perhaps which end ("and by population?", «а по
     * населению самая большая?», "al halqy boiynsha she"), after an answer that ranked places by a measure, and points
     * at none of them: "and the population?" asks for the population of the place ranked first.
     */
    static boolean followsARanking(Reading r, Topic topic) {
        return topic != null && !topic.listed().isEmpty() && topic.listed().get(0) == topic.entity()
                && (topic.attribute().equals("area") || topic.attribute().equals("population"))
                && (r.has(Signal.BY_AREA) || r.has(Signal.BY_POPULATION)) && onlyRankingWords(r)
                && (r.has(Signal.RANK) || r.has(Signal.MORE) || r.has(Signal.LESS) || r.says("rank.by"))
                // "the population of that oblast", «а там сколько людей» ask of the place, not again of all
                && r.words().stream().noneMatch(w -> w.names() != null)
                && !r.pointsBack();
    }

    /** True when the place {@code topic} is about has the least of its measure of all places of {@code kind}. */
    private boolean ranksLowest(EntityKind kind, Topic topic) {
        double lowest = Double.MAX_VALUE;
        long id = -1;
        for (Entity e : kind == null ? List.<Entity>of() : book.entities(kind)) {
            Fact f = Computations.quantity(book, e, topic.attribute());
            if (f != null && f.number() < lowest) {
                lowest = f.number();
                id = e.id();
            }
        }
        return id == topic.entity();
    }

    /**
     * True for a question that asks only for a ranking: "the three largest cities", or places in the plural by a
     * measure ("regions by area", «города по населению»).
     */
    static boolean asksForRanking(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        String[] words = Phrases.words(r.spelledText());
        boolean byMeasure = (r.has(Signal.BY_AREA) || r.has(Signal.BY_POPULATION))
                && phrases.has("rank.plural", words);
        // "the second biggest city", «третий по величине город», «халқы бойынша екінші қала»
        boolean ordinal = ordinal(phrases, words) > 0 && (r.has(Signal.RANK) || r.has(Signal.BY_AREA)
                || r.has(Signal.BY_POPULATION) || phrases.has("rank.size", words));
        boolean compass = Compass.of(phrases, words) != null; // "the northernmost city"
        return (r.has(Signal.RANK) || byMeasure || ordinal || compass) && onlyRankingWords(r);
    }

    /** The place in a ranking an ordinal of the question asks for ("second", «третий»), from 2; 0 when none does. */
    private static int ordinal(Phrases phrases, String[] words) {
        for (int i = 2; i <= Ordinals.MOST; i++) {
            if (phrases.has("ordinal." + i, words)) {
                return i;
            }
        }
        return 0;
    }

    /** True when every content word of the question is a word of ranking ("largest", "cities", "by area", "three"). */
    static boolean onlyRankingWords(Reading r) {
        return onlyWordsOf(r, RANKING_WORDS); // "the biggest city in the south" is not a ranking of all cities
    }

    /**
     * True when every content word of the question is a word or within a phrase of the lists {@code keys} name, or a
     * figure or number word.
     */
    static boolean onlyWordsOf(Reading r, List<String> keys) {
        Phrases phrases = Phrases.of(r.language());
        // typed in Latin letters, the words are read in their Cyrillic spelling: "samyi bolshoi" is «самый большой»
        String text = r.spelledText();
        List<int[]> spans = new ArrayList<>();
        for (String key : keys) {
            spans.addAll(phrases.spans(key, text)); // «самая большая»
        }
        for (int at = 0; at < r.words().size(); at++) {
            Word w = r.words().get(at);
            if (w.role() != Word.Role.CONTENT) {
                continue;
            }
            String[] one = Phrases.words(r.spelled(at));
            int start = r.spelledSpan(at)[0];
            int end = r.spelledSpan(at)[1];
            boolean listed = spans.stream().anyMatch(span -> span[0] <= start && end <= span[1])
                    || keys.stream().anyMatch(key -> phrases.has(key, one))
                    || one.length > 0 && one[0].matches("\\d{1,2}") || phrases.number(one) > 0;
            if (!listed) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many places the question asks for: a figure or a number word, {@link #DEFAULT_RANKING} for a plural ("the
     * largest cities"), 0 when it does not say ("the smallest?").
     */
    private static int count(Phrases phrases, String[] words) {
        int said = said(phrases, words);
        return said > 0 ? said : phrases.has("rank.plural", words) ? DEFAULT_RANKING : 0;
    }

    /** The figure or number word of the question ("top 10", "three"), 0 when it has none. */
    private static int said(Phrases phrases, String[] words) {
        for (String w : words) {
            if (w.matches("\\d{1,2}")) {
                return Math.max(1, Math.min(MAX_RANKING, Integer.parseInt(w)));
            }
        }
        return phrases.number(words);
    }
}
