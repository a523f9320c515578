package kz.bot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * The answering core: a command, or small talk, or a question read once ({@link Reader}), its candidates gathered
 * once ({@link Candidates}), one scorer that answers or abstains ({@link Scorer}), and the winner written in the
 * question's language ({@link Renderer}). One instance serves one knowledge base; it is immutable and thread-safe.
 * No Lucene, SQLite or Telegram type appears here.
 */
public final class Answerer {

    /**
     * Longer messages are cut: no question needs more, and the cost of analysis must stay bounded. The longest of our
     * 12,000 labeled questions has 391 characters, and the question log keeps 500. Halved from 1,000 in session 41,
     * when a message of 1,000 characters took up to 61 ms to answer on a warm JVM (27 ms after a faster misspelt
     * stop word check), against the 50 ms any one message may take ({@code HostileUpdatesTest}).
     */
    static final int MAX_QUESTION_CHARS = 500;
    static final int CARD_LIMIT = 3000;
    /** The route of a question that names a place and asks nothing: the place's summary. */
    private static final String SUMMARY = "a place and nothing asked: its summary";
    private static final String TWO_QUESTIONS = "two questions in one: each half answered";
    private static final String FORMER_ROUTE = "the winner's fact as it was before";
    /** The marks that end a question ("?", "!", "."), taken off before words are added to it. */
    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[?!.…]+$");
    /**
     * The kinds of question whose answer a text must hold to win (a year, a figure, a person): of those, a passage
     * naming the place talked about answers the question asked of it. "What" and "why" are not checked so, and a
     * passage beside the place answered them wrongly as often as rightly.
     */
    private static final java.util.Set<AnswerKind> STRICT_KINDS = java.util.EnumSet.of(AnswerKind.WHEN,
            AnswerKind.HOW_MANY, AnswerKind.WHO);
    /**
     * At most this many meaningful words in a question that leaves its subject out («когда построили?» has one, "how
     * tall is the tower?" two); a longer question says what it is about. Set by hand, measured with eval (session 39).
     */
    static final int SUBJECT_LEFT_OUT_MAX_WORDS = 2;

    private final TextIndex index;
    private final NameFinder names;
    private final Cards cards;
    private final Commands commands;
    private final Entity country;
    private final Map<Long, Entity> entities = new HashMap<>();
    private final Reader reader;
    private final Candidates candidates;
    private final RolePlaces roles;
    private final AttributeNames attributes;
    private final Scorer scorer;
    private final Agreement agreement;
    private final Phrasing phrasing;
    private final Renderer renderer;
    private final SmallTalk smallTalk = new SmallTalk();
    private final Computations computations;
    private final RolePeople rolePeople;
    private final Nearby nearby;
    private final HitTexts hits;
    private final FollowUps followUps;
    private final DontKnowReply dontKnow;
    private final AnswerList answerList;
    /** The sights and topics named after a city or region, with those places' ids (the Baikonur Cosmodrome). */
    private final Map<Long, Set<Long>> namesakes;

    public Answerer(FactBook book, TextIndex index) {
        this(book, index, Weights.shipped());
    }

    public Answerer(FactBook book, TextIndex index, Weights weights) {
        this(book, index, weights, java.time.Clock.systemUTC());
    }

    /** @param clock today, for the answers that count from it (how old someone is) and the year a question names */
    Answerer(FactBook book, TextIndex index, Weights weights, java.time.Clock clock) {
        this.index = index;
        book.entities().forEach(e -> entities.put(e.id(), e));
        List<Entity> countries = book.entities(EntityKind.COUNTRY);
        this.country = countries.size() == 1 ? countries.get(0) : null;
        this.names = new NameFinder(book, index, kindWords());
        this.cards = new Cards(book, new Localizer(book));
        this.commands = new Commands(book, index, names, cards);
        ForeignPlaces foreign = new ForeignPlaces(index, names::isExactName);
        this.reader = new Reader(index, names, foreign, country);
        this.attributes = new AttributeNames(book, index);
        Map<Long, EntityKind> places = new HashMap<>();
        for (EntityKind kind : List.of(EntityKind.CITY, EntityKind.REGION)) {
            book.entities(kind).forEach(e -> places.put(e.id(), kind));
        }
        Set<Long> people = new HashSet<>();
        book.entities(EntityKind.PERSON).forEach(e -> people.add(e.id()));
        List<Entity> named = new java.util.ArrayList<>(book.entities(EntityKind.SIGHT));
        named.addAll(book.entities(EntityKind.TOPIC));
        List<Entity> cityOrRegion = new java.util.ArrayList<>(book.entities(EntityKind.CITY));
        cityOrRegion.addAll(book.entities(EntityKind.REGION));
        this.namesakes = OtherPlaces.namesakes(named, cityOrRegion);
        this.candidates = new Candidates(index, country, attributes, new PairedAttributes(book), places, people,
                namesakes, clock);
        this.roles = new RolePlaces(book, country, attributes);
        this.hits = new HitTexts(book, index, entities);
        this.phrasing = new Phrasing(index);
        this.agreement = new Agreement(hits::text, hits::oneAccount, hits::names, phrasing::yearNear,
                hits::rareName);
        this.scorer = new Scorer(weights, agreement, phrasing, clock);
        this.renderer = new Renderer(index, cards, entities, country);
        this.computations = new Computations(book, country, clock, cards);
        this.rolePeople = new RolePeople(book, cards, attributes, country);
        this.nearby = new Nearby(book);
        this.followUps = new FollowUps(book, entities, cards, attributes, hits, country);
        this.dontKnow = new DontKnowReply(index, names);
        this.answerList = new AnswerList(index, names, cards, renderer);
    }

    /** Forms of the words for region and city in the three languages: a region is also named without them. */
    private Set<String> kindWords() {
        Set<String> out = new HashSet<>();
        for (String w : List.of("region", "province", "oblast", "область", "облыс", "облысы", "city", "город",
                "қала", "қаласы")) {
            index.nameForms(w).forEach(t -> out.addAll(t.forms()));
        }
        return out;
    }

    /** Answers {@code question}; never throws for any text. */
    public Answer answer(Question question) {
        return explain(question).answer();
    }

    /**
     * Answers {@code question} and says how: the reading, the candidates and the decision. A question that points at
     * the person or thing the last answer named and gets no answer so is asked once more with its name in place of
     * the pronoun ("when did he take office?" after "President: Kassym-Jomart Tokayev"), with the thing a fact of the
     * country was about ("who designed it?" after "National Flag: …"), or with the place talked about ("what was its
     * Soviet name?" after Aktau); a question word alone is asked of the last answer's fact ("and when?"), and a short
     * question that leaves its subject out of the one talked about («когда родился?» after Abai); a short question or
     * one that points back, with the meaningful words of the question last answered ({@link #withTheLastWords}). The
     * answer keeps the meaningful words of what it answered, for the next question.
     */
    public Explanation explain(Question question) {
        Explanation e = explainInContext(question);
        Answer a = e.answer();
        if (!a.found() && e.reading() != null && !e.reading().foreign().isEmpty() && !e.reading().anchored()) {
            return e.about(whatItAsksOfOurs(e.reading(), question));
        }
        if (!a.found() && e.reading() != null && asksAnew(e.reading()) && !question.context().words().isEmpty()) {
            // "where is it?" after "which oil field produces the most?", not known, points back to that field, not
            // to the words of the question answered before it ("export the most")
            return e.about(question.context().withWords(""));
        }
        if (!a.found() || e.reading() == null) {
            return e;
        }
        Explanation kept = a.topic().words().isEmpty()
                ? e.keepingWords(String.join(" ", e.reading().content().stream().map(Word::surface).toList())) : e;
        return kept.keepingAsked();
    }

    /**
     * True when {@code r} asks about something of its own rather than what was talked about: it points back to nothing
     * and names no place, and holds a meaningful word of more than a question's few ("which oil field produces the
     * most?").
     */
    private static boolean asksAnew(Reading r) {
        return !r.pointsBack() && r.places().isEmpty() && r.content().size() > 2;
    }

    /**
     * The answer in context ({@link #explainAlone}), or when there is none, the answers to the two things the message
     * asks, joined by "and" ({@link TwoQuestions}): «население и площадь Алматы». A question the knowledge must not
     * answer, or one about another country, is not split.
     */
    private Explanation explainInContext(Question question) {
        Explanation whole = explainAlone(question);
        Reading r = whole.reading();
        if (whole.answer().found() || r == null || !r.foreign().isEmpty() || Scorer.barred(r) != null) {
            return whole; // answered whole, a split would cut one thing in two ("town and city population")
        }
        for (TwoQuestions.Halves halves : TwoQuestions.of(r)) {
            Explanation first = explain(reasked(question, halves.first()), false);
            Explanation second = explain(reasked(question, halves.second()), false);
            // a half that points back and names no place of ours ("and how many people live there" after "the
            // biggest city in kz") asks of what the other half's answer names, which it cannot know
            boolean dangling = Stream.of(first, second).anyMatch(half -> half.reading() != null
                    && half.reading().pointsBack() && half.reading().places().stream()
                    .allMatch(p -> p.entity().kind() == EntityKind.COUNTRY));
            Answer both = dangling || SUMMARY.equals(first.route()) || SUMMARY.equals(second.route()) ? null
                    : TwoQuestions.joined(first.answer(), second.answer());
            if (both != null) {
                return new Explanation(question, r, TWO_QUESTIONS, null, both);
            }
        }
        return whole;
    }

    /**
     * "and before that?", «а до этого какая была?» after "Capital: Astana" ({@code first}, its answer as asked):
     * asked again with the question the last answer answered («какая столица казахстана», the conversation keeps it),
     * it is the former capital; null when the question asks more than that, or asked so it finds no fact of what was
     * before. The question's place stays: after the centre of Almaty region, «ал одан бұрын?» is no question about the
     * country's capital.
     */
    private Explanation beforeTheLastAnswer(Explanation first, Question question) {
        String asked = question.context().asked();
        Reading r = first.reading();
        if (asked.isEmpty() || r == null || !Successions.onlyBefore(r)) {
            return null;
        }
        Explanation of = explain(reasked(question, TRAILING_MARKS.matcher(r.text().strip()).replaceAll("") + " "
                + TRAILING_MARKS.matcher(asked.strip()).replaceAll("")), false);
        Candidate w = winner(of);
        return FORMER_ROUTE.equals(of.route()) || of.answer().found() && w != null
                && Successions.FORMER.stream().anyMatch(w.hit().attribute()::startsWith) ? of : null;
    }

    /**
     * "where does that rank in the world?", «а какое это место в мире?», «әлемде нешінші орында?» after a fact whose
     * value gives its rank ("Area: 2,724,900 km² (ninth largest country in the world…)"): that fact again, not
     * another that says "place in the world" (the oil reserves). Only when the question asks for a rank and nothing
     * else ({@code asks.rank}, {@code word.world}, words that point back) and names no place; null otherwise.
     */
    private Explanation theRankOfTheLastFact(Explanation first, Question question) {
        Reading r = first.reading();
        if (r == null || !r.says("asks.rank")) {
            return null; // most questions: no fact is looked up
        }
        Topic topic = question.context();
        Entity about = lastFactsEntity(topic);
        if (about == null || !cards.keys(about).contains(topic.attribute())
                || !r.places().stream().allMatch(p -> p.entity().equals(country)) || !r.foreign().isEmpty()) {
            return null;
        }
        Phrases phrases = Phrases.of(r.language());
        List<int[]> spans = new ArrayList<>(phrases.spans("asks.rank", r.text()));
        spans.addAll(phrases.spans("word.world", r.text()));
        spans.addAll(phrases.spans("word.it", r.text()));
        boolean onlyRank = r.content().stream().allMatch(w -> spans.stream()
                .anyMatch(s -> s[0] <= w.start() && w.end() <= s[1]));
        Answer.FactAnswer fact = onlyRank ? cards.attribute(about, topic.attribute(), Language.EN) : null;
        if (fact == null || Phrases.of(Language.EN).spans("rank.said", fact.body()).isEmpty()) {
            return null;
        }
        return new Explanation(question, r, RANK_ROUTE, null, cards.attribute(about, topic.attribute(), r.language()));
    }

    private static final String RANK_ROUTE = "the last fact, which gives its rank";

    private Explanation explainAlone(Question question) {
        Explanation first = explain(question, false);
        Explanation before = beforeTheLastAnswer(first, question);
        if (before != null) {
            return before;
        }
        Explanation rank = theRankOfTheLastFact(first, question);
        if (rank != null) {
            return rank;
        }
        Explanation elsewhere = theLastQuestionOfAnotherPlace(first, question);
        if (elsewhere != null) {
            return elsewhere;
        }
        Entity shown = first.reading() == null ? null : theSightShown(first.reading(), question.context());
        if (shown != null) {
            // "when was it built?" after the sights of Turkistan: the mausoleum's, not the city's founding
            Explanation of = explain(aboutTheSightShown(first.reading(), question, shown), false);
            Candidate w = winner(of);
            if (factOf(of, shown) && (w == null || w.get(Feature.ALL_COVERED) > 0)) {
                return of;
            }
        }
        if (first.reading() != null && first.answer().found()) {
            Explanation sibling = aSiblingOfTheLastFact(first, question);
            return sibling != null ? sibling : first;
        }
        if (first.reading() == null || Scorer.barred(first.reading()) != null
                && !ofOursBesideAnother(first.reading(), question.context())) {
            // a question the knowledge must not answer (a prediction, an opinion…) is not asked again in other
            // words: «кто будет президентом после него» is no question about the president's own facts
            return first;
        }
        Topic turned = turnToNamed(first.reading(), question.context(), true);
        if (turned != question.context()) {
            Explanation named = explain(question, true);
            return answersOf(named, entities.get(turned.entity())) ? named : first;
        }
        Question meant = aboutTheCountrysThing(first.reading(), question);
        if (meant != null) {
            Explanation thing = explain(meant, false);
            return answersOf(thing, country) && !repeats(thing, question.context()) ? thing
                    : withTheLastWords(first, question);
        }
        Question placed = aboutThePlace(first.reading(), question);
        if (placed != null) {
            Explanation there = explain(placed, false);
            Entity place = entities.get(question.context().entity());
            return (answersOf(there, place) || ofItsNamesake(there, place) || namesIn(there))
                    && !repeats(there, question.context()) ? there : first;
        }
        Question again = aboutTheLastFact(first.reading(), question);
        if (again != null) {
            Explanation of = explain(again, false);
            // "and now?" after Former Names is not answered by the former names again
            boolean stale = repeats(of, question.context()) && asksNowOfAnEarlierFact(first.reading(),
                    question.context());
            return factOf(of, lastFactsEntity(question.context())) && !stale ? of : first;
        }
        ThingsOfThePlace.Named thing = aThingOfThePlace(first.reading(), question.context());
        if (thing != null) {
            Word w = thing.word();
            Explanation of = explain(reasked(question, inPlaceOf(first.reading().text(), w.start(), w.end(),
                    Localizer.fullName(thing.thing(), first.reading().language()))), false);
            if (factOf(of, thing.thing())) {
                return of;
            }
        }
        Question subject = withTheSubject(first.reading(), question);
        if (subject != null) {
            Explanation of = explain(subject, false);
            return factOf(of, entities.get(question.context().entity())) && !repeats(of, question.context())
                    ? of : first;
        }
        Optional<RolePeople.Meant> role = rolePeople.in(first.reading());
        if (role.isPresent()) {
            // "where was the first president born?": asked of Nursultan Nazarbayev, answered by one of his own facts
            Explanation of = explain(reasked(question, byName(first.reading(), role.get())), false);
            return factOf(of, role.get().person()) ? of : first;
        }
        return withTheLastWords(first, question);
    }

    /**
     * What a question about another country asks of ours, for the conversation's next question: "what currency does
     * Uzbekistan use?" and then «а в Казахстане?» asks the currency of Kazakhstan. The question is asked without the
     * other country's name; when a fact of Kazakhstan answers it, the conversation goes on about that fact (the topic
     * of the refusal, still naming what the last answer named), else the refusal's own topic stays.
     */
    private Topic whatItAsksOfOurs(Reading r, Question question) {
        String text = r.text();
        for (String name : r.foreign()) {
            int at = text.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                text = text.substring(0, at) + text.substring(at + name.length());
            }
        }
        Question ours = new Question(text, question.fallback(), Topic.NONE, question.conversation());
        Explanation of = explain(ours, false);
        Candidate w = winner(of);
        if (country == null || !of.answer().found() || w == null || w.hit().kind() != UnitKind.FACT
                || w.hit().entity() != country.id()) {
            return question.context();
        }
        // the person or place the last answer named stays named: "when did he resign?" still asks about him
        return new Topic(country.id(), w.hit().attribute(), question.context().named(), question.context().entity());
    }

    /**
     * "and to Kolsai Lakes?" after "how long is the drive from Almaty to Charyn Canyon" (a passage answered): a
     * follow-up that names one place of ours and asks nothing of its own (no question word, no kind of place: «а что
     * за город Алатау?» asks what Alatau is), joined to the last question ("and", "what about", «а», «ал … ше»), asks
     * the question last answered about that place, read with its name in place of a place that question named: the
     * one the conversation is about first, then the others. Taken when the answer is computed, a fact of that place
     * or a text naming every place asked about; null otherwise, or when a fact of the place already answered
     * ({@link FollowUps}) or a computation did.
     */
    private Explanation theLastQuestionOfAnotherPlace(Explanation first, Question question) {
        Reading r = first.reading();
        Topic topic = question.context();
        if (r == null || topic.asked().isEmpty() || r.places().isEmpty() || r.places().size() > 2
                || r.kind() != AnswerKind.WHAT
                || !r.content().isEmpty() || !r.foreign().isEmpty() || r.words().stream().anyMatch(w ->
                w.role() == Word.Role.QUESTION || w.role() == Word.Role.KIND_WORD) // «а что за город Алатау?»
                || first.answer().found() && !SUMMARY.equals(first.route())
                || !Phrases.of(r.language()).has("word.what_about", Phrases.words(r.text()))) {
            return null;
        }
        Reading last = reader.read(topic.asked(), question.preferred());
        if (r.places().size() == 2) {
            return theLastQuestionOfTwoOtherPlaces(r, last, question);
        }
        Place named = r.places().get(0);
        // the place the conversation is about first, then the others the last question named besides the country:
        // after "how long is the drive from Almaty to Charyn Canyon" (an answer about Almaty), "and to Big Almaty
        // Lake?" is the drive from Almaty to the lake
        List<Place> ours = new ArrayList<>(last.places().stream().filter(p -> !p.entity().equals(country)).toList());
        ours.sort(Comparator.comparing((Place p) -> p.entity().id() != topic.entity()
                && p.alternatives().stream().noneMatch(e -> e.id() == topic.entity())));
        for (Place was : ours) {
            if (was.entity().equals(named.entity())) {
                return null;
            }
            Explanation of = explain(reasked(question, inPlaceOf(last.text(), was.start(), was.end(),
                    r.text().substring(named.start(), named.end()))), false);
            Candidate winner = winner(of);
            // a fact of the whole country that holds in every place (the time zone) is the place's too
            boolean about = winner == null || winner.get(Feature.PLACE) >= 1
                    || country != null && winner.hit().entity() == country.id() && winner.get(Feature.PLACE) > 0
                    || winner.hit().kind() == UnitKind.FACT && (winner.hit().entity() == named.entity().id()
                    || named.alternatives().stream().anyMatch(e -> e.id() == winner.hit().entity()));
            if (of.answer().found() && about) {
                return of;
            }
        }
        return null;
    }

    /**
     * "what about Shymkent from Almaty?" after "how far is Almaty from Astana by road", "and Shymkent to Turkistan?"
     * after a drive's time: the last question, which named two places of ours, asked of the two {@code r} names, in
     * the order both name them. Taken when computed or answered by a text naming both; null otherwise.
     */
    private Explanation theLastQuestionOfTwoOtherPlaces(Reading r, Reading last, Question question) {
        List<Place> was = last.places().stream().filter(p -> !p.entity().equals(country))
                .sorted(Comparator.comparingInt(Place::start)).toList();
        List<Place> now = r.places().stream().sorted(Comparator.comparingInt(Place::start)).toList();
        if (was.size() != 2 || now.stream().anyMatch(p -> p.entity().equals(country))) {
            return null;
        }
        String text = last.text();
        for (int i = 1; i >= 0; i--) { // the later one first, so that the earlier one's place in the text holds
            text = inPlaceOf(text, was.get(i).start(), was.get(i).end(),
                    r.text().substring(now.get(i).start(), now.get(i).end()));
        }
        Explanation of = explain(reasked(question, text), false);
        Candidate winner = winner(of);
        return of.answer().found() && (winner == null || winner.get(Feature.PLACE) >= 1) ? of : null;
    }

    /**
     * True when {@code r}, which names another country and none of ours, points back at the place or sight the talk
     * is about: «а россия его до какого года арендует?» after Baikonur asks about Baikonur, which Russia rents — asked
     * again with its name, it is about Kazakhstan. Not when it asks an opinion, a prediction or live data.
     */
    private boolean ofOursBesideAnother(Reading r, Topic topic) {
        Entity talked = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        return talked != null && OURS_BESIDE_ANOTHER.contains(talked.kind())
                && r.places().isEmpty() && r.pointsBack() && Scorer.barredWhateverNamed(r) == null;
    }

    /** The kinds of place a question about another country may point back at and so be about ours. */
    private static final Set<EntityKind> OURS_BESIDE_ANOTHER = Set.of(EntityKind.CITY, EntityKind.REGION,
            EntityKind.SIGHT);

    /**
     * "and the music?" after "Anthem Lyrics: …": a follow-up of one word, joined to the last question ("and", «а»,
     * «ал»), after a fact of the whole country, is asked again with the last question's words (all, then each), and
     * its answer taken when it is another fact of the country of the same family (a label word in common: Anthem
     * Composer) while the first answer was not (the National Instrument); null otherwise.
     */
    private Explanation aSiblingOfTheLastFact(Explanation first, Question question) {
        Reading r = first.reading();
        Topic topic = question.context();
        if (country == null || r.content().size() != 1 || !r.places().isEmpty() || !r.foreign().isEmpty()
                || !Phrases.of(r.language()).startsWith("word.and", Phrases.words(r.text()))
                || !country.equals(lastFactsEntity(topic))) {
            return null;
        }
        Candidate was = winner(first);
        if (was == null || was.hit().kind() == UnitKind.FACT && sameFamily(was.hit().attribute(), topic.attribute())) {
            return null;
        }
        for (Question again : withTheLastWords(r, question)) {
            Explanation of = explain(again, false);
            Candidate w = winner(of);
            if (of.answer().found() && w != null && w.hit().kind() == UnitKind.FACT && w.hit().entity() == country.id()
                    && !w.hit().attribute().equals(topic.attribute())
                    && sameFamily(w.hit().attribute(), topic.attribute())) {
                return of.keepingWords(topic.words());
            }
        }
        String same = was.hit().kind() == UnitKind.FACT && was.hit().entity() == country.id()
                ? theSameOfAnother(was.hit().attribute(), topic.attribute()) : null;
        if (same != null) {
            // «ал елтаңбаны ше?» after the flag's designer: the emblem's designers, asked by their label
            Explanation of = explain(reasked(question, cards.label(country, same, r.language()).orElseThrow()), false);
            Candidate w = winner(of);
            if (of.answer().found() && w != null && w.hit().entity() == country.id()
                    && w.hit().attribute().equals(same)) {
                return of;
            }
        }
        return null;
    }

    /**
     * The country's fact that asks of the thing {@code thing} names what {@code asked} asked of another: after "flag
     * designer", "and the emblem?" (met by "national emblem") asks for "emblem designers" — a label with a word of
     * {@code thing}, without the word of {@code asked} the most labels share (what it was asked of: "flag"), and with
     * each other word of {@code asked} or a longer form of it ("designer"); null when not exactly one label is such.
     */
    private String theSameOfAnother(String thing, String asked) {
        Set<String> keys = cards.keys(country);
        List<String> thingWords = List.of(thing.split(" "));
        List<String> askedWords = List.of(asked.split(" "));
        // what was asked of: the word of the last label most labels share ("flag" in four, "designer" in one)
        String askedOf = askedWords.stream().max(Comparator.comparingLong(w -> keys.stream()
                .filter(k -> List.of(k.split(" ")).contains(w)).count())).orElseThrow();
        List<String> property = askedWords.stream().filter(w -> !w.equals(askedOf) && !thingWords.contains(w))
                .toList();
        List<String> found = keys.stream().filter(k -> !k.equals(thing) && !k.equals(asked)).filter(k -> {
            List<String> words = List.of(k.split(" "));
            return !words.contains(askedOf) && words.stream().anyMatch(thingWords::contains)
                    && !property.isEmpty() && property.stream().allMatch(p -> words.stream()
                    .anyMatch(w -> w.startsWith(p) || p.startsWith(w)));
        }).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** True when two attributes' names share a word ("anthem lyrics", "anthem composer"). */
    private static boolean sameFamily(String one, String other) {
        Set<String> words = new HashSet<>(List.of(one.split(" ")));
        return Arrays.stream(other.split(" ")).anyMatch(words::contains);
    }

    /**
     * {@code first}, a question that found no answer, asked again with the meaningful words of the question last
     * answered ({@link #withTheLastWords(Reading, Question)}); {@code first} when none of those finds one.
     */
    private Explanation withTheLastWords(Explanation first, Question question) {
        List<Question> withWords = withTheLastWords(first.reading(), question);
        for (int i = 0; i < withWords.size(); i++) {
            Explanation of = explain(withWords.get(i), false);
            Candidate winner = winner(of);
            // with one of the words only, a fact's label must have matched: a text that shares one word is no answer
            boolean sure = i == 0 || winner != null && winner.hit().kind() == UnitKind.FACT;
            // the same fact again answers "when?" when it says when: «кашан кабылданды» after the flag, "adopted on 4
            // June 1992"
            boolean saysWhen = first.reading().kind() == AnswerKind.WHEN && winner != null
                    && winner.get(Feature.KIND) > 0 && winner.get(Feature.ALL_COVERED) > 0;
            if (of.answer().found() && of.reading() != null && of.reading().language() == first.reading().language()
                    && sure && (saysWhen || !repeats(of, question.context()))) {
                // the talk stays on the same thing: «а приняли когда?» after its author is still about the emblem
                return of.keepingWords(question.context().words());
            }
        }
        return first;
    }

    /**
     * {@code question} with the meaningful words of the question last answered added, when it names no place, ours
     * or not, and either points back («а кто его автор?» after "what is on the emblem") or says little (two meaningful
     * words at most: «а приняли когда?»): with all of them, then with each alone (which of "what is depicted on the
     * emblem" was its subject is not known); none otherwise, or when it holds those words already.
     */
    private static List<Question> withTheLastWords(Reading r, Question question) {
        String words = question.context().words();
        if (words.isEmpty() || !r.places().isEmpty() || !r.foreign().isEmpty()) {
            return List.of();
        }
        if (!r.pointsBack() && r.content().size() > 2) {
            return List.of();
        }
        Set<String> own = new HashSet<>();
        r.content().forEach(w -> own.add(w.surface().toLowerCase(Locale.ROOT)));
        List<String> news = Arrays.stream(words.split(" "))
                .filter(w -> !own.contains(w.toLowerCase(Locale.ROOT))).toList();
        List<Question> out = new ArrayList<>();
        if (!news.isEmpty()) {
            out.add(reasked(question, question.text() + " " + String.join(" ", news)));
        }
        if (news.size() > 1) {
            news.forEach(w -> out.add(reasked(question, question.text() + " " + w)));
        }
        return out;
    }

    /**
     * {@code question} with the name of the place talked about in place of the word that points at it ("what was its
     * Soviet name?" after Aktau is asked as "what was Aktau Soviet name?"). Null when nothing points at a place, or the
     * question names one. Its answer counts only when it is a fact of the place or computed from the facts
     * ({@link #answersOf}): a passage that names the place beside other things ("when was Baikonur built" meets the
     * town's lease, until 2050) is no answer about it.
     */
    private Question aboutThePlace(Reading r, Question question) {
        Topic topic = question.context();
        Entity place = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (place == null || place.equals(country) || place.kind() == EntityKind.PERSON || !r.places().isEmpty()
                || !r.foreign().isEmpty() && !ofOursBesideAnother(r, topic)) {
            return null;
        }
        List<int[]> it = Phrases.of(r.language()).spans("word.it", r.text());
        if (it.isEmpty()) {
            return null;
        }
        // "from there" keeps its "from": only the last word of the words that point is the place
        int start = Math.max(it.get(0)[0], r.text().lastIndexOf(' ', it.get(0)[1] - 1) + 1);
        return reasked(question, inPlaceOf(r.text(), start, it.get(0)[1], Localizer.fullName(place, r.language())));
    }

    /**
     * The sight that "it" means after the sights of a place (the last answer): the only one shown, else the one the
     * place's Known For names — "when was it built?", «оны кім салдырған?», «қай ғасырда салынған?» after what to see
     * in Turkistan ask about the Mausoleum of Khoja Ahmed Yasawi, not the city. Null when {@code r} names a place,
     * says "there" rather than "it" («сколько там живёт» is the city's), or says nothing that points back and is not
     * short enough to leave its subject out ({@link #SUBJECT_LEFT_OUT_MAX_WORDS}), or no one sight is meant.
     */
    private Entity theSightShown(Reading r, Topic topic) {
        if (!topic.attribute().equals(Sights.TOPIC) || !r.places().isEmpty() || !r.foreign().isEmpty()) {
            return null; // asked of every question: what is cheapest to rule out first
        }
        Entity place = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (place == null) {
            return null;
        }
        boolean thing = !Phrases.of(r.language()).spans("word.it_thing", r.text()).isEmpty();
        if (!thing && (r.pointsBack() || r.content().size() > SUBJECT_LEFT_OUT_MAX_WORDS
                || r.content().isEmpty())) {
            return null;
        }
        List<Entity> listed = topic.listed().stream().map(entities::get)
                .filter(e -> e != null && !e.equals(place)).toList();
        return listed.size() == 1 ? listed.get(0) : computations.landmarkOf(place, listed);
    }

    /** {@code question} asked of {@code sight}: its name in place of "it", else after the question. */
    private static Question aboutTheSightShown(Reading r, Question question, Entity sight) {
        List<int[]> it = Phrases.of(r.language()).spans("word.it_thing", r.text());
        String name = Localizer.fullName(sight, r.language());
        return reasked(question, it.isEmpty() ? r.text().strip() + " " + name
                : inPlaceOf(r.text(), it.get(0)[0], it.get(0)[1], name));
    }

    /**
     * The thing of the place talked about that a word of {@code r} names («а мавзолей когда построили» after Turkistan:
     * the Mausoleum of Khoja Ahmed Yasawi), among the places the last answer listed, else the sights of the city talked
     * about ({@link ThingsOfThePlace}); null when the question names a place, or no such thing, or several.
     */
    private ThingsOfThePlace.Named aThingOfThePlace(Reading r, Topic topic) {
        Entity place = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (place == null || !r.places().isEmpty() || !r.foreign().isEmpty()) {
            return null;
        }
        List<Entity> things = new ArrayList<>();
        for (long id : topic.listed()) {
            Entity e = entities.get(id);
            if (e != null && !e.equals(place)) {
                things.add(e);
            }
        }
        if (things.isEmpty() && place.kind() == EntityKind.CITY) {
            things.addAll(computations.sightsIn(place));
        }
        return things.isEmpty() ? null : ThingsOfThePlace.of(r, things);
    }

    /**
     * {@code question} with the name of the place, sight or person talked about added, when the question leaves its
     * subject out, as Russian and Kazakh often do («когда построили?», «қашан салынған?», "since when?" after
     * Baiterek): a short question that names nothing and points at nothing. Null otherwise. Its answer counts only
     * when it is one of the subject's own facts ({@link #factOf}).
     */
    private Question withTheSubject(Reading r, Question question) {
        Topic topic = question.context();
        Entity subject = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (subject == null || subject.equals(country) || !r.places().isEmpty() || !r.foreign().isEmpty()
                || r.content().size() > SUBJECT_LEFT_OUT_MAX_WORDS
                || r.pointsBack()
                || !Phrases.of(r.language()).spans("word.person", r.text()).isEmpty()) {
            return null;
        }
        return reasked(question, r.text().strip() + " " + Localizer.fullName(subject, r.language()));
    }

    /**
     * {@code question}, a question word and nothing else ("and when?", «а когда?», «ал қайда?»), asked once more of the
     * last answer's fact: its label and the name of what it was about («кто основал Казахское ханство?» — «а когда?»
     * is asked as «а когда Основание Казахского ханства»). Null when the question says anything more, or the last
     * answer was no fact. Its answer counts only when it is a fact of the same place or thing ({@link #factOf}), the
     * same fact again included: it may well say when, too.
     */
    private Question aboutTheLastFact(Reading r, Question question) {
        Topic topic = question.context();
        Entity about = lastFactsEntity(topic);
        boolean now = Phrases.of(r.language()).has("word.now", Phrases.words(r.text())); // "and now?"
        if (about == null || topic.attribute().isEmpty() || !r.content().isEmpty() || !r.places().isEmpty()
                || !r.foreign().isEmpty() || r.kind() == AnswerKind.WHAT && !now || r.kind() == AnswerKind.YES_NO) {
            return null;
        }
        Optional<String> label = cards.label(about, topic.attribute(), r.language());
        if (label.isEmpty()) {
            return null;
        }
        String name = about.equals(country) ? "" : " " + Localizer.fullName(about, r.language());
        return reasked(question, r.text().strip() + " " + nowOf(label.get(), r) + name);
    }

    /**
     * Whose fact the last answer gave: the place or thing talked about when it has the attribute, else the country when
     * it has it — in a conversation about Almaty, "who was the first president?" is the country's fact, and the place
     * talked about stays Almaty; null when neither has it.
     */
    private Entity lastFactsEntity(Topic topic) {
        Entity place = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (topic.attribute().isEmpty() || place != null && cards.label(place, topic.attribute(), Language.EN).isPresent()) {
            return place;
        }
        return country != null && cards.label(country, topic.attribute(), Language.EN).isPresent() ? country : null;
    }

    /** True when {@code r} asks of now after a fact of an earlier time ("and now?" after the First President). */
    private boolean asksNowOfAnEarlierFact(Reading r, Topic topic) {
        Entity about = lastFactsEntity(topic);
        Optional<String> label = about == null ? Optional.empty() : cards.label(about, topic.attribute(), r.language());
        return label.isPresent() && !nowOf(label.get(), r).equals(label.get());
    }

    /**
     * {@code label} without its words of an earlier time ("First President" → "President") when {@code r} asks of now
     * («а щас кто?» after the first president asks who is president now); {@code label} itself otherwise.
     */
    private static String nowOf(String label, Reading r) {
        Phrases phrases = Phrases.of(r.language());
        if (!phrases.has("word.now", Phrases.words(r.text()))) {
            return label;
        }
        List<String> kept = new ArrayList<>();
        for (String w : label.split(" ")) {
            if (!phrases.has("word.earlier", Phrases.words(w))) {
                kept.add(w);
            }
        }
        return kept.isEmpty() ? label : String.join(" ", kept);
    }

    /** True when {@code e} found one of {@code about}'s own facts, or an answer computed from the facts. */
    private static boolean factOf(Explanation e, Entity about) {
        if (!e.answer().found() || about == null) {
            return false;
        }
        Candidate winner = winner(e);
        return winner == null || winner.hit().kind() == UnitKind.FACT && winner.hit().entity() == about.id();
    }

    /**
     * True when {@code e}'s answer is the fact the last answer gave: asked again about the thing that fact was about,
     * a question wants something new ("when was he born?" after "Anthem Composer: Shamshi Kaldayakov (music, 1956)"
     * is not answered by that fact's 1956).
     */
    private static boolean repeats(Explanation e, Topic last) {
        Candidate winner = winner(e);
        return winner != null && winner.hit().kind() == UnitKind.FACT && winner.hit().entity() == last.entity()
                && winner.hit().attribute().equals(last.attribute());
    }

    /**
     * True when {@code e}, asked again about {@code about}, found an answer that is about it: for a person any answer;
     * for a thing one computed from the facts or one of its own facts — a passage that merely names it ("how deep is
     * it?" after "Largest Lake: the Caspian Sea" met the Karagiye Depression beside the Caspian) is no answer.
     */
    private static boolean answersOf(Explanation e, Entity about) {
        return about != null && about.kind() == EntityKind.PERSON ? e.answer().found() : factOf(e, about);
    }

    /**
     * True when {@code e}, asked again with the name of the place talked about in place of the word that pointed at
     * it, answered with a text that names it wholly ({@link Feature#PLACE}) and holds what is asked: "when was it
     * built?" after Baikonur is answered by the passage on the town's founding in 1955. Not for a question that
     * leaves its subject out («а мавзолей когда построили» after Turkistan is about the mausoleum, which a passage on
     * the city may merely mention: blind +1 right, +1 wrong with it).
     */
    private static boolean namesIn(Explanation e) {
        Candidate winner = winner(e);
        AnswerKind kind = e.reading().kind();
        return e.answer().found() && winner != null && winner.hit().kind() != UnitKind.FACT
                && winner.get(Feature.PLACE) >= 1 && winner.get(Feature.KIND) > 0 && STRICT_KINDS.contains(kind);
    }

    /**
     * True when {@code e} answered with a fact of a sight named after {@code place}: "who flew from there first?" after
     * the town of Baikonur is answered by the Baikonur Cosmodrome's Firsts.
     */
    private boolean ofItsNamesake(Explanation e, Entity place) {
        Candidate winner = winner(e);
        return e.answer().found() && place != null && winner != null && winner.hit().kind() == UnitKind.FACT
                && namesakes.getOrDefault(winner.hit().entity(), Set.of()).contains(place.id());
    }

    /** The candidate {@code e} chose, null when it answered without scoring (a computed answer, small talk). */
    private static Candidate winner(Explanation e) {
        return e.decision() == null ? null : e.decision().winner();
    }

    /**
     * {@code question} with the thing the last answer's fact of the whole country was about in place of "it" ("who
     * designed the National Flag?" for "who designed it?" after "National Flag: sky blue…"); null when it does not
     * point at one.
     */
    private Question aboutTheCountrysThing(Reading r, Question question) {
        Topic topic = question.context();
        if (country == null || topic.entity() != country.id() || topic.attribute().isEmpty()) {
            return null;
        }
        List<int[]> it = Phrases.of(r.language()).spans("word.it", r.text());
        Optional<String> label = cards.label(country, topic.attribute(), r.language());
        if (it.isEmpty() || label.isEmpty()) {
            return null;
        }
        return reasked(question, inPlaceOf(r.text(), it.get(0)[0], it.get(0)[1], label.get()));
    }

    private Explanation explain(Question question, boolean again) {
        String text = clip(question.text());
        if (text.isBlank()) {
            Language language = question.preferred();
            return new Explanation(question, null, "empty", null,
                    new Answer.DontKnow("", Messages.get(language).say("empty_question"), List.of(), language));
        }
        var command = CommandCall.parse(text);
        if (command.isPresent()) {
            Language language = command.get().argument().isBlank() ? question.preferred()
                    : LanguageGuess.of(command.get().argument(), question.preferred()).language();
            return new Explanation(question, null, "command", null, commands.run(command.get(), language));
        }
        Reading asked = reader.read(text, question.preferred());
        Answer chat = smallTalk.reply(asked);
        if (chat != null) {
            return new Explanation(question, asked, "small talk", null, chat);
        }
        Topic topic = question.context();
        Optional<Ordinals.Pointed> pointed = Ordinals.pointing(asked, topic);
        Reading r = asked;
        if (pointed.isPresent() && entities.get(pointed.get().place()) != null) {
            // "how many people live in the third one?" after a ranking: read with the third place's name in its stead
            Ordinals.Pointed p = pointed.get();
            r = naming(asked, p.start(), p.end(), entities.get(p.place()), question);
            topic = topic.at(p.place());
        }
        Entity region = regionOfTheCityTalkedAbout(r, topic);
        if (region != null) {
            // "and of the region?", «ал облыстың халқы ше» after Turkistan's population: the region of Turkistan; «а в
            // области?» loses its «в», which would ask whether the city is in its own region
            int[] span = Phrases.of(r.language()).spans("word.region", r.text()).get(0);
            r = naming(r, withTheWordBefore(r, span[0]), span[1], region, question);
        }
        Entity city = region != null ? null : cityOfTheRegionTalkedAbout(r, topic);
        if (city != null) {
            // "and the city?", «а города?» after Aktobe region's population: the city of Aktobe, its centre
            int[] span = Phrases.of(r.language()).spans("word.city", r.text()).get(0);
            r = naming(r, withTheWordBefore(r, span[0]), span[1], city, question);
            topic = topic.at(city.id());
        }
        Entity centre = centreTalkedAbout(r, topic);
        if (centre != null) {
            // «ал облыс орталығында қанша адам тұрады?» after Temirtau's region: read with Karaganda's name instead
            int[] span = Phrases.of(r.language()).spans("word.regional_centre", r.text()).get(0);
            r = naming(r, span[0], span[1], centre, question);
            topic = topic.at(centre.id());
        }
        Reading chosen = theTwoTalkedAbout(r, topic);
        if (chosen != null) {
            // "which of the two is the capital?" after Almaty and Astana: "which is the capital, Almaty or Astana?"
            r = chosen;
        }
        String passport = Visas.askedOfAnotherPassport(r, topic);
        if (passport != null) {
            // "what about indians?" after a visa answer: "what about indians visa"
            r = reader.read(passport, question.preferred());
        }
        Reading there = theOneTalkedAboutBeside(r, topic, question);
        if (there != null) {
            // "how long is the drive there from almaty" after Charyn Canyon: "the drive Charyn Canyon from almaty"
            r = there;
        }
        RolePlaces.Meant roleBeside = r.has(Signal.DISTANCE) ? roles.besideOnePlace(r) : null;
        if (roleBeside != null) {
            // "how far is almaty from the capital": "how far is almaty from the Astana"
            int start = r.words().get(roleBeside.words().stream().min(Integer::compare).orElseThrow()).start();
            int end = r.words().get(roleBeside.words().stream().max(Integer::compare).orElseThrow()).end();
            r = reader.read(inPlaceOf(r.text(), start, end, Localizer.fullName(roleBeside.place(), r.language())),
                    question.preferred());
        }
        Topic toNamed = turnToNamed(r, topic, again);
        String pointing = again && toNamed != topic ? pointingAt(entities.get(toNamed.entity()), topic, true) : null;
        List<int[]> he = pointing == null ? List.of() : Phrases.of(r.language()).spans(pointing, r.text());
        if (!he.isEmpty()) {
            // "when did he take office?" after "President: Kassym-Jomart Tokayev": read with his name for "he"
            r = naming(r, he.get(0)[0], he.get(0)[1], entities.get(toNamed.entity()), question);
        }
        // «сколько лет может быть президентом» asks for the term (Signal.TERM), not the president's age
        Optional<RolePeople.Meant> role = r.says("asks.age") && !r.has(Signal.TERM) ? rolePeople.in(r)
                : Optional.empty();
        if (role.isPresent() && onlyTheRoleAndAge(r, role.get())) {
            r = reader.read(byName(r, role.get()), question.preferred()); // «сколько лет президенту?» asks his age
        }
        Topic sightsCity = sightsCityPointedAt(r, toNamed);
        topic = sightsCity != toNamed ? sightsCity : regionPointedAt(r, toNamed);
        Entity context = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        Entity before = topic.previous() >= 0 ? entities.get(topic.previous()) : null;
        // a place of another country named is the other place asked about, not the one talked about: "is bishkek
        // bigger than shymkent" after Almaty compares Shymkent with Bishkek, which no fact of ours measures
        boolean elsewhereNamed = !r.foreign().isEmpty();
        Answer computed = Scorer.barred(r) != null ? null : elsewhereNamed ? computations.answer(r, null, null, topic)
                : computations.answer(r, context, before, topic);
        if (computed != null) {
            return new Explanation(question, r, "computed from the facts", null, computed);
        }
        Optional<String> list = Scorer.veto(r) == null ? ListRequests.command(r) : Optional.empty();
        if (list.isPresent()) {
            return new Explanation(question, r, "a list asked for: /" + list.get(), null,
                    commands.run(new CommandCall(list.get(), "", ""), r.language()));
        }
        // a vetoed question is no follow-up either: «қырғызстанда қанша қар барысы бар» after the snow leopard's day
        Answer followUp = Scorer.veto(r) == null ? followUps.answer(r, topic) : null;
        // the capital of a foreign place named beside the role is not ours ("whats the capital of kyrgyzstan")
        Entity byRole = followUp != null || topic.attribute().isEmpty() || context == null || context.equals(country)
                || !r.foreign().isEmpty() ? null
                : roles.alone(r, context, attributes.matches(r.words(), r.language(), r.kind()));
        if (byRole != null && !byRole.equals(context)) {
            // "and the capital?" after Almaty's population: the capital's population, asked as "and Astana?" is
            followUp = followUps.answer(reader.read(Localizer.fullName(byRole, r.language()), r.language()), topic);
        }
        if (followUp != null) {
            return new Explanation(question, r, "follow-up: the last question's attribute, of the place named", null,
                    followUp);
        }
        // "what did Oskemen use to be called" asks for its former names, not for the place; "which city used to be
        // called Verny" for the place
        String typed = r.text();
        boolean formerName = r.has(Signal.EARLIER) && r.says("asks.name") && r.places().stream()
                .anyMatch(p -> names.ownName(p.entity(), typed.substring(p.start(), p.end())));
        // whether something is found, or how many there are, in another country is not told by our summary of it
        // ("are there snow leopards in Kyrgyzstan"); what it is, is ("tell me about Almaty and Bishkek": Almaty's)
        boolean elsewhere = !r.foreign().isEmpty() && !r.countryNamed()
                && (r.kind() == AnswerKind.YES_NO || r.kind() == AnswerKind.HOW_MANY);
        if (context == null && Computations.fromOnePlaceAlone(r)) {
            // «алматыдан қанша км», "how far from almaty", with nothing talked about: a text that gives a distance
            // from there gives it to somewhere not asked, and the place's summary gives none
            return new Explanation(question, r, "a distance from one place to none named", null, dontKnow.to(r));
        }
        // more only after an answer, or at the start: «подробнее» after "I don't know" says nothing of what more
        boolean more = r.says("asks.more") && r.content().isEmpty();
        Entity detailed = more && Scorer.veto(r) == null && (topic.entity() < 0 || !topic.asked().isEmpty())
                ? placeNamedOr(r, context) : null;
        if (more && detailed == null) {
            // «подробнее» after "I don't know" or about the whole country: no summary of a place it does not name
            return new Explanation(question, r, "more asked of nothing answered", null, dontKnow.to(r));
        }
        if (detailed != null) {
            // "tell me more about it", «подробнее», «толығырақ айтшы»: everything known of the place, not its summary
            Answer.Reply card = cards.card(detailed, r.language(), CARD_LIMIT);
            return new Explanation(question, r, "more asked: the whole card", null, new Answer.FactAnswer(
                    card.title(), card.body(), card.sources(), card.choices(), card.language(), card.topic()));
        }
        if ((r.content().isEmpty() || KindOfQuestion.asks(r)) && Scorer.veto(r) == null && !formerName
                && !elsewhere) {
            Answer card = placeSummary(r);
            if (card != null && SummaryFit.answers(r.kind(), r.has(Signal.MEASURE), card)
                    && (!r.has(Signal.MADE_OF) || UnitFlags.namesMaterial(card.body()))
                    && (!r.has(Signal.PRICE) || UnitFlags.namesMoney(card.body()))) {
                return new Explanation(question, r, SUMMARY, null, card);
            }
        }
        Entity sightAsked = computations.sightWithItsPlace(r.places().stream().map(Place::entity)
                .filter(e -> e.kind() != EntityKind.COUNTRY).toList());
        if (sightAsked != null) {
            // «что за памятник на площади Ордабасы в Шымкенте»: the city says where the square is; its own facts
            // are not what is asked
            r = r.withPlaces(r.places().stream().filter(p -> p.entity().kind() == EntityKind.COUNTRY
                    || p.entity().equals(sightAsked)).toList());
        }
        List<Candidate> gathered = new ArrayList<>(gather(r, topic, context));
        Reading read = r;
        // a fact's value is at hand; a passage's text would be read from the index for nothing
        gathered.removeIf(c -> c.hit().kind() == UnitKind.FACT && Echo.of(read, c.hit(), hits.text(c.hit())));
        List<Candidate> regions = WhichPlaces.of(r, gathered, entities::get);
        if (!regions.isEmpty()) {
            return new Explanation(question, r, "the regions whose descriptions hold every word", null,
                    together(regions, r));
        }
        List<Candidate> cities = WhichPlaces.along(r, gathered, entities::get);
        if (!cities.isEmpty()) {
            return new Explanation(question, r, "the cities whose facts name the thing asked about", null,
                    together(cities, r));
        }
        Decision decision = scorer.decide(r, gathered);
        // the fact asked of need not be sure: every word of the question names it, or asks before
        Answer wasBefore = decision.winner() != null ? formerOf(r, decision.winner()) : null;
        if (wasBefore != null) {
            // «а до этого какой город был столицей»: the winner "Capital: Astana" is now; the former capital answers
            return new Explanation(question, r, FORMER_ROUTE, decision, wasBefore);
        }
        List<Candidate> siblings = decision.answered() ? Siblings.of(r, decision.winner(), decision.ranked())
                : List.of();
        Answer answer = !decision.answered() ? dontKnow.to(r)
                // the next question follows up on the winner's fact
                : !siblings.isEmpty() ? together(Stream.concat(Stream.of(decision.winner()), siblings.stream())
                        .toList(), r).about(renderer.render(decision.winner(), r).topic())
                : followUps.namingPlace(followUps.keepingPlace(renderer.render(decision.winner(), r), r, context),
                        decision.winner());
        return new Explanation(question, r, "scored", decision, answer);
    }

    /** What {@code winner}, a fact, was before, when {@code r} asks that ({@link Successions#former}); else null. */
    private Answer formerOf(Reading r, Candidate winner) {
        Hit hit = winner.hit();
        return hit.kind() != UnitKind.FACT ? null : computations.former(r, entities.get(hit.entity()),
                hit.attribute(), attributes.forms(hit.attribute()));
    }

    /** The answers of {@code found}, each rendered as it would win alone, one after the other. */
    private Answer together(List<Candidate> found, Reading r) {
        List<String> bodies = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Candidate c : found) {
            Answer one = renderer.render(c, r);
            bodies.add(one.body());
            one.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        }
        return new Answer.FactAnswer("", String.join("\n", bodies), sources, List.of(), r.language());
    }

    /** {@code question} asked once more as {@code text}, in the same conversation. */
    private static Question reasked(Question question, String text) {
        return new Question(text, question.fallback(), question.context(), question.conversation());
    }

    /**
     * True when every content word of {@code r} is a word of the role or of asking an age: «сколько лет президенту»
     * asks his age, «на сколько лет избирают президента» the length of a term.
     */
    private static boolean onlyTheRoleAndAge(Reading r, RolePeople.Meant meant) {
        List<int[]> age = Phrases.of(r.language()).spans("asks.age", r.text());
        return r.words().stream().allMatch(w -> w.role() != Word.Role.CONTENT
                || meant.start() <= w.start() && w.end() <= meant.end()
                || age.stream().anyMatch(span -> span[0] <= w.start() && w.end() <= span[1]));
    }

    /** {@code r}'s text with the person's name in place of the words of the role ("the president"). */
    private static String byName(Reading r, RolePeople.Meant meant) {
        return inPlaceOf(r.text(), meant.start(), meant.end(), Localizer.fullName(meant.person(), r.language()));
    }

    /** Words besides "region" a question about the city's region may hold: the measure asked, "population". */
    static final int MORE_WORDS_OF_THE_REGION = 1;

    /**
     * The region of the city the conversation is about, when a question that names no place, asks neither which
     * region nor for a ranking, and holds at most {@link #MORE_WORDS_OF_THE_REGION} other meaningful word speaks of
     * "the region" ("and of the region?", «ал облыстың халқы ше»); null otherwise.
     */
    private Entity regionOfTheCityTalkedAbout(Reading r, Topic topic) {
        Entity talked = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        return talked == null || talked.kind() != EntityKind.CITY || !asksOfTheKindAlone(r, topic, "word.region") ? null
                : computations.regionOfCity(talked);
    }

    /**
     * True when {@code r} names no place, asks neither which one nor for a ranking, asks what, how many or when («қала
     * қашан салынған?» after a region: its centre's founding), and speaks of a kind of place ({@code kindWord}:
     * "word.region", "word.city") with at most {@link #MORE_WORDS_OF_THE_REGION} other meaningful word — the figure
     * asked ("population"); the kind's word alone asks the last question's figure, which {@code topic} must then have.
     */
    private static boolean asksOfTheKindAlone(Reading r, Topic topic, String kindWord) {
        Phrases phrases = Phrases.of(r.language());
        if (!r.places().isEmpty() || r.has(Signal.WHICH) || r.has(Signal.RANK) || Rankings.asksForRanking(r)
                || r.kind() != AnswerKind.WHAT && r.kind() != AnswerKind.HOW_MANY && r.kind() != AnswerKind.WHEN
                || phrases.spans(kindWord, r.text()).isEmpty()) {
            return false;
        }
        long others = r.content().stream().filter(w -> !phrases.has(kindWord, Phrases.words(w.surface()))).count();
        return others <= MORE_WORDS_OF_THE_REGION && (others > 0 || !topic.attribute().isEmpty());
    }

    /**
     * The administrative centre of the region the conversation is about, when a question asks of "the city" as
     * {@link #regionOfTheCityTalkedAbout} asks of "the region" ("and the city?" after Aktobe region's population: the
     * city of Aktobe); null otherwise.
     */
    private Entity cityOfTheRegionTalkedAbout(Reading r, Topic topic) {
        Entity talked = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        Phrases phrases = Phrases.of(r.language());
        // «самого города», "the largest city" rank the region's cities, or ask something else
        boolean superlative = r.content().stream().anyMatch(w -> phrases.has("word.superlative",
                Phrases.words(w.surface())));
        return talked == null || talked.kind() != EntityKind.REGION || superlative
                || !phrases.spans("word.region", r.text()).isEmpty() || !asksOfTheKindAlone(r, topic, "word.city")
                ? null : computations.centreOf(talked);
    }

    /**
     * {@code r} asked of the last two places or people talked about, named after it as a choice ("which of the two is
     * the capital?" after Almaty and Astana: "which is the capital, Almaty or Astana?"; «екеуінің қайсысы жасы үлкен?»
     * after two people), when it asks which of the two and names none; null otherwise. Not after a list of more than
     * two, nor for a ranking ("which of them is the biggest?" ranks the list), nor for a comparison by a measure,
     * which takes the two itself ({@link Computations#comparesByMeasure}), even two of one name (Karaganda and its
     * region), which a question naming both would read as one.
     */
    private Reading theTwoTalkedAbout(Reading r, Topic topic) {
        Entity last = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        Entity first = topic.previous() >= 0 ? entities.get(topic.previous()) : null;
        if (last == null || first == null || last.equals(first)
                || last.kind() == EntityKind.COUNTRY || first.kind() == EntityKind.COUNTRY || topic.listed().size() > 2
                || r.has(Signal.RANK) || r.places().stream().anyMatch(p -> p.entity().kind() != EntityKind.COUNTRY)
                || Computations.comparesByMeasure(r)) {
            return null;
        }
        Phrases phrases = Phrases.of(r.language());
        List<int[]> spans = phrases.spans("word.which_of_two", r.text());
        if (spans.isEmpty()) {
            return null;
        }
        int[] span = spans.get(0);
        String which = phrases.singleWords("choice.which").get(0);
        String or = phrases.singleWords("choice.or").get(0);
        String asked = withoutEndMarks(inPlaceOf(r.text(), span[0], span[1], which));
        return reader.read(asked + ", " + Localizer.fullName(first, r.language()) + " " + or + " "
                + Localizer.fullName(last, r.language()), r.language());
    }

    /**
     * {@code r} with the place talked about named in the stead of a word that points at it as a destination
     * ({@code word.to_there}: "there", «туда», «ол жерге»), when another place is named after that word
     * ("…from almaty"), so that both are the question's places — or, asking how long it takes from a place named and
     * nothing else, with the place talked about named after it; null otherwise. A place named before the word is
     * what the word points at ("almaty, how do i get there").
     */
    private Reading theOneTalkedAboutBeside(Reading r, Topic topic, Question question) {
        Entity talked = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (talked == null || talked.kind() == EntityKind.COUNTRY) {
            return null;
        }
        List<Place> named = r.places().stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY).toList();
        if (named.size() != 1 || named.get(0).entity().equals(talked)) {
            return null;
        }
        List<int[]> spans = Phrases.of(r.language()).spans("word.to_there", r.text());
        if (spans.isEmpty() && r.kind() == AnswerKind.HOW_LONG && r.content().isEmpty()
                && Computations.measuredFrom(r, 0)) {
            // «а скока ехать из алматы?» after Charyn Canyon: how long from Almaty to the canyon
            return reader.read(withoutEndMarks(r.text()) + " " + Localizer.fullName(talked, r.language()),
                    question.preferred());
        }
        if (spans.isEmpty() || named.get(0).start() < spans.get(0)[1]
                || r.says("word.there_is")) { // "is there a metro in almaty" points at nothing
            return null;
        }
        int[] span = spans.get(0);
        Phrases phrases = Phrases.of(r.language());
        List<String> from = phrases.singleWords("distance.from");
        if (!from.isEmpty() && phrases.has("word.from_there", Phrases.words(r.text().substring(span[0], span[1])))) {
            // «а оттуда до Туркестана?»: the way starts at the place talked about, and the conversation goes on
            // about the other end (Computations)
            return reader.read(inPlaceOf(r.text(), span[0], span[1],
                    from.get(0) + " " + Localizer.fullName(talked, r.language())), question.preferred());
        }
        return naming(r, span[0], span[1], talked, question);
    }

    /**
     * The administrative centre of the region the conversation is about — the region itself, or the region of the
     * city talked about — when a question that names no place and ranks nothing speaks of "the regional centre";
     * null otherwise.
     */
    private Entity centreTalkedAbout(Reading r, Topic topic) {
        if (!r.places().isEmpty() || topic.entity() < 0 || r.has(Signal.RANK) || Rankings.asksForRanking(r)
                || Phrases.of(r.language()).spans("word.regional_centre", r.text()).isEmpty()) {
            return null;
        }
        Entity talked = entities.get(topic.entity());
        Entity region = talked == null ? null : talked.kind() == EntityKind.REGION ? talked
                : talked.kind() == EntityKind.CITY ? computations.regionOfCity(talked) : null;
        return region == null ? null : computations.centreOf(region);
    }

    /**
     * Where one of the two words before {@code start} begins when it puts a place in a region («в», "in" of "in the
     * region"), else {@code start}.
     */
    private static int withTheWordBefore(Reading r, int start) {
        String before = r.text().substring(0, start).stripTrailing();
        for (int words = 0; words < 2 && !before.isEmpty(); words++) {
            int from = before.lastIndexOf(' ') + 1;
            if (Phrases.of(r.language()).has("word.in_region", before.substring(from))) {
                return from;
            }
            before = before.substring(0, from).stripTrailing();
        }
        return start;
    }

    /** {@code r} read again with {@code e}'s full name in place of its characters from {@code start} to {@code end}. */
    private Reading naming(Reading r, int start, int end, Entity e, Question question) {
        return reader.read(inPlaceOf(r.text(), start, end, Localizer.fullName(e, r.language())), question.preferred());
    }

    /** {@code text} without the spaces and question, exclamation or full stops it ends with. */
    private static String withoutEndMarks(String text) {
        return text.strip().replaceAll("[?!.]+$", "");
    }

    /** {@code text} with {@code name} in place of its characters from {@code start} to {@code end} (a pronoun). */
    private static String inPlaceOf(String text, int start, int end, String name) {
        return text.substring(0, start) + name + text.substring(end);
    }

    /**
     * The conversation turned to the person or thing the last answer named, when the question points at one ("when
     * was he elected?" after "President: Kassym-Jomart Tokayev"); {@code topic} as it is otherwise.
     *
     * @param again whether the question is asked again, having found no answer about the place talked about: "how
     *              long is it?" after "Astana — River Flowing Through: Ishim" is about the river only then
     */
    private Topic turnToNamed(Reading r, Topic topic, boolean again) {
        Entity named = topic.named() >= 0 ? entities.get(topic.named()) : null;
        Entity talked = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (named != null && named.kind() == EntityKind.SIGHT && (talked == null || talked.kind() != EntityKind.SIGHT)
                && r.places().isEmpty() && r.words().stream().anyMatch(w -> w.names() == EntityKind.SIGHT)) {
            return topic.at(named.id()); // "how long is that river?" after "Longest River: the Irtysh"
        }
        if (talked != null && talked.kind() == EntityKind.PERSON && !topic.attribute().isEmpty() && r.places().isEmpty()
                && !Phrases.of(r.language()).spans("word.there", r.text()).isEmpty()) {
            // "what is there to see?" after where Al-Farabi was born: a person has no "there", the place his fact
            // names has (Otrar)
            Optional<Entity> there = cards.placeSaidBy(talked, topic.attribute());
            if (there.isPresent()) {
                return topic.at(there.get().id());
            }
        }
        String pointing = pointingAt(named, topic, again);
        if (pointing == null || Phrases.of(r.language()).spans(pointing, r.text()).isEmpty()) {
            return topic;
        }
        return topic.at(named.id());
    }

    /**
     * The words that point at {@code named}, the person or thing the last answer named: "he" at a person; "it" at a
     * sight or topic when the question, asked of the place talked about, found nothing and is asked {@code again}
     * ("how long is it?" after "Longest River: the Irtysh" or "Astana — River Flowing Through: Ishim"). Null when
     * nothing points at it.
     */
    private String pointingAt(Entity named, Topic topic, boolean again) {
        if (named == null) {
            return null;
        }
        if (named.kind() == EntityKind.PERSON) {
            return "word.person";
        }
        boolean thing = named.kind() == EntityKind.SIGHT || named.kind() == EntityKind.TOPIC;
        return thing && again ? "word.it" : null;
    }

    /** {@code e} as readable text, each candidate named by what it is (an entity's attribute, a passage's start). */
    public String format(Explanation e) {
        Map<Integer, String> describe = new HashMap<>();
        if (e.decision() != null) {
            for (Candidate c : e.decision().ranked()) {
                describe.put(c.hit().unit(), hits.describe(c.hit()));
            }
        }
        return e.format(describe);
    }

    /**
     * The answer to a shared location ({@code lat}, {@code lon} in degrees): the nearest city, how far and in which
     * direction, and its region — or that the point is outside Kazakhstan.
     */
    public Answer locate(double lat, double lon, Language language) {
        return computations.location(lat, lon, language);
    }

    /**
     * Where entity {@code id} lies, {lat, lon} in degrees, when the knowledge gives its coordinates (a region's are
     * its administrative centre's).
     */
    public java.util.Optional<double[]> position(long id) {
        Entity e = entities.get(id);
        return e == null ? java.util.Optional.empty() : nearby.position(e);
    }

    /** The cities nearest to entity {@code id}, when it has a position (the "Nearby" button). */
    public java.util.Optional<Answer> nearby(long id, Language language) {
        Entity e = entities.get(id);
        return java.util.Optional.ofNullable(e == null ? null : nearby.cities(e, language));
    }

    /** A few lines about entity {@code id} (what a question naming only the place gets), when there is a fact. */
    public java.util.Optional<Answer> summary(long id, Language language) {
        Entity e = entities.get(id);
        return java.util.Optional.ofNullable(e == null ? null : cards.summary(e, language));
    }

    /**
     * The conversation turned to the city of the sight it is about, when the question names no place and asks how many
     * live there («а сколько там жителей?» after a mausoleum); otherwise {@code topic} itself.
     */
    private Topic sightsCityPointedAt(Reading r, Topic topic) {
        Entity context = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (context == null || context.kind() != EntityKind.SIGHT || !r.places().isEmpty()
                || !r.has(Signal.BY_POPULATION)) {
            return topic;
        }
        Entity city = computations.cityOfSight(context);
        return city == null ? topic : topic.at(city.id());
    }

    /**
     * The conversation turned to the region of the city it is about, when the question names no place and points at
     * a region ("how big is that region?", «сол облыстың аумағы қанша?» after «Жезқазған қай облыстың орталығы?»);
     * otherwise {@code topic} itself.
     */
    private Topic regionPointedAt(Reading r, Topic topic) {
        Entity context = topic.entity() >= 0 ? entities.get(topic.entity()) : null;
        if (context == null || context.kind() != EntityKind.CITY || !r.places().isEmpty()
                || r.words().stream().noneMatch(w -> w.names() == EntityKind.REGION)) {
            return topic;
        }
        Entity region = computations.regionOfCity(context);
        return region == null ? topic : topic.at(region.id());
    }

    /** The candidates of a question, measured but unscored: what {@code tune} learns from. */
    public List<Candidate> candidates(Question question) {
        Reading r = reader.read(clip(question.text()), question.preferred());
        Entity context = question.context().entity() >= 0 ? entities.get(question.context().entity()) : null;
        return gather(r, question.context(), context);
    }

    private List<Candidate> gather(Reading r, Topic topic, Entity context) {
        Entity named = topic.named() >= 0 ? entities.get(topic.named()) : null;
        // how the question's words meet the attributes' names, looked up once for the role and for the candidates
        AttributeNames.Matches labels = attributes.matches(r.words(), r.language(), r.kind());
        // in a conversation about a place, "the centre" is that place's, not the capital
        RolePlaces.Meant meant = roles.of(r, context, labels);
        List<Candidate> found = candidates.gather(r, context, named, meant, labels);
        return ImpliedCountry.keep(r, context, meant, country, entities::get, found);
    }

    /**
     * The candidate the scorer would answer {@code question} with if it ranked {@code candidates} by {@code weights},
     * its margin and score filled in; null when none may win. What {@code tune} learns the confidence from.
     */
    public Candidate top(Question question, List<Candidate> candidates, Weights weights) {
        Reading r = reader.read(clip(question.text()), question.preferred());
        return Scorer.top(r, Scorer.ranked(candidates, weights), agreement, phrasing);
    }

    /** The answer {@code candidate} would give to {@code question}: what {@code tune} labels right or wrong. */
    public Answer render(Question question, Candidate candidate) {
        return renderer.render(candidate, reader.read(clip(question.text()), question.preferred()));
    }

    /**
     * The one place {@code r} names besides the country, else the country named alone, else {@code context} unless
     * it is the country: after an answer about the whole country, "more" says nothing of what more is wanted.
     */
    private static Entity placeNamedOr(Reading r, Entity context) {
        List<Entity> named = r.places().stream().map(Place::entity).filter(e -> e.kind() != EntityKind.COUNTRY)
                .toList();
        if (!named.isEmpty()) {
            return named.size() == 1 ? named.get(0) : null;
        }
        return r.countryNamed() && !r.places().isEmpty() ? r.places().get(0).entity()
                : context != null && context.kind() != EntityKind.COUNTRY ? context : null;
    }

    /**
     * The summary of the place named: of the other one when the country is named beside it ("Nauryz in Kazakhstan");
     * none when two of our places are named ("from Almaty to Astana" asks something of both), unless one is a sight and
     * the other the city or region it is in ("what is Khan Shatyr in Astana": the sight's).
     */
    private Answer placeSummary(Reading r) {
        List<Place> places = new ArrayList<>(r.places());
        Entity sight = computations.sightWithItsPlace(places.stream().map(Place::entity)
                .filter(e -> e.kind() != EntityKind.COUNTRY).toList());
        if (sight != null) {
            places.removeIf(p -> p.entity().kind() != EntityKind.COUNTRY && !p.entity().equals(sight));
        }
        if (places.stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY).count() > 1) {
            return null;
        }
        places.sort(Comparator.comparing(p -> p.entity().kind() == EntityKind.COUNTRY));
        for (Place p : places) {
            Entity e = r.kind() == AnswerKind.WHO ? Askable.who(p) : p.entity();
            Answer a = e == null ? null : cards.summary(e, r.language(), r.kind() == AnswerKind.YES_NO);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * Several answers to {@code question}, best first, for a client that shows a list to pick from (Telegram's inline
     * mode): the answer {@link #answer} gives when it knows one, then the summary of every place the text names or
     * begins to name, then the passages a search for its words finds. No two have the same text; at most
     * {@code limit}.
     */
    public List<Answer> answers(Question question, int limit) {
        Answer main = answer(question);
        return answerList.of(main, clip(question.text()), question.preferred(), limit);
    }

    /** Removes control characters and cuts overlong text at a word boundary. */
    static String clip(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_QUESTION_CHARS));
        for (int i = 0; i < text.length() && sb.length() < MAX_QUESTION_CHARS; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '\n' || c == '\t') {
                sb.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                continue;
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX_QUESTION_CHARS) {
            int space = sb.lastIndexOf(" ");
            if (space > MAX_QUESTION_CHARS / 2) {
                sb.setLength(space);
            }
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
            }
        }
        return sb.toString().strip();
    }
}
