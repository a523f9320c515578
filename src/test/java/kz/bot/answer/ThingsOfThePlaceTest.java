package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** A word of a thing's name, inflected, names that thing among those of the place talked about. */
class ThingsOfThePlaceTest {

    private static final Entity MAUSOLEUM = new Entity(1, EntityKind.SIGHT, "Mausoleum of Khoja Ahmed Yasawi",
            Map.of("ru", List.of("Мавзолей Ходжи Ахмеда Яссауи"), "kk", List.of("Қожа Ахмет Ясауи кесенесі")));
    private static final Entity CARAVANSERAI = new Entity(2, EntityKind.SIGHT, "Keruen-Saray",
            Map.of("ru", List.of("Керуен-сарай"), "kk", List.of("Керуен-сарай")));
    private static final Entity PANFILOV = new Entity(3, EntityKind.SIGHT, "Panfilov Park",
            Map.of("ru", List.of("Парк имени 28 гвардейцев-панфиловцев")));
    private static final Entity FIRST_PRESIDENT = new Entity(4, EntityKind.SIGHT, "First President's Park",
            Map.of("ru", List.of("Парк Первого Президента")));

    /** A reading of {@code text} whose every word is a meaningful one. */
    private static Reading reading(String text, Language language) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            words.add(new Word(w, at, at + w.length(), null, Word.Role.CONTENT, true, false, null));
            at += w.length() + 1;
        }
        return new Reading(text, language, TextIndex.Reading.valueOf(language.name()), words, List.of(), List.of(),
                AnswerKind.WHEN, Set.of(), List.of(), false, null, List.of());
    }

    @Test
    void anInflectedWordOfOneNameNamesThatThing() {
        ThingsOfThePlace.Named named = ThingsOfThePlace.of(reading("мавзолее когда", Language.RU),
                List.of(CARAVANSERAI, MAUSOLEUM));
        assertEquals(MAUSOLEUM, named.thing());
        assertEquals("мавзолее", named.word().surface());
        assertEquals(MAUSOLEUM, ThingsOfThePlace.of(reading("кесене қашан", Language.KK),
                List.of(CARAVANSERAI, MAUSOLEUM)).thing(), "«кесене» is «кесенесі» without its ending");
        assertEquals(MAUSOLEUM, ThingsOfThePlace.of(reading("mavzolei kogda", Language.RU),
                List.of(CARAVANSERAI, MAUSOLEUM)).thing(), "typed in Latin letters");
        assertEquals(MAUSOLEUM, ThingsOfThePlace.of(reading("mausoleum when", Language.EN),
                List.of(CARAVANSERAI, MAUSOLEUM)).thing());
    }

    @Test
    void aWordOfSeveralNamesOrOfNoneNamesNothing() {
        assertNull(ThingsOfThePlace.of(reading("парк когда", Language.RU), List.of(PANFILOV, FIRST_PRESIDENT)),
                "two parks");
        assertNull(ThingsOfThePlace.of(reading("museum when", Language.EN), List.of(CARAVANSERAI, MAUSOLEUM)));
        assertNull(ThingsOfThePlace.of(reading("мавр когда", Language.RU), List.of(MAUSOLEUM)), "too short a word");
    }
}
