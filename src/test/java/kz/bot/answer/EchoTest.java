package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class EchoTest {

    private static final Entity KZ = new Entity(1, EntityKind.COUNTRY, "Kazakhstan", Map.of());
    private static final Entity ASTANA = new Entity(3, EntityKind.CITY, "Astana", Map.of("ru", List.of("Астана")));

    private static Reading asking(AnswerKind kind, Set<Signal> signals) {
        List<Place> places = List.of(new Place(KZ, List.of(KZ), 0, 5, false), new Place(ASTANA, List.of(ASTANA), 10, 16,
                false));
        return new Reading("?", Language.RU, TextIndex.Reading.RU, List.of(), places, List.of(), kind, signals,
                List.of(), true);
    }

    private static Hit countryFact() {
        return new Hit(7, UnitKind.FACT, 1, 0, KZ.id(), "capital", 0, 1, 1);
    }

    @Test
    void aValueThatIsOnlyAPlaceTheQuestionNamesIsAnEcho() {
        assertTrue(Echo.of(asking(AnswerKind.WHAT, Set.of()), countryFact(), "Astana"));
        assertTrue(Echo.of(asking(AnswerKind.WHAT, Set.of()), countryFact(), "Астана (с 1997 года)"));
    }

    @Test
    void yesNoQuestionsChoicesOtherValuesAndThePlacesOwnFactsAreNot() {
        assertFalse(Echo.of(asking(AnswerKind.YES_NO, Set.of()), countryFact(), "Astana"));
        assertFalse(Echo.of(asking(AnswerKind.WHAT, Set.of(Signal.VERSUS)), countryFact(), "Astana"));
        assertFalse(Echo.of(asking(AnswerKind.WHAT, Set.of()), countryFact(), "Almaty (until 1997)"));
        Hit astanasOwn = new Hit(8, UnitKind.FACT, 1, 0, ASTANA.id(), "name", 0, 1, 1);
        assertFalse(Echo.of(asking(AnswerKind.WHAT, Set.of()), astanasOwn, "Astana"));
    }
}
