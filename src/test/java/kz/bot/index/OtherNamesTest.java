package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.bot.facts.Entity;
import kz.bot.facts.NameEntry;
import kz.bot.knowledge.EntityKind;
import org.junit.jupiter.api.Test;

/** A text that names a city by another name is indexed as naming the city by its usual name. */
class OtherNamesTest {

    private static final Entity ALMATY = new Entity(1, EntityKind.CITY, "Almaty",
            Map.of("en", List.of("Almaty"), "ru", List.of("Алматы")));
    private static final Entity ASTANA = new Entity(2, EntityKind.CITY, "Astana", Map.of("en", List.of("Astana")));
    private static final Entity AKMOLA = new Entity(3, EntityKind.REGION, "Akmola", Map.of("en", List.of("Akmola")));
    private static final Entity TARAZ = new Entity(4, EntityKind.CITY, "Taraz", Map.of("en", List.of("Taraz")));
    private static final Entity ZHAMBYL = new Entity(5, EntityKind.PERSON, "Zhambyl", Map.of());

    private static final OtherNames NAMES = OtherNames.of(List.of(
            new NameEntry("Almaty", "en", ALMATY), new NameEntry("Алматы", "ru", ALMATY),
            new NameEntry("Alma-Ata", "en", ALMATY), new NameEntry("Алма-Ата", "ru", ALMATY),
            new NameEntry("Verny", "en", ALMATY), new NameEntry("Верный", "ru", ALMATY),
            new NameEntry("Astana", "en", ASTANA), new NameEntry("Tselinograd", "en", ASTANA),
            new NameEntry("Akmola", "en", ASTANA), new NameEntry("Akmola", "en", AKMOLA),
            new NameEntry("Taraz", "en", TARAZ), new NameEntry("Zhambyl", "en", TARAZ),
            new NameEntry("Zhambyl", "en", ZHAMBYL)));

    @Test
    void aFormerNameInATextNamesTheCityByItsUsualName() {
        assertEquals("Almaty", NAMES.usualNamesIn("Students protested on a central square of Alma-Ata."));
        assertEquals("Almaty", NAMES.usualNamesIn("Студенты собрались на площади, «Алма-Ата», утром."));
        assertEquals("Almaty", NAMES.usualNamesIn("Протесты 1986 года в Алма-Ате"), "with a Russian case ending");
        assertEquals("Almaty", NAMES.usualNamesIn("1986 жылы Алма-Атада болған оқиға"), "with a Kazakh one");
        assertEquals("Astana Almaty", NAMES.usualNamesIn("Tselinograd grew fast; Verny was a fort."));
    }

    @Test
    void aNameThatAnotherEntityAlsoHasOrThatIsUsualNamesNothingMore() {
        assertEquals("", NAMES.usualNamesIn("Akmola region lies around the capital."), "Akmola is also the region");
        assertEquals("", NAMES.usualNamesIn("Zhambyl Zhabayev sang for a century."), "Zhambyl is also the poet");
        assertEquals("", NAMES.usualNamesIn("Almaty is the largest city."), "a usual name is indexed as it is");
        assertEquals("", NAMES.usualNamesIn("Он остался верный своему слову."), "«верный» is 'faithful', no name");
        assertEquals("", NAMES.usualNamesIn("the verny road to Alma"), "lower case and parts are no names");
    }

    @Test
    void aTextNamesAPlaceByAnyNameOfACityOrRegionButNotOfAPerson() {
        assertEquals(java.util.Set.of("Almaty"), NAMES.placesIn("Semireche's seat was Verny, today's city"));
        assertEquals(java.util.Set.of("Almaty"), NAMES.placesIn("Almaty is the largest city."), "a usual name too");
        assertEquals(1, NAMES.placesIn("Akmola region lies around the capital.").size(),
                "a name two places share still names a place");
        assertEquals(java.util.Set.of(), NAMES.placesIn("Zhambyl Zhabayev sang for a century."),
                "Zhambyl is the poet as well as the city Taraz once was: no place for sure");
        assertEquals(java.util.Set.of(), NAMES.placesIn("a text about the steppe"));
    }
}
