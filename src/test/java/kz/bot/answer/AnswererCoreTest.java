package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.facts.NameEntry;
import kz.bot.facts.Source;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The answering core on a fake index and facts made in memory: no Lucene, no SQLite. Weights are set here, so what
 * is tested is the reading, the candidates, the rules of the scorer and the computed answers, not tuned numbers.
 */
class AnswererCoreTest {

    private static final Source NEW = new Source(1, "new.txt", "guide", "New guide", LocalDate.of(2026, 11, 1), "", "",
            "", 0, 0);
    private static final Source OLD = new Source(2, "old.txt", "guide", "Old guide", LocalDate.of(2026, 2, 1), "", "",
            "", 0, 0);
    private static final Entity KZ = new Entity(1, EntityKind.COUNTRY, "Kazakhstan", Map.of());
    private static final Entity ALMATY = new Entity(2, EntityKind.CITY, "Almaty", Map.of("ru", List.of("Алматы")));
    private static final Entity ASTANA = new Entity(3, EntityKind.CITY, "Astana", Map.of("ru", List.of("Астана")));
    private static final Entity ALMATY_REGION = new Entity(4, EntityKind.REGION, "Almaty", Map.of());

    private static final List<Fact> FACTS = new ArrayList<>();

    private static Fact fact(Entity e, String attribute, String value, Double number, Source s) {
        Fact f = new Fact(FACTS.size() + 1, e, attribute.toLowerCase(), attribute, value, number, "", s, 1,
                Map.of());
        FACTS.add(f);
        return f;
    }

    static {
        fact(KZ, "Capital", "Astana", null, NEW);
        fact(KZ, "Currency", "tenge", null, NEW);
        fact(ALMATY, "Population", "2,347,924", 2_347_924.0, NEW);
        fact(ALMATY, "Population", "1.8M", 1_800_000.0, OLD);
        fact(ALMATY, "Latitude", "43.25", 43.25, NEW);
        fact(ALMATY, "Longitude", "76.91", 76.91, NEW);
        fact(ALMATY, "Known For", "apples and mountains", null, NEW);
        fact(ASTANA, "Population", "1,638,233", 1_638_233.0, NEW);
        fact(ASTANA, "Latitude", "51.18", 51.18, NEW);
        fact(ASTANA, "Longitude", "71.45", 71.45, NEW);
        fact(ASTANA, "Known For", "the Baiterek tower", null, NEW);
        fact(ALMATY_REGION, "Known For", "Charyn Canyon", null, NEW);
    }

    private static final FactBook BOOK = FactBook.of(List.of(NEW, OLD), List.of(KZ, ALMATY, ASTANA, ALMATY_REGION),
            List.of(new NameEntry("Kazakhstan", "en", KZ), new NameEntry("Almaty", "en", ALMATY),
                    new NameEntry("Алматы", "ru", ALMATY), new NameEntry("Astana", "en", ASTANA),
                    new NameEntry("Almaty", "en", ALMATY_REGION)),
            List.copyOf(FACTS), Map.of());

    private static FakeTextIndex index() {
        FakeTextIndex index = new FakeTextIndex().synonyms("population", "people", "inhabitants");
        index.fact(KZ.id(), "capital", "Capital Astana", "Kazakhstan Astana", 0)
                .fact(KZ.id(), "currency", "Currency tenge", "Kazakhstan", 0)
                .fact(ALMATY.id(), "population", "Population 2,347,924", "Almaty", UnitFlags.NUMBER)
                .fact(ALMATY.id(), "known for", "Known For apples and mountains", "Almaty", 0)
                .fact(ASTANA.id(), "population", "Population 1,638,233", "Astana", UnitFlags.NUMBER)
                .fact(ASTANA.id(), "known for", "Known For the Baiterek tower", "Astana Baiterek", 0)
                .fact(ALMATY_REGION.id(), "known for", "Known For Charyn Canyon", "Almaty Charyn Canyon", 0)
                .passage("The country is made up of 14 provinces and Baikonur.", UnitFlags.OUTDATED | UnitFlags.STALE
                        | UnitFlags.NUMBER);
        return index;
    }

    /** Plain weights: coverage and place decide, one veto-free confidence that any full match passes. */
    private static Weights weights() {
        double[] rank = new double[Feature.values().length];
        double[] confidence = new double[Feature.values().length];
        rank[Feature.COVERAGE.ordinal()] = 5;
        rank[Feature.PLACE.ordinal()] = 2;
        rank[Feature.COUNTRY_FACT.ordinal()] = 1;
        rank[Feature.CONTEXT_PLACE.ordinal()] = 2;
        confidence[Feature.BIAS.ordinal()] = -4;
        confidence[Feature.COVERAGE.ordinal()] = 8;
        return new Weights(rank, confidence, 0.5);
    }

    private static final Answerer ANSWERER = new Answerer(BOOK, index(), weights());

    private static Answer ask(String text) {
        return ANSWERER.answer(Question.of(text));
    }

    @Test
    void aQuestionIsReadOnceIntoItsParts() {
        Explanation e = ANSWERER.explain(Question.of("How many people live in Almaty?"));
        Reading r = e.reading();
        assertEquals(Language.EN, r.language());
        assertEquals(AnswerKind.HOW_MANY, r.kind());
        assertEquals(List.of(ALMATY), r.places().stream().map(Place::entity).toList(), "the city before the region");
        assertEquals(List.of(ALMATY, ALMATY_REGION), r.places().get(0).alternatives());
        assertEquals(List.of("people", "live"), r.content().stream().map(Word::surface).toList());
        String shown = e.format(Map.of());
        assertTrue(shown.contains("\n    people searched as EN:["), "the forms each word is searched as: " + shown);
        // each candidate says which of the question's meaningful words it does not contain
        String missed = ANSWERER.explain(Question.of("How many people live in Almaty zebras?")).format(Map.of());
        assertTrue(missed.contains("missed: live zebras\n"), missed);
    }

    @Test
    void theFactOfThePlaceNamedIsTheAnswerAndAnOlderFigureIsNamedOnce() {
        Answer a = ask("population of Almaty");
        assertEquals("fact", a.kind());
        assertEquals("Almaty — Population: 2,347,924\nOlder source: 1.8M — Old guide, 2026-02-01", a.body());
        assertEquals(List.of("New guide, 2026-11-01"), a.sources());
        assertEquals(new Topic(ALMATY.id(), "population").withWords("population")
                .withAsked("population of Almaty"), a.topic());
    }

    @Test
    void aFactAboutAnotherPlaceIsNeverACandidate() {
        Explanation e = ANSWERER.explain(Question.of("What is Astana known for?"));
        for (Candidate c : e.decision().ranked()) {
            assertTrue(c.hit().entity() == ASTANA.id() || c.hit().entity() == -1 || c.hit().entity() == KZ.id(),
                    "no fact of Almaty for a question about Astana: " + c.hit());
        }
        assertEquals("Astana — Known For: the Baiterek tower", e.answer().body());
    }

    @Test
    void twoThingsAskedInOneMessageAreAnsweredTogetherWhenTheWholeFindsNoAnswer() {
        // a confidence that only a candidate with every meaningful word passes: a fact that has half of the words of
        // two questions in one is no answer to the whole
        Weights plain = weights();
        double[] confidence = new double[Feature.values().length];
        confidence[Feature.BIAS.ordinal()] = -6;
        confidence[Feature.COVERAGE.ordinal()] = 8;
        Answerer strict = new Answerer(BOOK, index(), new Weights(plain.rank(), confidence, 0.5));
        Explanation both = strict.explain(Question.of("capital and currency?"));
        assertEquals("two questions in one: each half answered", both.route());
        assertEquals("Kazakhstan — Capital: Astana\n\nKazakhstan — Currency: tenge", both.answer().body());
        assertEquals(List.of("New guide, 2026-11-01"), both.answer().sources(), "one source named once");
        // each half has the places the other names: the population and what it is known for are Almaty's
        assertEquals("Almaty — Population: 2,347,924\nOlder source: 1.8M — Old guide, 2026-02-01\n\n"
                + "Almaty — Known For: apples and mountains",
                strict.answer(Question.of("population and known for of Almaty")).body());
        // halves that are not both answered leave the whole unanswered
        assertFalse(strict.answer(Question.of("capital and zebras?")).found());
    }

    @Test
    void aQuestionNamingNoPlaceIsAboutTheCountry() {
        assertEquals("Kazakhstan — Capital: Astana", ask("What is the capital?").body());
    }

    @Test
    void anotherCountryOrAnOpinionIsNeverAnsweredFromOurFacts() {
        Answer a = ask("What is the currency of Uzbekistan?");
        assertFalse(a.found());
        assertTrue(a.body().contains("Uzbekistan"), a.body());
        assertFalse(ask("Is the capital good? what do you think").found());
    }

    @Test
    void aYearToComeIsNotAnsweredWithTodaysFigure() {
        assertTrue(ask("population of Almaty").found());
        Explanation e = ANSWERER.explain(Question.of("population of Almaty in 2999"));
        assertFalse(e.decision().answered());
        assertEquals("abstained: the question asks about 2999, and the best candidate does not speak of that year",
                e.decision().reason());
    }

    @Test
    void aTextSharingNoWordWithTheQuestionButItsPlaceIsNoAnswerWhileThePlacesOwnFactMayBe() {
        Reading r = ANSWERER.explain(Question.of("How high is the highest peak near Almaty?")).reading();
        double[] sure = new double[Feature.values().length];
        sure[Feature.BIAS.ordinal()] = 5;
        Scorer scorer = new Scorer(new Weights(new double[Feature.values().length], sure, 0.5),
                new Agreement(h -> "", h -> ""), new Phrasing(new FakeTextIndex()
                        .passage("The rural population fell again.", 0)
                        .fact(ALMATY.id(), "character", "Character mountainous", "Almaty", 0)));
        double[] passage = new double[Feature.values().length];
        passage[Feature.BIAS.ordinal()] = 1;
        passage[Feature.PLACE.ordinal()] = 1;
        passage[Feature.IS_PASSAGE.ordinal()] = 1;
        Hit text = new Hit(0, UnitKind.PASSAGE, 3f, 0L, 0L, "", 0, 40, 1);
        Decision d = scorer.decide(r, List.of(new Candidate(text, passage, 0)));
        assertFalse(d.answered());
        assertEquals("abstained: the best candidate is a text that has none of the question's meaningful words",
                d.reason());
        double[] fact = new double[Feature.values().length];
        fact[Feature.BIAS.ordinal()] = 1;
        fact[Feature.PLACE.ordinal()] = 1;
        fact[Feature.IS_FACT.ordinal()] = 1;
        Hit character = new Hit(1, UnitKind.FACT, 3f, 0L, ALMATY.id(), "character", 0, 2, 1);
        assertTrue(scorer.decide(r, List.of(new Candidate(character, fact, 0))).answered());
    }

    @Test
    void aSmallKnowledgeBaseHasItsOwnConfidenceAndThreshold() {
        int n = Feature.values().length;
        double[] large = new double[n];
        large[Feature.BIAS.ordinal()] = -1;
        double[] small = new double[n];
        small[Feature.BIAS.ordinal()] = 1;
        Weights w = new Weights(new double[n], large, 0.8, small, 0.6);
        double[] seedsOnly = new double[n];
        seedsOnly[Feature.BIAS.ordinal()] = 1;
        seedsOnly[Feature.KNOWLEDGE_SIZE.ordinal()] = Math.log10(110) / 5; // the two seed documents
        double[] shipped = seedsOnly.clone();
        shipped[Feature.KNOWLEDGE_SIZE.ordinal()] = Math.log10(4000) / 5;
        assertEquals(1 / (1 + Math.exp(-1)), w.confidence(seedsOnly), 1e-9);
        assertEquals(0.6, w.threshold(seedsOnly));
        assertEquals(1 / (1 + Math.exp(1)), w.confidence(shipped), 1e-9);
        assertEquals(0.8, w.threshold(shipped));
    }

    @Test
    void whichCityIsBetterToLiveInIsAnOpinionInKazakhToo() {
        Explanation e = ANSWERER.explain(Question.of("қай қалада тұрған жақсы, алматы ма әлде астана ма"));
        assertTrue(e.reading().has(Signal.OPINION));
        assertFalse(ask("қай қалада тұрған жақсы, алматы ма әлде астана ма").found());
    }

    @Test
    void aStaleValueNeverWins() {
        Explanation e = ANSWERER.explain(Question.of("country made up of provinces"));
        assertTrue(e.decision().ranked().stream().anyMatch(c -> c.get(Feature.STALE) == 1));
        assertTrue(e.decision().winner() == null || e.decision().winner().get(Feature.STALE) == 0);
    }

    @Test
    void comparisonsDistancesAndRankingsAreComputedFromTheFacts() {
        assertEquals("Almaty is bigger than Astana by population: 709,691 more.\nAlmaty — Population: 2,347,924\n"
                + "Astana — Population: 1,638,233", ask("Which is bigger, Almaty or Astana?").body());
        assertTrue(ask("How far is Almaty from Astana?").body()
                .startsWith("Almaty — Astana: about 973 km in a straight line"));
        Answer ranking = ask("the largest cities");
        assertEquals("1. Almaty — 2,347,924\n2. Astana — 1,638,233", ranking.body());
    }

    @Test
    void theSmallestCitiesAreNotRankedFromAListOfLargeTowns() {
        // the knowledge lists towns above 50,000 people, so its smallest is not the country's smallest
        assertFalse(ask("the smallest cities").body().startsWith("1."), ask("the smallest cities").body());
        assertFalse(ask("самый маленький город").body().startsWith("1."));
    }

    @Test
    void aRegionIsNamedAsARegionInEnglishFactLines() {
        assertEquals("Almaty region — Known For: Charyn Canyon",
                ask("What is Almaty region known for, Charyn Canyon?").body());
    }

    @Test
    void aFollowUpTakesTheLastAttributeOrTheLastPlace() {
        Dialogue d = Dialogue.START;
        Answer first = ANSWERER.answer(d.question("population of Almaty", Language.EN));
        d = d.after(first);
        Answer next = ANSWERER.answer(d.question("and Astana?", Language.EN));
        assertEquals("Astana — Population: 1,638,233", next.body());
        d = d.after(next);
        assertEquals("Astana — Known For: the Baiterek tower",
                ANSWERER.answer(d.question("what is it known for?", Language.EN)).body());
    }

    @Test
    void smallTalkIsFoundButNotAQuestion() {
        Answer hi = ask("hi!");
        assertEquals("smalltalk", hi.kind());
        assertTrue(hi.found());
        assertFalse(hi.choices().isEmpty(), "example questions to tap");
        assertEquals("smalltalk", ANSWERER.answer(new Question("спасибо", Language.RU)).kind());
        assertEquals(Language.RU, ANSWERER.answer(new Question("спасибо", Language.RU)).language());
        assertEquals("fact", ask("hi, what is the capital?").kind(), "a greeting with a question is a question");
        assertEquals("smalltalk", ask("are you chatgpt").kind(), "asking what the bot is, is asking who it is");
        assertEquals("smalltalk", ANSWERER.answer(new Question("ты нейросеть?", Language.RU)).kind());
        // a thank-you typed in Latin letters with its word after, or with "bro"
        assertEquals("smalltalk", ANSWERER.answer(new Question("rakhmet kop", Language.KK)).kind());
        assertEquals("smalltalk", ANSWERER.answer(new Question("рахмет улкен", Language.KK)).kind());
        assertEquals("smalltalk", ANSWERER.answer(new Question("спасибо бро", Language.RU)).kind());
        // thanks for the help in other words, and with a name for the one thanked
        assertEquals("smalltalk", ANSWERER.answer(new Question("спс бро, выручил", Language.RU)).kind());
        assertEquals("smalltalk", ANSWERER.answer(new Question("рахмет бауырым, коп комектестин", Language.KK))
                .kind());
        assertEquals("smalltalk", ask("thanks buddy, you saved me").kind());
    }

    @Test
    void aSentenceOnlyATranslationHasNeverAnswersInAnotherLanguage() {
        Answerer answerer = new Answerer(BOOK, index().translatedPassage(Language.KK,
                "Turksib railway Түрксіб теміржолы", 0), weights());
        assertFalse(answerer.answer(Question.of("What is the Turksib railway?")).found(),
                "the Kazakh-only sentence is no answer to an English question");
        Answerer english = new Answerer(BOOK, index().passage("Turksib railway links Siberia", 0), weights());
        assertTrue(english.answer(Question.of("What is the Turksib railway?")).body().startsWith("Turksib railway"));
    }

    @Test
    void whereIsAnsweredByPlaceWordsOrByAFactWhoseValueIsOneOfOurPlaces() {
        AttributeNames attributes = new AttributeNames(BOOK, index());
        assertTrue(attributes.namesAPlace("capital"), "its value, Astana, is one of our places");
        assertFalse(attributes.namesAPlace("currency"));
        Hit fact = new Hit(0, UnitKind.FACT, 1, 1, KZ.id(), "oil production", UnitFlags.NUMBER, 0, 1);
        Hit passage = new Hit(1, UnitKind.PASSAGE, 1, 1, -1, "", 0, 30, 1);
        Hit west = new Hit(2, UnitKind.FACT, 1, 1, KZ.id(), "oil fields", UnitFlags.PLACE_WORDS, 0, 1);
        assertEquals(-1, Candidates.kindAgreement(AnswerKind.WHERE, fact), "a figure says no where");
        assertEquals(0, Candidates.kindAgreement(AnswerKind.WHERE, passage), "a passage may say it in other words");
        assertEquals(1, Candidates.kindAgreement(AnswerKind.WHERE, west));
        Hit person = new Hit(3, UnitKind.FACT, 1, 1, KZ.id(), "president", UnitFlags.PERSON, 3, 1);
        assertEquals(1, Candidates.kindAgreement(AnswerKind.WHO, person));
        assertEquals(-0.5, Candidates.kindAgreement(AnswerKind.WHO, fact), "a fact naming nobody");
        assertEquals(0, Candidates.kindAgreement(AnswerKind.WHO, passage), "prose may name people otherwise");
    }

    @Test
    void inWhichYearsAsksWhen() {
        for (String q : new String[] {"қай жылдары салынған", "qai jyldary"}) {
            assertEquals(AnswerKind.WHEN, ANSWERER.explain(new Question(q, Language.KK)).reading().kind(), q);
        }
    }

    @Test
    void nowAsksForTheCurrentValueWhileLiveDataStaysUnanswered() {
        Reading now = ANSWERER.explain(Question.of("whats the capital rn")).reading();
        assertEquals("what is the capital now", now.text(), "chat spelling written out");
        assertFalse(now.has(Signal.TODAY) || now.has(Signal.REALTIME), "the capital now is today's capital");
        assertFalse(ANSWERER.explain(Question.of("кто сейчас президент")).reading().has(Signal.TODAY));
        assertTrue(ANSWERER.explain(Question.of("what is the weather in Almaty now?")).reading()
                .has(Signal.REALTIME), "the weather now is live data");
        assertTrue(ANSWERER.explain(Question.of("what is the weather in Almaty today?")).reading()
                .has(Signal.REALTIME));
        // a temperature now is the weather now, in any language and letters; in a month it is the climate
        for (String live : new String[] {"how many degrees is it in almaty now", "алматыда қазір неше градус",
                "almatyda kazir kansha gradus", "сколько градусов сейчас в астане", "temperature in astana today"}) {
            assertTrue(ANSWERER.explain(Question.of(live)).reading().has(Signal.REALTIME), live);
        }
        assertFalse(ANSWERER.explain(Question.of("what is the temperature in almaty in january")).reading()
                .has(Signal.REALTIME));
        assertFalse(ANSWERER.explain(Question.of("сколько градусов зимой в астане")).reading().has(Signal.REALTIME));
        assertFalse(ANSWERER.explain(Question.of("how many regions are there at the moment")).reading()
                .has(Signal.REALTIME));
        assertTrue(ANSWERER.explain(Question.of("is the museum open right now")).reading().has(Signal.REALTIME));
        // a rate against the dollar is live, with the seed documents alone a passage "at an alarming rate" had answered
        assertTrue(ANSWERER.explain(Question.of("whats the tenge to usd rate right now")).reading()
                .has(Signal.REALTIME));
        assertTrue(ANSWERER.explain(new Question("курс тенге к доллару", Language.RU)).reading().has(Signal.REALTIME));
        assertFalse(ANSWERER.explain(Question.of("what is the national bank base rate right now")).reading()
                .has(Signal.REALTIME), "the base rate is a fact with its date");
        assertEquals(Word.Role.QUESTION, ANSWERER.explain(Question.of("сколько областей на данный момент"))
                .reading().words().stream().filter(w -> w.surface().equals("данный")).findFirst().orElseThrow()
                .role(), "«на данный момент» says when, not what");
    }

    @Test
    void aVerbOfNamingAsksForTheNameInEveryLanguage() {
        for (String[] q : new String[][] {{"what is the parliament called", "called", "parliament"},
                {"как называется парламент", "называется", "парламент"},
                {"парламент қалай аталады", "аталады", "парламент"},
                {"whats the name of the parliament", "name", "parliament"},
                {"какое название у парламента", "название", "парламента"},
                {"парламенттің атауы қандай", "атауы", "парламенттің"}}) {
            Reading reading = ANSWERER.explain(Question.of(q[0])).reading();
            assertEquals(Word.Role.QUESTION, reading.words().stream().filter(w -> w.surface().equals(q[1]))
                    .findFirst().orElseThrow().role(), q[0] + ": the name is what is asked, not a word to find");
            List<String> content = reading.content().stream().map(Word::surface).toList();
            assertTrue(content.contains(q[2]) && !content.contains(q[1]), q[0] + ": " + content);
        }
        assertEquals(List.of("official", "name"), ANSWERER.explain(Question.of("what is the official name of the"
                + " country")).reading().content().stream().map(Word::surface).toList(), "an official name is a topic");
    }

    @Test
    void aVerbWeighsLessThanTheNounsOfTheQuestion() {
        for (String[] q : new String[][] {{"когда начались протесты", "начались", "протесты"},
                {"көлді кім басқарған мекеме", "басқарған", "мекеме"}, {"бөгет қашан салынды", "салынды", "бөгет"}}) {
            List<Word> words = ANSWERER.explain(Question.of(q[0])).reading().words();
            double verb = words.stream().filter(w -> w.surface().equals(q[1])).findFirst().orElseThrow().query().weight();
            double noun = words.stream().filter(w -> w.surface().equals(q[2])).findFirst().orElseThrow().query().weight();
            assertEquals(0.5, verb / noun, 1e-9, q[0] + ": neither is in the knowledge, the verb weighs half");
        }
        List<Word> english = ANSWERER.explain(Question.of("when did the protests start")).reading().words();
        assertEquals(english.get(0).query().weight(), english.get(1).query().weight(), 1e-9, "no verb endings in English");
    }

    @Test
    void theWordYearBesideAYearSaysNothingMoreThanTheYear() {
        for (String[] q : new String[][] {{"население алматы в 2024 году", "году"}, {"алматы халқы 2024 жылы", "жылы"},
                {"2024 jyly almaty halqy", "jyly"}, {"almaty population in the year 2024", "year"}}) {
            Reading reading = ANSWERER.explain(Question.of(q[0])).reading();
            assertEquals(Word.Role.YEAR_WORD, reading.words().stream().filter(w -> w.surface().equals(q[1]))
                    .findFirst().orElseThrow().role(), q[0]);
            assertTrue(reading.content().stream().anyMatch(w -> w.surface().equals("2024"))
                    && reading.content().stream().noneMatch(w -> w.surface().equals(q[1])), q[0]);
        }
        // a part of a year beside a year, or beside the word year beside one, is read the same way
        for (String[] q : new String[][] {{"население алматы в начале 2024 года", "начале"},
                {"2024 жылдың басында алматы халқы", "басында"}, {"almaty population at the start of 2024", "start"}}) {
            Reading reading = ANSWERER.explain(Question.of(q[0])).reading();
            assertEquals(Word.Role.YEAR_WORD, reading.words().stream().filter(w -> w.surface().equals(q[1]))
                    .findFirst().orElseThrow().role(), q[0]);
        }
        assertEquals(Word.Role.CONTENT, ANSWERER.explain(Question.of("when did the protests start")).reading().words()
                .stream().filter(w -> w.surface().equals("start")).findFirst().orElseThrow().role(),
                "with no year beside it, a start is asked about");
        assertEquals(Word.Role.CONTENT, ANSWERER.explain(Question.of("население алматы за год")).reading().words()
                .stream().filter(w -> w.surface().equals("год")).findFirst().orElseThrow().role(),
                "with no year beside it, «год» is a word like any other");
    }

    @Test
    void anEverydayWordTheKnowledgeNeverUsesIsNeitherTopicNorUnknown() {
        Reading still = ANSWERER.explain(Question.of("is almaty still known for apples")).reading();
        Word word = still.words().stream().filter(w -> w.surface().equals("still")).findFirst().orElseThrow();
        assertEquals(Word.Role.LIGHT, word.role(), "no unit says «still»");
        assertFalse(still.content().contains(word));
        assertEquals(List.of("known", "apples"), still.content().stream().map(Word::surface).toList());
        assertEquals(Word.Role.LIGHT, ANSWERER.explain(Question.of("which outlet ran the story on almaty apples"))
                .reading().words().stream().filter(w -> w.surface().equals("story")).findFirst().orElseThrow()
                .role(), "a word for the source itself, which no unit says");
        Reading bitcoin = ANSWERER.explain(Question.of("is almaty known for bitcoin")).reading();
        assertEquals(Word.Role.CONTENT, bitcoin.words().stream().filter(w -> w.surface().equals("bitcoin"))
                .findFirst().orElseThrow().role(), "a word of a topic the knowledge lacks stays what is asked");
        assertEquals(Word.Role.CONTENT, ANSWERER.explain(Question.of("what is made in the country")).reading()
                .words().stream().filter(w -> w.surface().equals("made")).findFirst().orElseThrow().role(),
                "a light word the knowledge uses is searched as any other");
    }

    @Test
    void chatSpellingIsReadAsTheWordsItStandsFor() {
        assertTrue(ask("ppl of almaty").body().startsWith("Almaty — Population: 2,347,924\n"));
        assertEquals(ask("people of almaty").body(), ask("ppl of almaty").body());
    }

    @Test
    void smallTalkTypedAnyWayIsAnsweredInItsLanguage() {
        Answer latinRussian = ask("zdravstvuite");
        assertEquals("smalltalk", latinRussian.kind());
        assertEquals(Language.RU, latinRussian.language(), "a Russian greeting typed in Latin letters");
        assertEquals(Language.KK, ask("kaiyrly kesh").language());
        assertEquals(Language.KK, ask("salem").language(), "«сәлем» typed in Latin letters is Kazakh");
        assertEquals("smalltalk", ask("salem bot").kind());
        assertEquals("smalltalk", ask("доброго вечераа").kind());
        assertEquals("smalltalk", ask("как дела?").kind(), "«дела» is one letter from Delhi, and no question");
        assertEquals("smalltalk", ask("Көп рахмет, көмектестің!").kind());
        assertEquals(Language.KK, ask("Көп рахмет, көмектестің!").language());
        assertEquals("smalltalk", ask("how r u doing today?").kind());
        assertEquals("smalltalk", ANSWERER.answer(new Question("салем", Language.KK)).kind());
        assertEquals(Language.RU, ANSWERER.answer(new Question("привет", Language.RU)).language());
        assertEquals(Language.KK, ANSWERER.answer(new Question("салем", Language.KK)).language(),
                "a word both languages greet with is the user's language");
        // chat style: "ttyl", "gn", «до связи», «ку» with what the bot can do, Kazakh without Kazakh letters
        for (String chat : List.of("bye for now, ttyl", "gn", "ur the best", "ку, что ты можешь?", "ну пока, до связи",
                "жагдай калай", "qandai komek bere alasyn")) {
            assertEquals("smalltalk", ask(chat).kind(), chat);
        }
    }

    @Test
    void praiseIsThankedAndAComplaintGetsAnApologyWithWhatTheBotCanDo() {
        assertEquals("Thank you! Ask me anything else about Kazakhstan.", ask("you're great").body());
        assertEquals("Спасибо! Спрашивайте ещё что-нибудь о Казахстане.", ask("молодец").body());
        assertEquals("Рахмет! Қазақстан туралы тағы сұраңыз.", ask("жарайсың").body());
        assertTrue(ask("this bot is so dumb lol").body().startsWith("Sorry about that."));
        assertTrue(ask("ты тупой").body().startsWith("Простите."));
        assertTrue(ask("пайдасыз бот екенсің").body().startsWith("Кешіріңіз."));
        assertTrue(ask("привет, что умеешь?").body().startsWith("Я отвечаю на вопросы о Казахстане"));
        assertEquals("none", ask("is almaty useless").kind(), "a place named: a question, not small talk");
    }

    @Test
    void aNameAskedInAnotherLanguageIsTheNameTheKnowledgeGivesIt() {
        Answer ru = ask("what is Almaty called in Russian?");
        assertEquals("Almaty in Russian: Алматы", ru.body());
        assertEquals(List.of("New guide, 2026-11-01"), ru.sources());
        assertEquals("Алматы по-английски: Almaty", ask("как будет Алматы по-английски").body());
        assertEquals("Almaty in Russian: Алматы", ask("how do you say Almaty in Russian").body());
        assertTrue(!ask("what is Astana called in Kazakh?").body().contains("in Kazakh:"),
                "no Kazakh name in the knowledge: not made up");
    }

    @Test
    void aFactThatGivesNoDateHoldsThisYearButNoOther() {
        java.util.function.Function<String, Answerer> on = day -> new Answerer(BOOK, index(), weights(),
                java.time.Clock.fixed(java.time.Instant.parse(day + "T12:00:00Z"), java.time.ZoneOffset.UTC));
        Answer now = on.apply("2026-11-30").answer(Question.of("capital of kazakhstan in 2026"));
        assertEquals("Kazakhstan — Capital: Astana", now.body(), "asked in 2026, the year says «now»");
        Answer then = on.apply("2031-03-01").answer(Question.of("capital of kazakhstan in 2026"));
        assertEquals("none", then.kind(), "asked in 2031, 2026 is a year the fact does not speak of");
    }

    @Test
    void thisYearAskedInTheFutureTenseIsAYearToCome() {
        Answerer answerer = new Answerer(BOOK, index(), weights(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertTrue(answerer.answer(Question.of("population of Almaty in 2026")).body()
                .startsWith("Almaty — Population: 2,347,924"));
        Explanation e = answerer.explain(Question.of("what will the population of Almaty be in 2026"));
        assertFalse(e.decision().answered());
        assertEquals("abstained: the question asks about 2026, and the best candidate does not speak of that year",
                e.decision().reason());
    }

    @Test
    void aNameThatOnlyHelpsRecogniseAPlaceAnswersOnlyAQuestionAboutNames() {
        Entity medeu = new Entity(20, EntityKind.SIGHT, "Medeu", Map.of());
        List<Fact> facts = List.of(
                new Fact(200, medeu, "also known as", "Also Known As", "Medeo", null, "", NEW, 1, Map.of()),
                new Fact(201, medeu, "what it is", "What It Is", "a high-mountain skating rink", null, "", NEW, 1,
                        Map.of()));
        FactBook book = FactBook.of(List.of(NEW), List.of(KZ, medeu), List.of(new NameEntry("Medeu", "en", medeu)),
                facts, Map.of());
        FakeTextIndex index = new FakeTextIndex().synonyms("known", "famous")
                .fact(medeu.id(), "also known as", "Also Known As Medeo", "Medeu Medeo", 0)
                .fact(medeu.id(), "what it is", "What It Is a high-mountain skating rink", "Medeu", 0);
        Answerer answerer = new Answerer(book, index, weights());
        java.util.function.Predicate<String> aliasIsACandidate = q -> answerer.explain(Question.of(q)).decision()
                .ranked().stream().anyMatch(c -> c.hit().attribute().equals("also known as"));
        assertEquals("What It Is: a high-mountain skating rink", answerer.answer(Question.of("what is medeu famous for"))
                .body(), "famous for asks what it is: its card, not its other name");
        assertFalse(aliasIsACandidate.test("who is medeo"));
        assertTrue(aliasIsACandidate.test("what is medeu also known as"));
        assertTrue(aliasIsACandidate.test("what is the other name of medeu"));
    }

    @Test
    void askedWhenAPassagesYearMustStandInTheSentenceThatNamesThePlace() {
        Entity medeu = new Entity(20, EntityKind.SIGHT, "Medeu", Map.of());
        FactBook book = FactBook.of(List.of(NEW), List.of(KZ, medeu), List.of(new NameEntry("Medeu", "en", medeu)),
                List.of(), Map.of());
        FakeTextIndex aside = new FakeTextIndex().passage("Kunaev finished his studies in 1936. Under his rule the"
                + " Medeu rink was built, with many other buildings.", UnitFlags.YEAR);
        Explanation e = new Answerer(book, aside, weights()).explain(Question.of("when was medeu built"));
        assertEquals("none", e.answer().kind(),
                "1936 is when Kunaev finished his studies, not when the rink was built");
        assertTrue(e.decision().reason().contains("gives no year where it names the place"), e.decision().reason());

        FakeTextIndex beside = new FakeTextIndex().passage("Kunaev finished his studies in 1936. The Medeu rink was"
                + " built in 1972, under his rule.", UnitFlags.YEAR);
        Answer built = new Answerer(book, beside, weights()).answer(Question.of("when was medeu built"));
        assertTrue(built.body().contains("1972"), built.body());
    }

    @Test
    void anAgeIsCountedFromTheBirthOrFoundingToToday() {
        Entity person = new Entity(9, EntityKind.PERSON, "Kassym-Jomart Tokayev", Map.of());
        Entity poet = new Entity(10, EntityKind.PERSON, "Abai", Map.of());
        List<Fact> facts = List.of(
                new Fact(100, person, "born", "Born", "17 May 1953, in Alma-Ata", null, "", NEW, 1, Map.of()),
                new Fact(101, ALMATY, "founded", "Founded", "1854, as the Russian fort of Verny", null, "", NEW, 1,
                        Map.of()),
                new Fact(102, poet, "born", "Born", "10 August 1845", null, "", NEW, 1, Map.of()),
                new Fact(103, poet, "died", "Died", "6 July 1904", null, "", NEW, 1, Map.of()));
        FactBook book = FactBook.of(List.of(NEW), List.of(KZ, ALMATY, person, poet),
                List.of(new NameEntry("Almaty", "en", ALMATY), new NameEntry("Алматы", "ru", ALMATY),
                        new NameEntry("Tokayev", "en", person),
                        new NameEntry("Abai", "en", poet)), facts, Map.of());
        java.util.function.Function<String, Answerer> on = day -> new Answerer(book, new FakeTextIndex(), weights(),
                java.time.Clock.fixed(java.time.Instant.parse(day + "T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals("Kassym-Jomart Tokayev: 73 years old (born in 1953)",
                on.apply("2026-11-30").answer(Question.of("how old is Tokayev")).body());
        assertEquals("Kassym-Jomart Tokayev: 72 years old (born in 1953)",
                on.apply("2026-05-16").answer(Question.of("how old is Tokayev?")).body(), "the day before his birthday");
        assertEquals("Almaty: founded in 1854, 172 years ago",
                on.apply("2026-11-30").answer(Question.of("How old is Almaty?")).body());
        assertEquals("Алматы: год основания — 1854, 172 года назад",
                on.apply("2026-11-30").answer(new Question("сколько лет Алматы", Language.RU)).body());
        assertEquals("none", on.apply("2026-11-30").answer(Question.of("how old is Abai")).kind(),
                "no age for someone who has died");
        assertEquals("years_many", Ages.plural(11, Language.RU));
        assertEquals("years_one", Ages.plural(21, Language.RU));
        assertEquals("years_few", Ages.plural(172, Language.RU));
    }

    @Test
    void theCountryAskedHowOldIsCountedFromIndependenceWithTheFirstKazakhState() {
        Entity kz = new Entity(1, EntityKind.COUNTRY, "Kazakhstan",
                Map.of("ru", List.of("Казахстан"), "kk", List.of("Қазақстан")));
        List<Fact> facts = List.of(
                new Fact(110, kz, "independence", "Independence", "16 December 1991", null, "", NEW, 1, Map.of()),
                new Fact(111, kz, "previous parliament", "Previous Parliament", "two chambers until 1 July 2026", null,
                        "", NEW, 1, Map.of()));
        List<NameEntry> names = List.of(new NameEntry("Kazakhstan", "en", kz), new NameEntry("Казахстан", "ru", kz),
                new NameEntry("Қазақстан", "kk", kz));
        FactBook book = FactBook.of(List.of(NEW), List.of(kz), names, facts, Map.of());
        java.util.function.Function<String, Answerer> on = day -> new Answerer(book, new FakeTextIndex(), weights(),
                java.time.Clock.fixed(java.time.Instant.parse(day + "T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals("Kazakhstan: independent since 1991, 34 years",
                on.apply("2026-12-05").answer(Question.of("how old is Kazakhstan")).body(),
                "\"old\" had met the Previous Parliament");
        assertEquals("Kazakhstan: independent since 1991, 33 years",
                on.apply("2025-12-15").answer(Question.of("how old is kz")).body(), "the day before the anniversary");
        FactBook withKhanate = FactBook.of(List.of(NEW), List.of(kz), names, List.of(facts.get(0),
                new Fact(112, kz, "kazakh khanate founded", "Kazakh Khanate Founded", "1465, by the sultans Kerei"
                        + " and Zhanibek", null, "", NEW, 1, Map.of())), Map.of());
        Answerer answerer = new Answerer(withKhanate, new FakeTextIndex(), weights(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-05T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals("Қазақстан: 1991 жылдан бері тәуелсіз, 34 жыл; алғашқы қазақ мемлекеті — Қазақ хандығы 1465 жылы"
                + " құрылған", answerer.answer(new Question("қазақстан неше жаста", Language.KK)).body());
        // something else asked of the country is not its age
        assertFalse(answerer.answer(Question.of("how old is the parliament of kazakhstan")).body()
                .contains("independent"));
    }

    @Test
    void aNameBothAPersonsAndARegionsIsThePersonsWhenTheQuestionSpeaksOfALife() {
        Entity region = new Entity(13, EntityKind.REGION, "Abai", Map.of());
        Entity poet = new Entity(14, EntityKind.PERSON, "Abai Kunanbaiuly", Map.of());
        List<Fact> facts = List.of(
                new Fact(130, region, "region_center", "Administrative Center", "Semey", null, "", NEW, 1, Map.of()),
                new Fact(131, poet, "born", "Born", "10 August 1845, in the Chingis hills", null, "", NEW, 1,
                        Map.of()));
        FactBook book = FactBook.of(List.of(NEW), List.of(KZ, region, poet),
                List.of(new NameEntry("Abai", "en", region), new NameEntry("Abai", "en", poet),
                        new NameEntry("Абай", "kk", region), new NameEntry("Абай", "kk", poet),
                        new NameEntry("Abai Kunanbaiuly", "en", poet)), facts, Map.of());
        Answerer answerer = new Answerer(book, new FakeTextIndex(), weights());
        java.util.function.Function<String, Entity> named = q -> answerer.explain(Question.of(q)).reading().places()
                .get(0).entity();
        assertEquals(poet, named.apply("where was abai born"), "born: the poet, not the region");
        assertEquals(poet, named.apply("абай қайда туған"));
        assertEquals(poet, named.apply("who was abai"), "who: a person");
        assertEquals(region, named.apply("where is abai"), "where, and nothing of a life: the region");
        assertEquals(region, named.apply("abai population"));
    }

    @Test
    void howManyOfAThingNamedAndNothingElseAsksForItsCount() {
        Entity saiga = new Entity(15, EntityKind.TOPIC, "Saiga", Map.of());
        List<Fact> facts = List.of(
                new Fact(150, saiga, "what it is", "What It Is", "a steppe antelope; over 90% of all saigas live here",
                        null, "", NEW, 1, Map.of()),
                new Fact(151, saiga, "count", "Count", "about 4.1 million (2025)", null, "", NEW, 1, Map.of()));
        FactBook book = FactBook.of(List.of(NEW), List.of(KZ, saiga), List.of(new NameEntry("Saiga", "en", saiga)),
                facts, Map.of());
        FakeTextIndex index = new FakeTextIndex()
                .fact(saiga.id(), "what it is", "What It Is a steppe antelope over 90% of all saigas live here",
                        "Saiga", UnitFlags.NUMBER)
                .fact(saiga.id(), "count", "Count about 4.1 million", "Saiga", UnitFlags.NUMBER);
        Answerer answerer = new Answerer(book, index, weights());
        Map<String, Double> exact = new java.util.HashMap<>();
        for (Candidate c : answerer.candidates(Question.of("how many saiga are there"))) {
            exact.put(c.hit().attribute(), c.get(Feature.EXACT_ATTRIBUTE));
        }
        assertEquals(Map.of("count", 1.0, "what it is", 0.0), exact, "the count is the exact fact asked for");
        // and it is answered from the facts, whatever the weights (Counts)
        Explanation e = answerer.explain(Question.of("how many saiga are there"));
        assertEquals("computed from the facts", e.route());
        assertEquals("Saiga — Count: about 4.1 million (2025)", e.answer().body());
    }

    @Test
    void askedWhetherAPlaceIsTheCapitalTheCountrysCapitalAnswers() {
        Answerer answerer = new Answerer(BOOK, index(), weights());
        assertEquals(0.5, featureOf(answerer, "is Almaty the capital", KZ, "capital", Feature.PLACE),
                "the question checks Almaty against the country's capital, as '… of Kazakhstan?' would");
        assertEquals(-0.5, featureOf(answerer, "what is the capital near Almaty", KZ, "capital", Feature.PLACE),
                "not asked yes or no: a fact of the country is not about the place named");
        assertEquals(-0.5, featureOf(answerer, "is Almaty the capital of apples", KZ, "capital", Feature.PLACE),
                "the question says more than the fact's name");
    }

    @Test
    void aTextNamingOnlyOneOfTwoPlacesAskedAboutIsNotAboutThem() {
        FakeTextIndex index = new FakeTextIndex()
                .fact(ALMATY.id(), "known for", "Known For apples", "Almaty", 0)
                .fact(ASTANA.id(), "known for", "Known For the Baiterek tower", "Astana", 0)
                .passage("The train from Almaty to Astana takes about 12 hours.", 0)
                .passage("The train from Almaty to Shymkent takes about 11 hours.", 0);
        Map<Integer, Double> place = new java.util.HashMap<>();
        for (Candidate c : new Answerer(BOOK, index, weights())
                .explain(Question.of("how long does the train from Almaty to Astana take")).decision().ranked()) {
            place.put(c.hit().unit(), c.get(Feature.PLACE));
        }
        assertEquals(1.0, place.get(2), "it names both");
        assertEquals(Candidates.SOME_PLACES, place.get(3), "the journey to Shymkent is another one");
    }

    /** {@code feature} of {@code e}'s fact {@code attribute} among the candidates for {@code question}. */
    private static double featureOf(Answerer answerer, String question, Entity e, String attribute, Feature feature) {
        for (Candidate c : answerer.explain(Question.of(question)).decision().ranked()) {
            if (c.hit().kind() == UnitKind.FACT && c.hit().entity() == e.id()
                    && c.hit().attribute().equals(attribute)) {
                return c.get(feature);
            }
        }
        throw new AssertionError("no candidate " + attribute + " of " + e.name() + " for " + question);
    }

    @Test
    void askedWhichRegionARegionsFactCoversTheWordRegionAndACitysDoesNot() {
        Answerer answerer = new Answerer(BOOK, index(), weights());
        assertEquals(1.0, coverage(answerer, "which region is known for a canyon", ALMATY_REGION), 1e-9,
                "the region's own fact is a region's, as asked");
        assertEquals(0.5, coverage(answerer, "which region is known for apples", ALMATY), 0.2,
                "the city of Almaty is no region");
        assertEquals(1.0, coverage(answerer, "which city is known for apples", ALMATY), 1e-9, "but it is a city");
    }

    private static double coverage(Answerer answerer, String question, Entity e) {
        return featureOf(answerer, question, e, "known for", Feature.COVERAGE);
    }

    @Test
    void anOldCitysAgeIsItsOfficialCountOrItsFirstMentionAndSaysWhich() {
        Entity taraz = new Entity(11, EntityKind.CITY, "Taraz", Map.of("ru", List.of("Тараз")));
        Entity shymkent = new Entity(12, EntityKind.CITY, "Shymkent", Map.of());
        List<Fact> facts = List.of(
                new Fact(110, taraz, "founded", "Founded", "about 2,000 years before 2002 by the official count, "
                        + "which celebrated the city's 2,000th anniversary in 2002; first mentioned in 568", null, "",
                        NEW, 1, Map.of()),
                new Fact(111, shymkent, "founded", "Founded", "first mentioned in 1425, in a chronicle", null, "",
                        NEW, 1, Map.of()));
        FactBook book = FactBook.of(List.of(NEW), List.of(KZ, taraz, shymkent),
                List.of(new NameEntry("Taraz", "en", taraz), new NameEntry("Тараз", "ru", taraz),
                        new NameEntry("Shymkent", "en", shymkent)), facts, Map.of());
        Answerer answerer = new Answerer(book, new FakeTextIndex(), weights(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals("Taraz: about 2024 years old by the official count, which marked 2000 years in 2002",
                answerer.answer(Question.of("how old is Taraz")).body());
        assertEquals("Тараз: около 2024 лет по официальному счёту — 2000-летие отметили в 2002 году",
                answerer.answer(new Question("сколько лет городу Тараз", Language.RU)).body());
        assertEquals("Shymkent: first mentioned in 1425, 601 years ago",
                answerer.answer(Question.of("how old is Shymkent")).body());
    }

    @Test
    void aPlacesCardAnswersHowManyOrWhenOnlyWhenItHoldsAFigure() {
        Answer lakes = new Answer.Reply("Kolsai Lakes", "What It Is: three mountain lakes", List.of(), List.of(),
                Language.EN);
        Answer river = new Answer.Reply("Syr Darya", "Region: Turkistan; Kyzylorda\nWhat It Is: a great river",
                List.of(), List.of(), Language.EN);
        Answer озёра = new Answer.Reply("Кольсайские озёра", "Что это: три горных озера", List.of(), List.of(),
                Language.RU);
        assertTrue(SummaryFit.answers(AnswerKind.HOW_MANY, false, lakes), "a number word is a figure");
        assertTrue(SummaryFit.answers(AnswerKind.HOW_MANY, false, озёра), "in the card's own language");
        assertFalse(SummaryFit.answers(AnswerKind.HOW_MANY, false, river), "how long is the Syr Darya");
        Answer twoRivers = new Answer.Reply("Syr Darya", "What It Is: one of the two great rivers of the Aral basin",
                List.of(), List.of(), Language.EN);
        assertFalse(SummaryFit.answers(AnswerKind.HOW_MANY, true, twoRivers), "a measure is given in digits");
        assertTrue(SummaryFit.answers(AnswerKind.HOW_MANY, false, twoRivers), "'how many great rivers' counts");
        assertFalse(SummaryFit.answers(AnswerKind.WHEN, false, river));
        // when: a year or a month outside brackets, not a figure's date
        assertFalse(SummaryFit.answers(AnswerKind.WHEN, false, new Answer.Reply("Karaganda", "Population: 515,632 (2023)",
                List.of(), List.of(), Language.EN)), "when did Karaganda become a city");
        assertTrue(SummaryFit.answers(AnswerKind.WHEN, false, new Answer.Reply("Nauryz", "Date: 21–23 March", List.of(),
                List.of(), Language.EN)));
        assertTrue(SummaryFit.answers(AnswerKind.WHEN, false, new Answer.Reply("Astana", "Founded: 1830", List.of(),
                List.of(), Language.EN)));
        // nor a year among the things a place is known for, after the first semicolon of its line
        assertFalse(SummaryFit.answers(AnswerKind.WHEN, false, new Answer.Reply("Karaganda", "Population: 515,632 (2023)"
                + "\nKnown For: Major industrial city; coal mining since the 1850s", List.of(), List.of(), Language.EN)));
        assertTrue(SummaryFit.answers(AnswerKind.WHEN, false, new Answer.Reply("Nauryz", "What It Is: the new year, on 22 "
                + "March; a spring holiday", List.of(), List.of(), Language.EN)));
        assertFalse(SummaryFit.answers(AnswerKind.WHY, false, lakes), "a card gives no reason");
        assertFalse(SummaryFit.answers(AnswerKind.HOW_LONG, false, lakes), "three lakes is no length of time");
        assertTrue(SummaryFit.answers(AnswerKind.HOW_LONG, false, new Answer.Reply("Train", "Journey: about 12 hours",
                List.of(), List.of(), Language.EN)));
        assertTrue(SummaryFit.answers(AnswerKind.WHAT, false, river));
        assertTrue(SummaryFit.answers(AnswerKind.WHERE, false, river));
        // asked of the whole answering core: the region's card has no figure, the city's has its population
        assertEquals("none", ask("how big is the Almaty region").kind());
        assertTrue(ask("how big is Astana").body().contains("1,638,233"));
    }

    @Test
    void vetoesSayWhy() {
        assertNull(Scorer.veto(ANSWERER.explain(Question.of("population of Almaty")).reading()));
        assertTrue(Scorer.veto(ANSWERER.explain(Question.of("tenge exchange rate right now")).reading())
                .contains("live data"));
        // so is what a sum of dollars makes in tenge, in any language; where to change money is no live data
        for (String q : List.of("how much is 100 dollars in tenge right now?", "100 доллар теңгемен қанша",
                "сколько будет 100 долларов в тенге")) {
            assertTrue(ANSWERER.explain(Question.of(q)).reading().has(Signal.REALTIME), q);
        }
        assertFalse(ANSWERER.explain(Question.of("долларды тенгеге кайдан айырбастаймын")).reading()
                .has(Signal.REALTIME));
        // cold or warm now is today's weather; in winter, the climate
        for (String q : List.of("is it cold in astana right now", "в алматы сейчас тепло?", "қазір астанада суық па")) {
            assertTrue(ANSWERER.explain(Question.of(q)).reading().has(Signal.REALTIME), q);
        }
        assertFalse(ANSWERER.explain(Question.of("is astana cold in winter")).reading().has(Signal.REALTIME));
        // Russian verbs of what will be done, "win again", and «деп ойлайсың» (do you think) are no facts either
        for (String q : List.of("а после 2050 аренду продлят?", "его когда-нибудь полностью восстановят?",
                "will she win wimbledon again", "сен қай қаланы ең жақсы деп ойлайсың")) {
            assertTrue(Scorer.barredWhateverNamed(ANSWERER.explain(Question.of(q)).reading()) != null, q);
        }
        assertNull(Scorer.barredWhateverNamed(ANSWERER.explain(Question.of("когда перенесли столицу")).reading()));
    }
}
