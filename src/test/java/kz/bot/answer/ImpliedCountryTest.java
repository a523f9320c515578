package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class ImpliedCountryTest {

    private static final Entity KAZAKHSTAN = new Entity(1, EntityKind.COUNTRY, "Kazakhstan", Map.of());
    private static final Entity BAYANAUL = new Entity(2, EntityKind.SIGHT, "Bayanaul", Map.of());
    private static final Entity COSMONAUT = new Entity(3, EntityKind.PERSON, "Tokhtar Aubakirov", Map.of());
    private static final Map<Long, Entity> ENTITIES = Map.of(1L, KAZAKHSTAN, 2L, BAYANAUL, 3L, COSMONAUT);

    private static final Candidate COUNTRYS = fact(10, KAZAKHSTAN, "highest point");
    private static final Candidate BAYANAULS = fact(11, BAYANAUL, "highest point");
    private static final Candidate OTHER = fact(12, BAYANAUL, "what it is");
    private static final Candidate PASSAGE = new Candidate(new Hit(13, UnitKind.PASSAGE, 1, 0, -1, "", 0, 30, 1),
            new double[Feature.values().length], 0);

    private static Candidate fact(int unit, Entity e, String attribute) {
        return new Candidate(new Hit(unit, UnitKind.FACT, 1, 0, e.id(), attribute, 0, 5, 1),
                new double[Feature.values().length], 0);
    }

    private static Reading naming(List<Place> places, List<String> foreign) {
        return asking(AnswerKind.WHAT, places, foreign);
    }

    private static Reading asking(AnswerKind kind, List<Place> places, List<String> foreign) {
        return new Reading("?", Language.EN, TextIndex.Reading.EN, List.of(), places, foreign, kind, Set.of(),
                List.of(), false);
    }

    private static final List<Candidate> ALL = List.of(BAYANAULS, COUNTRYS, OTHER, PASSAGE);

    @Test
    void noPlaceNamedDropsAnotherPlacesFactOfTheCountrysAttribute() {
        assertEquals(List.of(COUNTRYS, OTHER, PASSAGE),
                ImpliedCountry.keep(naming(List.of(), List.of()), null, null, KAZAKHSTAN, ENTITIES::get, ALL));
    }

    @Test
    void aPlaceNamedOrMeantOrTalkedAboutKeepsEveryCandidate() {
        Place bayanaul = new Place(BAYANAUL, List.of(), 0, 8, false);
        assertEquals(ALL, ImpliedCountry.keep(naming(List.of(bayanaul), List.of()), null, null, KAZAKHSTAN,
                ENTITIES::get, ALL));
        assertEquals(ALL, ImpliedCountry.keep(naming(List.of(), List.of("Kyrgyzstan")), null, null, KAZAKHSTAN,
                ENTITIES::get, ALL), "another country's highest point is not ours");
        assertEquals(ALL, ImpliedCountry.keep(naming(List.of(), List.of()), BAYANAUL, null, KAZAKHSTAN,
                ENTITIES::get, ALL), "the conversation is about Bayanaul");
        assertEquals(ALL, ImpliedCountry.keep(naming(List.of(), List.of()), null,
                new RolePlaces.Meant(BAYANAUL, Set.of(0), "highest point"), KAZAKHSTAN, ENTITIES::get, ALL));
    }

    @Test
    void aPersonsFactIsNoPlacesAndWhoAsksForAPerson() {
        Candidate countrys = fact(14, KAZAKHSTAN, "first in space");
        Candidate cosmonauts = fact(15, COSMONAUT, "first in space");
        Candidate lakes = fact(16, BAYANAUL, "first in space");
        List<Candidate> firsts = List.of(cosmonauts, countrys, lakes);
        assertEquals(List.of(cosmonauts, countrys), ImpliedCountry.keep(naming(List.of(), List.of()), null,
                null, KAZAKHSTAN, ENTITIES::get, firsts));
        assertEquals(firsts, ImpliedCountry.keep(asking(AnswerKind.WHO, List.of(), List.of()), null, null, KAZAKHSTAN,
                ENTITIES::get, firsts));
    }

    @Test
    void aDescriptionIsNoCountrysFigure() {
        List<Candidate> known = List.of(fact(17, BAYANAUL, "known for"), fact(18, KAZAKHSTAN, "known for"));
        assertEquals(known, ImpliedCountry.keep(naming(List.of(), List.of()), null, null, KAZAKHSTAN, ENTITIES::get,
                known));
    }

    @Test
    void withoutTheCountrysOwnFactNothingIsDropped() {
        List<Candidate> some = List.of(BAYANAULS, OTHER);
        assertEquals(some, ImpliedCountry.keep(naming(List.of(), List.of()), null, null, KAZAKHSTAN, ENTITIES::get,
                some));
    }

    @Test
    void aPlaceMeantByTheCountrysFactDropsOtherPlacesFactsOfThatAttribute() {
        Entity peak = new Entity(4, EntityKind.SIGHT, "Khan Tengri", Map.of());
        Entity range = new Entity(5, EntityKind.SIGHT, "Zhetysu Alatau", Map.of());
        Map<Long, Entity> all = Map.of(1L, KAZAKHSTAN, 4L, peak, 5L, range);
        Candidate height = fact(20, peak, "height");
        Candidate ranges = fact(21, range, "highest point");
        Candidate rangeHeight = fact(22, range, "height");
        assertEquals(List.of(height, rangeHeight), ImpliedCountry.keep(naming(List.of(), List.of()), null,
                new RolePlaces.Meant(peak, Set.of(0), "highest point"), KAZAKHSTAN, all::get,
                List.of(height, ranges, rangeHeight)));
    }

    @Test
    void anotherPlacesFactThatCoversMoreOfTheQuestionStays() {
        double[] more = new double[Feature.values().length];
        more[Feature.COVERAGE.ordinal()] = 1;
        double[] less = new double[Feature.values().length];
        less[Feature.COVERAGE.ordinal()] = 0.33;
        Candidate altai = new Candidate(BAYANAULS.hit(), more, 0); // "belukha tauy qaida": the name is in its value
        Candidate country = new Candidate(COUNTRYS.hit(), less, 0);
        assertEquals(List.of(altai, country), ImpliedCountry.keep(naming(List.of(), List.of()), null, null,
                KAZAKHSTAN, ENTITIES::get, List.of(altai, country)));
    }
}
