package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

/** A question asking for all regions or all cities, and nothing else, is the list. */
class ListRequestsTest {

    private static String title(String question) {
        return ShippedKnowledge.ask(question).title();
    }

    @Test
    void askingForAllRegionsOrCitiesGivesTheList() {
        assertEquals("Regions (17)", title("List the regions of Kazakhstan"));
        assertEquals("Области (17)", title("Перечисли все области Казахстана"));
        assertEquals("Облыстар (17)", title("Қазақстанның облыстарын атап бер"));
        assertEquals("Cities (36)", title("what are the cities of kazakhstan"));
    }

    @Test
    void aCountOrAQuestionAboutSomeOfThemIsNoList() {
        assertFalse(title("how many regions does kazakhstan have").startsWith("Regions ("));
        assertFalse(title("which regions are industrial").startsWith("Regions ("));
        assertFalse(title("what are the largest cities").startsWith("Cities ("));
    }
    @Test
    void aListIsInTheAlphabeticalOrderOfItsLanguage() {
        String ru = ShippedKnowledge.ask("Перечисли все области Казахстана").body();
        assertTrue(ru.indexOf("Павлодарская") < ru.indexOf("Северо-Казахстанская"), ru);
        assertTrue(ru.startsWith("область Абай, Акмолинская область"), "«область Абай» is under А: " + ru);
        String kk = ShippedKnowledge.ask("Қазақстанның облыстарын атап бер").body();
        assertTrue(kk.indexOf("Қарағанды") < kk.indexOf("Маңғыстау"), "Қ comes before М in Kazakh: " + kk);
        assertTrue(kk.indexOf("Ұлытау") < kk.indexOf("Шығыс"), kk);
    }
}
