package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Answers computed from the facts rather than found in them: the distance between two places and where a place lies
 * ({@link Distances}), which of two places is bigger and by what, a ranking of cities or regions ({@link Rankings}),
 * which region a city is in (and whether it is in the one named), a place's coordinates, what to see there
 * ({@link Sights}), which of two places is older or colder ({@link Contrasts}), whether a passport needs a visa
 * ({@link Visas}), the public holidays of a month ({@link Holidays}) and who came after or before a person
 * ({@link Successions}). Decides which of them a question asks for.
 * Each answer names the facts' sources.
 * Thread-safe.
 */
final class Computations {

    private final FactBook book;
    private final Distances distances;
    private final Rankings rankings;
    private final NamesInLanguages names;
    private final Ages ages;
    private final Lifetimes lifetimes;
    private final Successions successions;
    private final Counts counts;
    private final Sights sights;
    private final Contrasts contrasts;
    private final Visas visas;
    private final Holidays holidays;

    /**
     * @param country the one country of the knowledge, or null
     * @param clock   today, for ages
     * @param cards   how one fact is told, for the date of a thing that has no age
     */
    Computations(FactBook book, Entity country, java.time.Clock clock, Cards cards) {
        this.book = book;
        this.distances = new Distances(book, country);
        this.ages = new Ages(book, clock, cards);
        this.rankings = new Rankings(book, ages);
        this.names = new NamesInLanguages(book);
        this.lifetimes = new Lifetimes(book);
        this.counts = new Counts(book);
        this.sights = new Sights(book);
        this.contrasts = new Contrasts(book, ages);
        this.successions = new Successions(book, contrasts);
        this.visas = new Visas(book, country);
        this.holidays = new Holidays(book, country);
    }

    /**
     * What {@code subject}'s {@code attribute} was before («а до этого какой город был столицей» is the former capital),
     * or null when {@code r} does not ask it ({@link Successions#former}).
     */
    Answer former(Reading r, Entity subject, String attribute, java.util.Set<String> named) {
        return successions.former(r, subject, attribute, named);
    }

    /**
     * The computed answer to {@code r}, or null when the question is not one of these.
     *
     * @param context the place the conversation is about, or null
     * @param before  the place it was about before that, or null: "which one is bigger?" and «сколько км между ними»
     *                compare the two
     */
    Answer answer(Reading r, Entity context, Entity before, Topic topic) {
        Answer named = names.answer(r);
        if (named != null) {
            return named; // "what is Oskemen called in Russian?"
        }
        Answer visa = visas.answer(r);
        if (visa != null) {
            return visa; // "do canadians need a visa?"
        }
        Answer feasts = holidays.answer(r);
        if (feasts != null) {
            return feasts; // «какие праздники в мае?»
        }
        Answer age = ages.answer(r, context);
        if (age != null) {
            return age; // "how old is Tokayev?"
        }
        Answer life = lifetimes.answer(r, context);
        if (life != null) {
            return life; // "when did al-farabi live?"
        }
        Answer next = successions.answer(r);
        if (next != null) {
            return next; // "who came after Nazarbayev?"
        }
        Answer counted = counts.answer(r);
        if (counted != null) {
            return counted; // "how many saigas?"
        }
        Answer byAge = rankings.byAge(r);
        if (byAge != null) {
            return byAge; // "the oldest city", before two places talked about are compared by age
        }
        List<Entity> places = new ArrayList<>();
        for (Place p : r.places()) {
            if (p.entity().kind() != EntityKind.COUNTRY) {
                places.add(p.entity());
            }
        }
        // "which one is bigger?", and with the last two places just talked about, «какой город больше?», "which is
        // older?": the two
        // — but not «какая больше всех», "which is the biggest of all": that ranks them all
        boolean measured = measures(r);
        // a difference asked and nothing else: "by how much?" after two places, "the population difference between
        // Almaty and Astana" of the two named — their comparison gives it
        boolean difference = r.says("word.by_how_much") && Rankings.onlyWordsOf(r, BY_HOW_MUCH_WORDS);
        boolean byHowMuch = places.isEmpty() && difference;
        boolean whichOfTwo = !r.has(Signal.RANK) && (r.has(Signal.BOTH) || byHowMuch || r.has(Signal.WHICH)
                && (r.has(Signal.MORE) || r.has(Signal.LESS) || measured));
        if (places.isEmpty() && whichOfTwo && context != null && before != null && !context.equals(before)
                && context.kind() != EntityKind.COUNTRY && before.kind() != EntityKind.COUNTRY) {
            places.add(before);
            places.add(context);
        }
        if (measured) {
            // "which is older, Taraz or Turkistan?", "is it colder than Almaty?": compared by their own facts or not
            // at all — nothing else computed answers it
            List<Entity> two = new ArrayList<>(places);
            if (two.size() == 1 && context != null && !context.equals(two.get(0))
                    && context.kind() != EntityKind.COUNTRY) {
                two.add(0, context);
            }
            if (two.size() == 2) {
                return contrasts.answer(r, two.get(0), two.get(1), context);
            }
        }
        Phrases phrases = Phrases.of(r.language());
        // the place named, or the one talked about unless the question names the country ("what to see in Kazakhstan")
        Entity located = places.size() == 1 ? places.get(0) : places.isEmpty() && !r.countryNamed() ? context : null;
        // "coordinates of Aktau", «координаты Актау», "aqtaudyn koordinattary": both figures, not one of them
        if (located != null && Rankings.onlyWordsOf(r, COORDINATE_WORDS) && r.says("word.coordinates")) {
            Answer at = distances.coordinatesOf(located, r.language());
            if (at != null) {
                return at;
            }
        }
        // "what to see in Almaty", «что посмотреть в Астане», «Шымкентте не көруге болады»: the sights there
        // after the sights of one place, "and in Shymkent?" («а в Шымкенте?») asks for another's
        boolean sightsFollowUp = topic != null && topic.attribute().equals(Sights.TOPIC) && places.size() == 1
                && r.words().stream().allMatch(w -> w.role() == Word.Role.PLACE); // not "is it in X region?"
        if (located != null && (sightsFollowUp
                || asksForSightsAlone(r, true))) {
            // "when should i visit Almaty" asks for a season, not for the sights
            Answer seen = sights.of(located, r.says("asks.sights_near"), r.language());
            if (seen != null) {
                return seen;
            }
        }
        // "what museums are in Astana", «какие парки есть в Алматы»: the sights there of that kind
        List<String> kinds = located == null ? List.of() : SIGHT_KINDS.stream().filter(r::says).toList();
        if (located != null && !kinds.isEmpty() && located.kind() != EntityKind.COUNTRY && Scorer.veto(r) == null
                && (r.kind() == AnswerKind.WHAT || r.kind() == AnswerKind.YES_NO)
                && Rankings.onlyWordsOf(r, Stream.concat(SIGHT_WORDS.stream(), kinds.stream()).toList())) {
            Answer seen = sights.ofKind(located, kinds, r.language());
            if (seen != null) {
                return seen;
            }
        }
        // nothing asked but a place, or a word of distance that needs one («ал Астанаға дейін ше?»)
        boolean distanceFollowUp = topic != null && topic.attribute().equals(Distances.DISTANCE)
                && r.content().stream().allMatch(w -> phrases.has("distance.weak", Phrases.words(w.surface()))
                        || phrases.has("distance.further", Phrases.words(w.surface())) // "are they further away?"
                        || phrases.has("distance.unit", Phrases.words(w.surface()))) // «ал Әнші құмға дейін қанша км»
                && r.words().stream().noneMatch(w -> w.role() == Word.Role.KIND_WORD // «а что за город Алатау?»
                        || w.role() != Word.Role.PLACE && phrases.has("measure.other", Phrases.words(w.surface())))
                && !asksAbout(r) // "tell me about Shymkent" after a distance asks for Shymkent itself
                && !ASKS_OTHER_THAN_A_DISTANCE.contains(r.kind()); // «а кольсайские озёра где?» asks where they are
        if (distanceFollowUp && places.size() == 1 && context != null && before != null
                && !places.get(0).equals(context) && !places.get(0).equals(before)) {
            // after "how far is Karaganda from Astana?": "and Pavlodar?" (or "is Pavlodar further away?") is Pavlodar
            // from Astana, "and from Almaty?" Karaganda from Almaty
            Entity p = places.get(0);
            return measuredFrom(r, 0) || fromThePlaceTalkedAbout(r) ? distances.distance(context, p, p, r.language())
                    : distances.distance(p, before, p, r.language()); // "there" is then the place just named
        }
        // "how long is the drive from Almaty to Charyn Canyon", «сколько ехать от алматы до чарына»: the sight's own
        // travel time from the city, when the question asks nothing else; "how long from Astana to Burabay" too, read
        // as a length but of no one thing (its time is answered with its distance)
        boolean howLong = places.size() == 2 && (r.kind() == AnswerKind.HOW_LONG
                || r.kind() == AnswerKind.HOW_MANY && !r.has(Signal.MEASURE)
                && r.words().stream().anyMatch(w -> w.role() == Word.Role.QUESTION
                && phrases.has("word.measure", Phrases.words(w.surface()))));
        if (howLong && Rankings.onlyWordsOf(r, List.of("word.journey")) && !r.says("distance.unit")
                && Scorer.veto(r) == null) {
            Answer time = distances.travelTime(places.get(0), places.get(1), r.language());
            if (time != null) {
                return time;
            }
            // no time known for the journey: how far it is tells it («сколько ехать от Астаны до Павлодара»: about
            // 440 km by road); the conversation stays with its place when it is one of the two
            Answer far = distances.distance(places.get(0), places.get(1),
                    places.contains(context) ? context : places.get(1), r.language());
            if (far != null) {
                return far;
            }
        }
        // «а до кольсая?» after how long the drive to Charyn takes asks how long the drive to Kolsai takes: the last
        // question is asked again of that place (Answerer), not the distance between the two sights
        boolean afterATravelTime = topic != null && topic.attribute().startsWith(Distances.TRAVEL_TIME)
                && places.size() == 1 && r.content().isEmpty();
        // how long it takes is told in hours, unless the question asks in kilometres («скока ехать …, км»)
        if ((r.has(Signal.DISTANCE) && !afterATravelTime && !difference || distanceFollowUp && places.size() == 1)
                && (r.kind() != AnswerKind.HOW_LONG || r.says("distance.unit"))) {
            // the place it is measured from, when the question says ("from Karaganda to Pavlodar", «Алматыдан»)
            Entity from = measuredFrom(r, 0) ? places.get(0)
                    : places.size() == 2 && measuredFrom(r, 1) ? places.get(1) : null;
            if (places.size() == 1 && context != null && !context.equals(places.get(0))) {
                places.add(0, context);
            }
            if (places.size() == 2) {
                // the conversation goes on about the other place; when none is said to be the start, about its own
                // place if it is one of the two («от него до Астаны»), else the second named ("between Astana and
                // Kokshetau": "and Kostanay?" is from Astana)
                Entity subject = from != null ? (from.equals(places.get(0)) ? places.get(1) : places.get(0))
                        : places.contains(context) ? context : places.get(1);
                return distances.distance(places.get(0), places.get(1), subject, r.language());
            }
        }
        // "is it bigger than Almaty?" is about the place the conversation is about; "is Astana the biggest city?"
        // («астана ең үлкен қала ма») ranks, it compares Astana with nothing said before
        if (places.size() == 1 && context != null && !context.equals(places.get(0))
                && context.kind() != EntityKind.COUNTRY && (r.has(Signal.MORE) || r.has(Signal.LESS))
                && !r.has(Signal.RANK)) {
            places.add(0, context);
        }
        if (places.size() == 2 && (r.has(Signal.MORE) || r.has(Signal.LESS) || r.has(Signal.VERSUS) || difference)
                && Rankings.onlyWordsOf(r, SIZE_WORDS)) {
            return compare(places.get(0), places.get(1), r, context);
        }
        // "is Aktobe region the biggest region" ranks regions, not the region's cities: a city must be asked for
        if (places.size() == 1 && places.get(0).kind() == EntityKind.REGION && r.has(Signal.RANK)
                && Rankings.onlyRankingWords(r) && r.says("word.city")) {
            Answer ranked = rankings.citiesOf(places.get(0), r); // "the largest city of Mangystau region"
            if (ranked != null) {
                return ranked;
            }
        }
        if (places.isEmpty() && (Rankings.asksForRanking(r) || Rankings.followsARanking(r, topic))) {
            return rankings.ranking(r, context, topic);
        }
        if (places.size() == 1 && r.says("asks.what_is")) {
            return null; // "what is Baikonur and where is it?": the place's card, not only where
        }
        if (places.size() == 1 && r.kind() == AnswerKind.WHERE
                && (r.content().isEmpty() || Rankings.onlyWordsOf(r, PART_WORDS))) {
            return distances.where(places.get(0), r.language());
        }
        // "where is kazakhstan", «где находится Казахстан»: the country's own location, not its summary
        if (places.isEmpty() && r.kind() == AnswerKind.WHERE && r.content().isEmpty()) {
            Answer where = r.places().stream().map(Place::entity).filter(e -> e.kind() == EntityKind.COUNTRY)
                    .findFirst().map(country -> distances.where(country, r.language())).orElse(null);
            if (where != null) {
                return where;
            }
        }
        if (places.size() == 1 && places.get(0).kind() == EntityKind.CITY && asksForRegion(r)) {
            return regionOf(places.get(0), r.language(), null);
        }
        boolean checks = r.kind() == AnswerKind.YES_NO
                || r.kind() == AnswerKind.WHAT && r.words().stream().noneMatch(w -> w.role() == Word.Role.QUESTION);
        // after "where is Zharkent?", "is it in Almaty region?" asks it of the city talked about; a region named
        // without the word ("а абайской?" after the centre of Ulytau region), or not as the place it is in ("and of
        // Turkistan region?" after the city's population), asks the last question of it instead
        List<Entity> pair = places.size() == 2 ? places
                : places.size() == 1 && context != null && context.kind() == EntityKind.CITY
                        && !context.equals(places.get(0)) && r.says("word.region") && r.says("word.in_region")
                        ? List.of(context, places.get(0)) : List.of();
        if (pair.size() == 2 && checks && Rankings.onlyWordsOf(r, REGION_WORDS)) {
            // "is Zharkent in Almaty region?", «Жаркент в Алматинской области?» (asked by the tone alone): yes or no,
            // and the region it is in
            for (int c = 0; c < 2; c++) {
                Entity city = pair.get(c);
                Entity other = pair.get(1 - c);
                Entity region = regionNamed(r.places().stream().filter(p -> p.entity().equals(other))
                        .findFirst().orElse(null));
                if (city.kind() == EntityKind.CITY && region != null) {
                    Placement placed = placement(book, city);
                    return placed == null ? null : regionOf(city, r.language(), placed.region().equals(region));
                }
            }
        }
        return null;
    }

    /** The region {@code p} names ("Almaty region", «Алматинская область»), null for another kind of place. */
    private static Entity regionNamed(Place p) {
        return p != null && p.entity().kind() == EntityKind.REGION ? p.entity() : null;
    }

    /**
     * True when {@code r} asks what a place is: «расскажи про Шымкент», or "tell me about Karaganda", read without its
     * opening "tell me" — a text that begins with "about" (`asks.about_opening`); "what about Karaganda?" goes on.
     */
    static boolean asksAbout(Reading r) {
        return r.says("asks.what_is")
                || Phrases.of(r.language()).startsWith("asks.about_opening", Phrases.words(r.text()));
    }

    /**
     * True when the {@code i}-th place named that is not the country is where a distance is measured from: after
     * "from", «от», «из» (`distance.from`) or with a Kazakh ablative ending (`distance.from_ending`: «Алматыдан»).
     */
    static boolean measuredFrom(Reading r, int i) {
        List<Place> named = r.places().stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY).toList();
        if (i >= named.size()) {
            return false;
        }
        Place p = named.get(i);
        Phrases phrases = Phrases.of(r.language());
        String[] before = Phrases.words(r.text().substring(0, Math.min(p.start(), r.text().length())));
        if (before.length > 0 && phrases.has("distance.from", new String[] {before[before.length - 1]})) {
            return true;
        }
        int end = Math.min(p.end(), r.text().length());
        while (end < r.text().length() && Character.isLetter(r.text().charAt(end))) {
            end++; // the whole word: the name's span may stop where its ending begins («Қарағанды|дан»)
        }
        String[] name = Phrases.words(r.text().substring(p.start(), end));
        return name.length > 0 && phrases.endsWith("distance.from_ending", name[name.length - 1]);
    }

    /**
     * True when {@code r} says the way starts at the place talked about, with a word that points back at it after a
     * word of "from" («а Тараз от него далеко», "is Taraz far from it") or in the from case («Тараз одан алыс па»).
     */
    static boolean fromThePlaceTalkedAbout(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        String[] words = Phrases.words(r.text());
        for (int i = 0; i < words.length; i++) {
            if (phrases.has("word.it", new String[] {words[i]})
                    && (i > 0 && phrases.has("distance.from", new String[] {words[i - 1]})
                    || phrases.singleWords("distance.from_ending").stream().anyMatch(words[i]::endsWith))) {
                return true; // «одан»: the ending of "from" on «ол», too short a word for Phrases.endsWith
            }
        }
        return false;
    }

    /**
     * True when {@code r} asks how far from one place and names no other, nor anything but a distance («алматыдан
     * қанша км», "how far from almaty"): in a conversation the place talked about is the other one.
     */
    static boolean fromOnePlaceAlone(Reading r) {
        return r.has(Signal.DISTANCE) && measuredFrom(r, 0) && Rankings.onlyWordsOf(r, DISTANCE_WORDS)
                && r.places().stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY).count() == 1;
    }

    /** The words of a distance and nothing else: "how far", «қанша км», "between". */
    private static final List<String> DISTANCE_WORDS = List.of("distance.words", "distance.unit", "distance.weak");

    /** What a question asks when it asks no distance, whatever place it names after one. */
    private static final Set<AnswerKind> ASKS_OTHER_THAN_A_DISTANCE =
            EnumSet.of(AnswerKind.WHERE, AnswerKind.WHEN, AnswerKind.WHO, AnswerKind.WHY);
    /**
     * True when {@code r} asks for nothing but what there is to see ("what to see", «что посмотреть рядом», «не көруге
     * болады»), not when ("when should i visit"); with {@code orNear}, also for nothing but what is near ("what else is
     * there nearby?").
     */
    static boolean asksForSightsAlone(Reading r, boolean orNear) {
        return r.kind() != AnswerKind.WHEN && (r.says("asks.sights") || orNear && r.says("asks.sights_near"))
                && Rankings.onlyWordsOf(r, SIGHT_WORDS);
    }

    /** The words that ask which part of the country a place is in, and nothing else. */
    private static final List<String> PART_WORDS = List.of("asks.where_part");
    /** The words for region: "is Zharkent in Almaty region?" says nothing else. */
    private static final List<String> REGION_WORDS = List.of("word.region");
    /** The words that ask for a place's latitude and longitude together. */
    private static final List<String> COORDINATE_WORDS = List.of("word.coordinates");
    /** The words that ask what a place has to see, and the words that may stand beside them ("the best sights"). */
    private static final List<String> SIGHT_WORDS = List.of("asks.sights", "asks.sights_beside", "asks.sights_near");
    /**
     * The kinds of sight a question may ask for ("museums", «парки»): the {@code sight.kind.*} keys, the same in every
     * language's vocabulary, listed once rather than for every question.
     */
    private static final List<String> SIGHT_KINDS = Phrases.of(Language.EN).keysStartingWith("sight.kind.");

    /**
     * The words of a comparison by size, the only one computed: "bigger", "or", "by area", "which one". "Which is
     * older, Taraz or Turkistan?", «где холоднее зимой?» ask for something else, and no population answers them.
     */
    private static final List<String> SIZE_WORDS = List.of("compare.more", "compare.less", "compare.versus",
            "word.by_how_much", "word.both", "rank.top", "rank.filler", "rank.by_area", "rank.by_population",
            "word.inhabit", "word.city", "word.region", "word.sight");

    /** The words of "by how much?" asked alone («а насколько?», «қаншаға?»), with "bigger" or "by area" at most. */
    private static final List<String> BY_HOW_MUCH_WORDS = List.of("word.by_how_much", "word.between", "compare.more",
            "compare.less", "rank.by_area", "rank.by_population");

    /**
     * "Which is bigger, Almaty or Astana?": by population unless the question says area (or only area is known). The
     * conversation stays with its place when it is one of the two ("is it bigger than Almaty?"), else goes to the
     * first named.
     */
    private Answer compare(Entity a, Entity b, Reading r, Entity context) {
        Language language = r.language();
        String key = r.has(Signal.BY_AREA) ? "area" : r.has(Signal.BY_POPULATION) ? "population"
                : a.kind() == EntityKind.REGION && b.kind() == EntityKind.REGION ? "area" : "population";
        if (quantityMeant(r, a, key) == null || quantityMeant(r, b, key) == null) {
            key = key.equals("area") ? "population" : "area";
        }
        Fact fa = quantityMeant(r, a, key);
        Fact fb = quantityMeant(r, b, key);
        if (fa == null || fb == null) {
            return null;
        }
        a = fa.entity(); // the places measured: "which is bigger, Balkhash or Alakol" is Lake Balkhash, not the town
        b = fb.entity();
        Messages say = Messages.get(language);
        boolean less = r.has(Signal.LESS) && !r.has(Signal.MORE);
        Fact first = fa.number() >= fb.number() == !less ? fa : fb;
        Fact second = first == fa ? fb : fa;
        String label = book.label(key, fa.attribute(), language).toLowerCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        String by = Contrasts.difference(Math.abs(fa.number() - fb.number()), shown(first, language), language);
        lines.add(Localizer.lineStart(say.say(Contrasts.ofTwo(less ? "compare_less" : "compare_more", a, b),
                Localizer.fullName(first.entity(), language), Localizer.fullName(second.entity(), language), label,
                by)));
        lines.add(contrasts.factLine(first, language));
        lines.add(contrasts.factLine(second, language));
        Set<String> sources = new LinkedHashSet<>(List.of(fa.source().citation(language),
                fb.source().citation(language)));
        Entity stays = b.equals(context) ? b : a;
        Entity other = stays == a ? b : a; // "which one is larger?" next compares the same two
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), List.of(), language,
                new Topic(stays.id(), key, -1, other.id()));
    }

    /**
     * The newest figure of {@code e}'s {@code key}, or else of the first of the places of its name that {@code r}
     * might have meant ({@link Place#alternatives}) that has one: the town of Balkhash has no area, the lake has.
     */
    private Fact quantityMeant(Reading r, Entity e, String key) {
        Fact own = quantity(book, e, key);
        if (own != null) {
            return own;
        }
        return r.places().stream().filter(p -> p.entity().equals(e)).flatMap(p -> p.alternatives().stream())
                .map(other -> quantity(book, other, key)).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** The newest figure of {@code e}'s {@code key} ("area", "population"), or null when it has none. */
    static Fact quantity(FactBook book, Entity e, String key) {
        List<Fact> facts = book.facts(e).get(key);
        return facts == null || facts.get(0).number() == null ? null : facts.get(0);
    }

    /**
     * True for "which region is Taraz in", "Taldykorgan is the centre of which region": the question's only content
     * words are the word for region and words for a centre or capital.
     */
    private static boolean asksForRegion(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        boolean region = false;
        for (Word w : r.content()) {
            String[] one = Phrases.words(w.surface());
            if (phrases.has("word.region", one)) {
                region = true;
            } else if (!phrases.has("asks.centre", one)) {
                return false;
            }
        }
        return region;
    }

    /** A region a city is in, with the fact that says so. */
    record Placement(Entity region, Fact source) {
    }

    /** The sights of {@code city}, by their City fact ({@link Sights}). */
    List<Entity> sightsIn(Entity city) {
        return sights.inCity(city);
    }

    /** The one of {@code shown}, sights of {@code place}, that its Known For names ({@link Sights#landmark}). */
    Entity landmarkOf(Entity place, List<Entity> shown) {
        return sights.landmark(place, shown);
    }

    /**
     * True when {@code r} compares by a measure: more or less of something ("which is bigger", «какой город больше»),
     * or another measure it names ("which is older", «екеуінің қайсысы жасы үлкен»).
     */
    static boolean comparesByMeasure(Reading r) {
        return r.has(Signal.MORE) || r.has(Signal.LESS) || measures(r);
    }

    /** True when {@code r} names a measure other than more or less: older, higher, longer, deeper. */
    private static boolean measures(Reading r) {
        return r.has(Signal.OTHER_MEASURE) || Contrasts.asksMeasure(r);
    }

    /** The city a sight is in, by its City fact; null when it has none or names no city of ours. */
    Entity cityOfSight(Entity sight) {
        return cityOfSight(book, sight);
    }

    /** The city a sight is in, by its City fact in {@code book}; null when it has none or names no city of ours. */
    static Entity cityOfSight(FactBook book, Entity sight) {
        return cityNamedBy(book, sight, "city");
    }

    /** The administrative centre of {@code region} ({@link #centreOf(FactBook, Entity)}). */
    Entity centreOf(Entity region) {
        return centreOf(book, region);
    }

    /** The administrative centre of {@code region}, from its fact; null when the facts do not name one. */
    static Entity centreOf(FactBook book, Entity region) {
        return cityNamedBy(book, region, "administrative center");
    }

    /** The city of ours that {@code e}'s fact {@code key} names; null when it has none or names no city of ours. */
    private static Entity cityNamedBy(FactBook book, Entity e, String key) {
        List<Fact> city = book.facts(e).get(key);
        return city == null ? null : book.entity(EntityKind.CITY, city.get(0).value()).orElse(null);
    }

    /**
     * The sight of {@code places} when the only other one is the city or region it is in ("what is Khan Shatyr in
     * Astana": the city says where, the sight is what is asked about); null otherwise.
     */
    Entity sightWithItsPlace(List<Entity> places) {
        if (places.size() != 2) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            Entity sight = places.get(i);
            Entity other = places.get(1 - i);
            if (sight.kind() != EntityKind.SIGHT || other.kind() == EntityKind.SIGHT) {
                continue;
            }
            Placement placed = placement(book, sight);
            if (other.equals(cityOfSight(book, sight)) || placed != null && other.equals(placed.region())) {
                return sight;
            }
        }
        return null;
    }

    /** The region {@code city} is in ({@link #placement}), null when the facts do not say. */
    Entity regionOfCity(Entity city) {
        Placement placed = placement(book, city);
        return placed == null ? null : placed.region();
    }

    /** The region {@code city} is in: its own Region fact, else the region whose centre it is; null when neither says. */
    static Placement placement(FactBook book, Entity city) {
        List<Fact> own = book.facts(city).get("region");
        if (own != null) {
            Entity region = book.entity(EntityKind.REGION, own.get(0).value()).orElse(null);
            if (region != null) {
                return new Placement(region, own.get(0));
            }
        }
        Placement found = null;
        for (Entity e : book.entities(EntityKind.REGION)) {
            List<Fact> centre = book.facts(e).get("administrative center");
            if (centre != null && centre.get(0).value().equalsIgnoreCase(city.name())) {
                found = new Placement(e, centre.get(0));
            }
        }
        return found;
    }

    /**
     * The region a city is in ({@link #placement}). The conversation stays with the city: after "which region is it
     * in?" people go on about the city ("how far is it from Pavlodar?").
     *
     * @param checked whether that is the region a yes-no question named ("is Zharkent in Almaty region?"), which the
     *                answer then says first; null when the question asked which region
     */
    private Answer regionOf(Entity city, Language language, Boolean checked) {
        Placement placed = placement(book, city);
        if (placed == null) {
            return null;
        }
        Entity region = placed.region();
        Fact source = placed.source();
        Messages say = Messages.get(language);
        String line = say.say("of_template", book.label("region", "Region", language), Localizer.name(city, language),
                Localizer.fullName(region, language));
        List<Fact> centre = book.facts(region).get("administrative center");
        List<String> lines = new ArrayList<>();
        if (checked != null) {
            lines.add(say.say(checked ? "answer_yes" : "answer_no")); // whether it is in the region the question named
        }
        lines.add(line);
        if (centre != null && centre.get(0).value().equalsIgnoreCase(city.name())) {
            lines.add(say.say("is_centre_of", Localizer.name(city, language), Localizer.fullName(region, language)));
        }
        return new Answer.FactAnswer("", String.join("\n", lines), List.of(source.source().citation(language)),
                List.of(), language, new Topic(city.id(), ""));
    }

    /**
     * A shared location: the nearest city with its distance and direction, and the region of that city — or, for a
     * point outside Kazakhstan's outline, that it is outside, with the nearest city all the same.
     */
    Answer location(double lat, double lon, Language language) {
        return distances.location(lat, lon, language);
    }

    /** A fact's value in {@code language} where the knowledge gives it, else as written. */
    static String shown(Fact f, Language language) {
        String v = f.valueIn(language);
        return v != null ? v : f.value();
    }

    /** A whole number as the language writes it: 2,347,924 in English, 2 347 924 in Russian and Kazakh. */
    static String number(long n, Language language) {
        String grouped = String.format(Locale.ROOT, "%,d", n);
        return language == Language.EN ? grouped : grouped.replace(',', ' ');
    }
}
