package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Names;

/**
 * Gathers the candidate answers to a reading — one search over every unit, and the facts of each place the question
 * is about — and measures each one's {@link Feature}s. Knows nothing of how they are weighed. Thread-safe.
 */
final class Candidates {

    /** Units taken from the search over everything: enough to hold the answer when it is there at all. */
    static final int SEARCH_LIMIT = 30;
    /** Facts taken per place: a place has a few dozen attributes at most. */
    static final int FACTS_PER_PLACE = 15;

    private final TextIndex index;
    private final Entity country;
    private final AttributeNames attributes;
    private final PairedAttributes paired;
    private final OtherPlaces others;
    private final double knowledgeSize;
    /** Today, for the year a question names: "the president in 2026" asks who is president now. */
    private final java.time.Clock clock;
    /** Our cities and regions, by id, and which of the two each is: a fact of one, its name at the head, says where. */
    private final Map<Long, EntityKind> places;

    /** The ids of the people of the knowledge: a person's description answers who without naming its label. */
    private final java.util.Set<Long> people;

    /**
     * @param places the ids of the cities and regions, and the kind of each
     * @param people the ids of the people
     * @param namesakes the ids of the places each sight or topic is named after ({@link OtherPlaces#namesakes})
     */
    Candidates(TextIndex index, Entity country, AttributeNames attributes, PairedAttributes paired,
               Map<Long, EntityKind> places, java.util.Set<Long> people, Map<Long, java.util.Set<Long>> namesakes,
               java.time.Clock clock) {
        this.index = index;
        this.clock = clock;
        this.places = Map.copyOf(places);
        this.people = java.util.Set.copyOf(people);
        this.paired = paired;
        int units = 0;
        for (Field f : Field.values()) {
            units = Math.max(units, index.docCount(f));
        }
        this.knowledgeSize = Math.log10(Math.max(10, units)) / 5;
        this.country = country;
        this.attributes = attributes;
        this.others = new OtherPlaces(country, namesakes, attributes);
    }

    /**
     * The candidates for {@code r}, unscored, each unit once.
     *
     * @param context the place the conversation is about, or null
     * @param named   the place the last answer named ("Region: Almaty"), or null
     * @param meant   the place the question names by its role ("the capital"), or null
     * @param labels  how the question's words meet the attributes' names
     */
    List<Candidate> gather(Reading r, Entity context, Entity named, RolePlaces.Meant meant,
                           AttributeNames.Matches labels) {
        TextIndex.Prepared words = index.prepare(r.words().stream().map(Word::query).toList());
        Map<Integer, Candidate> out = new LinkedHashMap<>();
        Lookups lookups = new Lookups(r, labels, java.time.Year.now(clock).toString(), context != null,
                others.way(r));
        add(out, r, context, named, meant, lookups, index.search(words, null, List.of(), SEARCH_LIMIT));
        List<Entity> about = new ArrayList<>();
        r.places().forEach(p -> about.add(p.entity()));
        if (meant != null && about.stream().allMatch(e -> e.equals(country))) {
            // "the population of the capital", no place named but perhaps the country ("… of Kazakhstan")
            about.add(meant.place());
        } else if (about.isEmpty() && context != null) {
            about.add(context);
            if (named != null) {
                about.add(named);
            }
        }
        boolean back = PointingBack.at(r, context, meant); // "what is its capital?": not the country's
        // "is Almaty the capital?" checks a place against the country's fact, as "… of Kazakhstan?" does
        boolean checked = r.kind() == AnswerKind.YES_NO;
        if (country != null && !back && (about.isEmpty() || r.countryNamed() || context != null || checked)) {
            about.add(country);
        }
        List<Long> ids = about.stream().map(Entity::id).toList();
        add(out, r, context, named, meant, lookups, index.search(words, UnitKind.FACT, ids,
                FACTS_PER_PLACE * ids.size()));
        List<Candidate> all = new ArrayList<>(out.values());
        all.removeIf(c -> OtherPlaces.shadowed(r, c.hit(), all));
        // "the most populated oblast" is no city: not the country's Largest City, nor "the largest city" its Largest
        // Region by Area (a fact of a place itself, the Caspian's Cities on the Coast, still names what is there)
        boolean region = r.says("word.region");
        boolean city = r.says("word.city");
        if (region != city && country != null) {
            all.removeIf(c -> c.hit().kind() == UnitKind.FACT && c.hit().entity() == country.id()
                    && otherKindOfPlace(region, c.hit().attribute()));
        }
        // a name that only helps recognise its bearer (Russian, Kazakh, Also Known As) answers only a question about
        // names: "what is Medeu famous for" is not "Also Known As: Medeo", nor "who is GGG" "Also Known As: GGG"
        if (!asksForAName(r)) {
            all.removeIf(c -> c.hit().kind() == UnitKind.FACT && Names.isRecognitionOnly(c.hit().attribute()));
        }
        if (back) {
            PointingBack.keepTheirOwn(r, all, context, named);
        }
        // "the coldest temperature ever", «ең суық температура»: a fact named for that record that holds every word
        // answers, not another fact of its place that merely says "cold winters" (Climate)
        Set<Long> records = new HashSet<>();
        all.stream().filter(c -> c.get(Feature.ALL_COVERED) > 0 && lookups.scales.namesTheRecordAsked(c.hit()))
                .forEach(c -> records.add(c.hit().entity()));
        if (!records.isEmpty()) {
            all.removeIf(c -> c.hit().kind() == UnitKind.FACT && records.contains(c.hit().entity())
                    && !lookups.scales.namesAnEnd(c.hit()));
        }
        // "how far is Astana?": not its road distance to Karaganda, one of several, when Karaganda is not asked about
        Set<Long> asked = new HashSet<>();
        about.forEach(e -> asked.add(e.id()));
        r.places().forEach(p -> p.alternatives().forEach(e -> asked.add(e.id())));
        all.removeIf(c -> c.hit().kind() == UnitKind.FACT && paired.elsewhere(c.hit().entity(), c.hit().attribute(),
                asked));
        return all;
    }

    private void add(Map<Integer, Candidate> out, Reading r, Entity context, Entity named, RolePlaces.Meant meant,
                     Lookups lookups, List<Hit> hits) {
        float best = 0;
        for (Hit h : hits) {
            best = Math.max(best, h.score());
        }
        for (Hit h : hits) {
            if (!out.containsKey(h.unit()) && !others.aboutAnotherPlace(r, h)
                    && !others.anotherJourney(lookups.way, h) && !others.oneEndOnly(r, lookups.way, h)
                    && readable(r, h) && aboutOk(r, h)) {
                double[] features = measure(r, h, best, context, named, meant, lookups);
                if (!others.anotherPlacesAttribute(r, h, features) && !others.namedAfterThePlace(r, h, features)) {
                    out.put(h.unit(), new Candidate(h, features, 0));
                }
            }
        }
    }

    /**
     * True when {@code attribute} (an English attribute name) names a city and {@code r} asks for a region and says
     * no city ("most populated oblast": not Largest City), or the other way round ("the largest city": not Largest
     * Region by Area).
     */
    static boolean otherKindOfPlace(Reading r, String attribute) {
        boolean region = r.says("word.region");
        return region != r.says("word.city") && otherKindOfPlace(region, attribute);
    }

    /**
     * As {@link #otherKindOfPlace(Reading, String)}, for a question that says one of the two kinds: a region when
     * {@code region}, else a city.
     */
    private static boolean otherKindOfPlace(boolean region, String attribute) {
        Phrases english = Phrases.of(kz.bot.language.Language.EN);
        String[] label = Phrases.words(attribute);
        boolean labelRegion = english.has("word.region", label);
        boolean labelCity = english.has("word.city", label);
        return region ? labelCity && !labelRegion : labelRegion && !labelCity;
    }

    /** True when {@code r} asks what something is called, in some language or otherwise. */
    static boolean asksForAName(Reading r) {
        return r.says("asks.name") || r.says("asks.alias") || r.says("name.in.en") || r.says("name.in.ru")
                || r.says("name.in.kk");
    }

    /**
     * True unless the unit is what a document says of itself (its title, date, source and what it covers) and the
     * question speaks of no document: "how many provinces" is not answered by "the guide covers the 14-province
     * division", while "when was the guide written" is.
     */
    private static boolean aboutOk(Reading r, Hit h) {
        return !h.has(UnitFlags.ABOUT) || r.has(Signal.DOCUMENT);
    }

    /**
     * True when the unit can be shown to the asker: it has a text in the question's language, or in English, the
     * language every document is written in first. A sentence that only a translation has (the Kazakh text names the
     * Turksib where the English one does not) is never the answer to an English or a Russian question.
     */
    private static boolean readable(Reading r, Hit h) {
        return h.in(r.language()) || h.in(kz.bot.language.Language.EN);
    }

    /**
     * What is looked up once for a question rather than once per candidate: which of its words only qualify what is
     * asked (word.qualifier: "national", «основной»; word.superlative: "the most common", «ең»), and how its words
     * meet the attributes' names. Lives for one question; not thread-safe.
     */
    private static final class Lookups {

        final boolean[] qualifying;
        /** By word: it names the country's people («казахи»), which a fact of a place of ours named need not say. */
        final boolean[] peopleWord;
        /**
         * By word: it says near or around ("mountains near Almaty", «горы вокруг Алматы»), which a fact of the one
         * place named whose label names another of the question's words (its Mountain Ranges) need not say; a fact of
         * another place named ("was the Golden Man found near Almaty") must.
         */
        final boolean[] nearWord;
        final boolean[] numeric;
        /** By word: this year in digits, which a fact that gives no date of its own covers: it holds now. */
        final boolean[] thisYear;
        /**
         * By word: the kind of place it asks for, when it says "region" or "city" and neither the question nor the
         * conversation names one of our places ("which region is the Aral Sea in"); else null. A fact of a region is
         * a region's.
         */
        final EntityKind[] placeKind;
        final AttributeNames.Matches labels;
        /** The question is about another country and names nothing of ours ({@link Feature#FOREIGN}). */
        final boolean foreignOnly;
        /** The end of a scale the question asks for ({@link Feature#OTHER_END}). */
        final Scales scales;
        /** The places named and where the way asked about starts ({@link OtherPlaces.Way}). */
        final OtherPlaces.Way way;
        /**
         * The question counts the people of a whole, in a word or two ("how many people live in kazakhstan",
         * «халқы»): not "how many cities have over a million people" (more words), not the part it names.
         */
        final boolean countsPeople;

        /**
         * Whether the people's word at {@code i} of a "how many" question is an adjective of what is counted ("how many
         * Kazakh cities", «сколько казахских городов»): the next word is a content word that names neither people nor
         * the people again («сколько казахов в Казахстане», "how many kazakh people").
         */
        private static boolean countsSomethingElse(Reading r, int i, Phrases phrases) {
            if (i + 1 >= r.words().size()) {
                return false;
            }
            Word next = r.words().get(i + 1);
            String[] word = Phrases.words(next.surface());
            return next.role() == Word.Role.CONTENT && !phrases.has("rank.by_population", word)
                    && !phrases.has("word.people", word);
        }

        Lookups(Reading r, AttributeNames.Matches labels, String year, boolean inConversation, OtherPlaces.Way way) {
            this.way = way;
            Phrases phrases = Phrases.of(r.language());
            qualifying = new boolean[r.words().size()];
            peopleWord = new boolean[r.words().size()];
            nearWord = new boolean[r.words().size()];
            numeric = new boolean[r.words().size()];
            thisYear = new boolean[r.words().size()];
            placeKind = new EntityKind[r.words().size()];
            // in a conversation "that region" is the one talked about
            boolean ours = inConversation
                    || r.places().stream().anyMatch(p -> p.entity().kind() != EntityKind.COUNTRY);
            // a word of a superlative phrase qualifies as the phrase does: «кең» of «кең таралған» (most widespread),
            // not «кең» (wide) alone
            List<int[]> superlatives = phrases.spans("word.superlative", r.text());
            for (int i = 0; i < qualifying.length; i++) {
                Word w = r.words().get(i);
                String[] word = Phrases.words(w.surface());
                boolean superlative = superlatives.stream().anyMatch(span -> span[0] <= w.start() && w.end() <= span[1]);
                // the country's people qualify a fact of the country ("the dish of the Kazakhs") unless they are what
                // is counted ("how many Kazakhs")
                boolean ourPeople = phrases.has("word.people", word);
                boolean people = ourPeople && (r.kind() != AnswerKind.HOW_MANY || countsSomethingElse(r, i, phrases));
                qualifying[i] = w.role() == Word.Role.CONTENT
                        && (phrases.has("word.qualifier", word) || superlative || people);
                peopleWord[i] = w.role() == Word.Role.CONTENT && (ourPeople || phrases.has("word.peoples", word));
                nearWord[i] = w.role() == Word.Role.CONTENT && phrases.has("word.near", word);
                numeric[i] = w.role() == Word.Role.CONTENT && w.figure();
                thisYear[i] = numeric[i] && w.surface().equals(year);
                // "how many regions" counts them: a region's own figure does not answer it
                if (w.role() == Word.Role.CONTENT && !ours && r.kind() != AnswerKind.HOW_MANY) {
                    placeKind[i] = phrases.has("word.region", word) ? EntityKind.REGION
                            : phrases.has("word.city", word) ? EntityKind.CITY : null;
                }
            }
            this.labels = labels;
            this.foreignOnly = !r.foreign().isEmpty() && !r.anchored();
            this.scales = Scales.of(r);
            this.countsPeople = r.kind() == AnswerKind.HOW_MANY && r.has(Signal.BY_POPULATION)
                    && !r.has(Signal.PART) && r.content().size() <= PEOPLE_WORDS;
        }
    }

    /**
     * What a text naming some but not all of the places a question names counts for {@link Feature#PLACE} (one naming
     * them all counts 1, one naming none -1): at 0.5 a passage on the train from Almaty to Shymkent still came before
     * the facts on the train from Almaty to Astana (session 26).
     */
    static final double SOME_PLACES = 0;

    /**
     * The largest share of a nationwide fact's label a question about a city may leave unsaid for the fact to count as
     * about the city: one word in three ("best time to visit" asked as "best time to go"); set by hand in session 46.
     */
    static final double NATIONWIDE_UNSAID = 0.34;

    /**
     * What a text giving a part's figure (the urban population, {@link UnitFlags#PART}) leaves unsaid of a question
     * how many people live somewhere that names no part, counted as {@link Feature#ATTRIBUTE_EXTRA}: all of it, as a
     * fact's label none of whose words the question says (the part's figure is not the whole's at all); set by hand in
     * session 52, where half of it (as "Urban Population" leaves of "population") still ranked the urban growth of
     * 267,000 above "an overall population of 20mn" for "how many people live in Kazakhstan".
     */
    static final double PART_UNSAID = 1;

    /**
     * The most meaningful words a question how many people live somewhere has ("people", "live"): one with more asks
     * something else of the people ("how many cities have over a million people"); set by hand in session 52.
     */
    static final int PEOPLE_WORDS = 2;

    /**
     * The least share of a list fact's attribute name the question must say for "how many" to count the list: half
     * ("how many neighbours" counts "Neighbours"; "how many cities of republican significance", which says a third of
     * "Status" through its concept, does not count a status).
     */
    static final double COUNTED_ATTRIBUTE = 0.5;

    /** True when the label of fact {@code h} names a content word of {@code r} other than the one at {@code i}. */
    private static boolean labelNamesAnother(Reading r, Hit h, int i, Lookups lookups) {
        for (int j = 0; j < r.words().size(); j++) {
            if (j != i && r.words().get(j).role() == Word.Role.CONTENT && lookups.labels.names(h.attribute(), j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The features of {@code h} as an answer to {@code r}.
     *
     * @param lookups what is looked up once for the question ({@link Lookups})
     */
    private double[] measure(Reading r, Hit h, float bestScore, Entity context, Entity named, RolePlaces.Meant meant,
                             Lookups lookups) {
        double[] f = new double[Feature.values().length];
        f[Feature.BIAS.ordinal()] = 1;
        List<Word> words = r.words();
        double total = 0;
        double covered = 0;
        double rarest = 0;
        double missed = 0;
        double unknown = 0;
        double byName = 0;
        boolean fact = h.kind() == UnitKind.FACT;
        boolean[] qualifying = lookups.qualifying;
        boolean placeWord = false;
        boolean foreignWord = false;
        boolean foreignMissed = false;
        boolean placeNamed = r.places().stream().anyMatch(p -> !p.entity().equals(country));
        boolean byRole = meant != null && h.entity() == meant.place().id();
        Entity conversation = placeNamed || meant != null ? null
                : context != null && h.entity() == context.id() ? context
                : context != null && named != null && h.entity() == named.id() ? named : null;
        boolean aboutContext = conversation != null || byRole;
        boolean countryFact = h.kind() == UnitKind.FACT && country != null && h.entity() == country.id();
        // "the national currency" is the country's fact named Currency; "the national animal" is no fact of the
        // country that only mentions animals (the count of snow leopards): a qualifier is implied by a fact whose
        // name says what it qualifies, or when the question says nothing else
        boolean namesQualified = !countryFact;
        boolean qualifiesNothing = true;
        for (int j = 0; j < words.size() && countryFact; j++) {
            if (words.get(j).role() == Word.Role.CONTENT && !qualifying[j]) {
                qualifiesNothing = false;
                namesQualified |= lookups.labels.names(h.attribute(), j);
            }
        }
        boolean qualifierImplied = namesQualified || qualifiesNothing;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            // "how many people live in this city": the city is the one the conversation is about
            // the country's own facts are its national, official, main ones: "the national currency" names Currency;
            // a fact that gives no date holds now: "the president in 2026" asked this year names President
            boolean implied = countryFact && qualifying[i] && !h.covers(i) && qualifierImplied
                    || fact && lookups.thisYear[i] && !h.has(UnitFlags.YEAR) && !h.has(UnitFlags.DATE)
                    // "when do Kazakhs celebrate Nauryz": a fact of the holiday named need not say whose it is
                    || fact && !countryFact && lookups.peopleWord[i] && !h.covers(i)
                    && r.places().stream().anyMatch(p -> p.entity().id() == h.entity())
                    // "when was Baiterek built": its Opened
                    || fact && lookups.labels.startOf(h.attribute(), i)
                    // "what mountains are near Almaty": its Mountain Ranges
                    || fact && !countryFact && lookups.nearWord[i] && !h.covers(i) && r.places().size() == 1
                    && r.places().get(0).entity().id() == h.entity()
                    && labelNamesAnother(r, h, i, lookups);
            // a fact's own year (the date it was counted, "Karaganda population 2023") says which figure of the place
            // asked about is meant (the country's, when the question names no other place); it does not pick a place
            boolean datedOnly = fact && w.year() && !h.has(UnitFlags.YEAR) && !h.has(UnitFlags.DATE);
            boolean ownYear = !datedOnly || countryFact && !placeNamed || aboutContext
                    || r.places().stream().anyMatch(p -> p.entity().id() == h.entity());
            boolean has = h.covers(i) && ownYear || conversation != null && w.names() == conversation.kind()
                    || byRole && meant.words().contains(i) || implied
                    || fact && lookups.placeKind[i] != null && lookups.placeKind[i] == places.get(h.entity());
            switch (w.role()) {
                case CONTENT -> {
                    double weight = w.query().weight();
                    total += weight;
                    rarest = Math.max(rarest, weight);
                    if (has) {
                        covered += weight;
                        // a year a fact covers is the date it was counted on: "the population in 2026"
                        if (implied || fact && (lookups.labels.names(h.attribute(), i) || lookups.numeric[i])) {
                            byName += weight;
                        }
                    } else {
                        missed = Math.max(missed, weight);
                    }
                    if (!w.known()) {
                        unknown += weight;
                    }
                }
                case PLACE -> placeWord |= has;
                case FOREIGN -> {
                    foreignWord = true;
                    foreignMissed |= !has;
                }
                default -> { }
            }
        }
        // a place is mentioned when every word of its name is: "Kazakhstan" alone does not mention East Kazakhstan
        placeWord &= r.places().isEmpty() || r.places().stream().anyMatch(p -> OtherPlaces.coversName(r, h, p));
        f[Feature.COVERAGE.ordinal()] = total == 0 ? 0 : covered / total;
        f[Feature.ALL_COVERED.ordinal()] = total > 0 && missed == 0 ? 1 : 0;
        f[Feature.CONTENT_WORDS.ordinal()] = Math.min(5, r.content().size()) / 5.0;
        f[Feature.MISSED_RARE.ordinal()] = rarest == 0 ? 0 : missed / rarest;
        f[Feature.UNKNOWN.ordinal()] = total == 0 ? 0 : unknown / total;
        f[Feature.NO_CONTENT.ordinal()] = total == 0 ? 1 : 0;
        f[Feature.ATTRIBUTE_NAME.ordinal()] = total == 0 ? 0 : byName / total;
        // "who was the first Kazakh in space": a person's "Known For" is what who asks, though the question does not
        // say "known"
        boolean describesPerson = fact && r.kind() == AnswerKind.WHO && people.contains(h.entity())
                && ImpliedCountry.DESCRIPTIONS.contains(h.attribute());
        f[Feature.ATTRIBUTE_EXTRA.ordinal()] = fact ? (describesPerson ? 0 : lookups.labels.extra(h.attribute()))
                : lookups.countsPeople && h.has(UnitFlags.PART) && h.has(UnitFlags.NUMBER) ? PART_UNSAID : 0;
        if (placeNamed) {
            double about;
            if (h.kind() == UnitKind.FACT) {
                boolean picked = r.places().stream().anyMatch(p -> p.entity().id() == h.entity()
                        && !p.entity().equals(country)); // named beside a place, the country is its setting
                // a namesake of the place (Almaty Region for Almaty) or a sight named after it (the Baikonur
                // Cosmodrome for Baikonur) is half about it
                boolean other = r.places().stream()
                        .anyMatch(p -> p.alternatives().stream().anyMatch(e -> e.id() == h.entity()))
                        || others.namedAfter(r, h);
                boolean national = country != null && h.entity() == country.id();
                // "is Almaty the capital?" checks the place against the country's fact the question names exactly
                boolean checks = national && r.kind() == AnswerKind.YES_NO && !r.countryNamed()
                        && namesOnly(r, lookups.labels, h.attribute());
                // Almaty the city before Almaty the region; the country's fact holds for its places too, but a place's
                // own fact comes first
                // a date asked of a place is that place's own: another place's fact that only mentions it ("Astana —
                // Known For: … Baiterek … Expo 2017") does not say when it was built
                boolean mentions = placeWord && r.kind() != AnswerKind.WHEN;
                // what holds in every place alike (the currency, tap water) is the named city's as much as a namesake's
                // when the question names it (at most one word in three of its label unsaid: "how to get to Astana" is
                // no question about the Best Time to Visit, though «добраться» meets «поездка»)
                boolean nationwide = national && f[Feature.ATTRIBUTE_EXTRA.ordinal()] <= NATIONWIDE_UNSAID
                        && r.places().stream().allMatch(p -> p.entity().equals(country)
                        || p.entity().kind() == EntityKind.CITY || p.entity().kind() == EntityKind.REGION)
                        && attributes.nationwide(h.attribute());
                about = picked ? 1 : other || checks || nationwide ? 0.5 : mentions ? 0 : national ? -0.5 : -1;
            } else {
                // a text naming one of two places asked about ("from Almaty to Astana") is about the other journey
                // ("from Almaty to Shymkent") as much as about this one
                about = !placeWord ? -1 : r.places().stream().filter(p -> !p.entity().equals(country))
                        .allMatch(p -> OtherPlaces.coversName(r, h, p)) ? 1 : SOME_PLACES;
            }
            f[Feature.PLACE.ordinal()] = about;
        }
        f[Feature.COUNTRY_FACT.ordinal()] = !placeNamed && country != null && h.entity() == country.id() ? 1 : 0;
        f[Feature.CONTEXT_PLACE.ordinal()] = aboutContext ? 1 : 0;
        f[Feature.FOREIGN.ordinal()] = lookups.foreignOnly ? 1 : 0;
        f[Feature.FOREIGN_MISSED.ordinal()] = foreignWord && foreignMissed ? 1 : 0;
        // a list is counted only for the place asked about: "how many regions" is not how many Lake Balkhash touches
        // and only when the question names what the list is of: "how many cities of republican significance" does not
        // count the items of Astana's status («елорда; республикалық маңызы бар қала»)
        boolean countable = !h.has(UnitFlags.LIST) || h.has(UnitFlags.NUMBER)
                || f[Feature.ATTRIBUTE_NAME.ordinal()] >= COUNTED_ATTRIBUTE && (aboutContext
                || country != null && h.entity() == country.id()
                || r.places().stream().anyMatch(p -> p.entity().id() == h.entity()));
        // a fact of a place the question does not name answers where with its place ("Kyzylorda region — Known For:
        // cotton, the Aral Sea" for "which region is the Aral Sea in?")
        boolean placeCard = places.containsKey(h.entity())
                && r.places().stream().noneMatch(p -> p.entity().id() == h.entity());
        f[Feature.KIND.ordinal()] = r.kind() == AnswerKind.WHERE && h.kind() == UnitKind.FACT
                && (attributes.namesAPlace(h.attribute()) || placeCard) ? 1
                : r.kind() == AnswerKind.HOW_MANY && !countable ? -1 : kindAgreement(r.kind(), h);
        f[Feature.NAME_ATTRIBUTE.ordinal()] = h.kind() == UnitKind.FACT && attributes.isName(h.attribute()) ? 1 : 0;
        f[Feature.IS_FACT.ordinal()] = h.kind() == UnitKind.FACT ? 1 : 0;
        f[Feature.IS_PASSAGE.ordinal()] = h.kind() == UnitKind.PASSAGE ? 1 : 0;
        f[Feature.IS_SENTENCE.ordinal()] = h.kind() == UnitKind.SENTENCE ? 1 : 0;
        f[Feature.BM25.ordinal()] = bestScore <= 0 ? 0 : h.score() / bestScore;
        f[Feature.STALE.ordinal()] = h.has(UnitFlags.STALE) ? 1 : 0;
        f[Feature.ABOUT.ordinal()] = h.has(UnitFlags.ABOUT) ? 1 : 0;
        f[Feature.OWN_LANGUAGE.ordinal()] = h.in(r.language()) ? 1 : 0;
        f[Feature.OUTDATED.ordinal()] = h.has(UnitFlags.OUTDATED) ? 1 : 0;
        f[Feature.OTHER_END.ordinal()] = lookups.scales.otherEnd(h) ? 1 : 0;
        f[Feature.LENGTH.ordinal()] = h.kind() == UnitKind.FACT ? 0 : Math.min(1, Math.log1p(h.words()) / Math.log(200));
        boolean full = f[Feature.ALL_COVERED.ordinal()] > 0 && f[Feature.PLACE.ordinal()] >= 0;
        f[Feature.FULL_FACT.ordinal()] = full && h.kind() == UnitKind.FACT && byName > 0 ? 1 : 0;
        f[Feature.FULL_TEXT.ordinal()] = full && h.kind() != UnitKind.FACT ? 1 : 0;
        f[Feature.EXACT_ATTRIBUTE.ordinal()] = h.kind() == UnitKind.FACT && total > 0 && byName >= total - 1e-9
                && f[Feature.ATTRIBUTE_EXTRA.ordinal()] == 0 && f[Feature.PLACE.ordinal()] >= 0.5
                || h.kind() == UnitKind.FACT && total > 0 && byName >= total - 1e-9
                && f[Feature.ATTRIBUTE_EXTRA.ordinal()] == 0 && !placeNamed
                // "how many saigas": nothing asked but the count of the thing named, and this fact is its count
                || h.kind() == UnitKind.FACT && total == 0 && unknown == 0 && r.kind() == AnswerKind.HOW_MANY
                && f[Feature.PLACE.ordinal()] >= 1 && lookups.labels.countOnly(h.attribute()) ? 1 : 0;
        f[Feature.KNOWLEDGE_SIZE.ordinal()] = knowledgeSize;
        f[Feature.OPINION.ordinal()] = r.has(Signal.OPINION) ? 1 : 0;
        f[Feature.REALTIME.ordinal()] = r.has(Signal.REALTIME) ? 1 : r.has(Signal.TODAY) ? 0.5 : 0;
        f[Feature.FUTURE.ordinal()] = r.has(Signal.FUTURE) ? 1 : 0;
        return f;
    }

    /**
     * Whether every content word of {@code r} and every word for a kind of place ("city") is a word of
     * {@code attribute}'s name, and the name has no other.
     */
    private static boolean namesOnly(Reading r, AttributeNames.Matches labels, String attribute) {
        if (labels.extra(attribute) > 0) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < r.words().size(); i++) {
            Word.Role role = r.words().get(i).role();
            if (role == Word.Role.CONTENT || role == Word.Role.KIND_WORD) { // "the largest city": not the area
                if (!labels.names(attribute, i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether the unit can hold what the question asks for: +1 it does, -1 it cannot, 0 the question does not say. A
     * fact answers where only with place words or, as measured by the caller, a value that names one of our places.
     */
    static double kindAgreement(AnswerKind kind, Hit h) {
        return switch (kind) {
            case HOW_MANY -> h.has(UnitFlags.NUMBER) || h.has(UnitFlags.LIST) ? 1 : -1; // a list is counted
            case HOW_LONG -> h.has(UnitFlags.DURATION) ? 1 : -1; // hours, not the kilometres of the same journey
            case WHY -> h.has(UnitFlags.REASON) ? 1 : -1; // a reason, not the event it explains
            case WHEN -> h.has(UnitFlags.YEAR) || h.has(UnitFlags.DATE) ? 1 : -1;
            // a fact's value names a person as "First Last"; prose names people in many ways ("Kerei and Zhanibek")
            case WHO -> h.has(UnitFlags.PERSON) ? 1 : h.kind() == UnitKind.FACT ? -0.5 : 0;
            // a person's fact that puts them at a named place says where, a date beside it or not ("Born: 8 April
            // 1982, in Karaganda"); a sight's description that merely names its mountains does not (Tamgaly's gorge
            // "in the Chu-Ili mountains" against its region)
            case WHERE -> h.has(UnitFlags.PLACE_WORDS) || h.kind() == UnitKind.FACT && h.has(UnitFlags.AT_NAME)
                    && h.has(UnitFlags.PERSON) ? 1 : h.kind() == UnitKind.FACT ? -1 : 0;
            default -> 0;
        };
    }
}
