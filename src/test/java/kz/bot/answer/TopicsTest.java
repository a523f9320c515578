package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

/** A topic named beside the country is what the question is about; facts naming one person are one answer. */
class TopicsTest {

    @Test
    void aHolidayNamedWithTheCountryIsAnsweredWithItsDate() {
        Answer en = ShippedKnowledge.ask("When is Independence Day in Kazakhstan?");
        assertEquals("Independence Day", en.title());
        assertTrue(en.body().startsWith("Date: 16 December"), en.body());
        Answer ru = ShippedKnowledge.ask("Когда День Конституции в Казахстане?");
        assertTrue(ru.body().startsWith("Дата: 15 марта"), ru.body());
    }

    @Test
    void twoPlacesAndNothingAskedIsNotTheFirstPlacesCard() {
        Answer a = ShippedKnowledge.ask("How do I get from Almaty to Astana?");
        assertFalse(a.body().contains("Population"), a.body());
        assertTrue(ShippedKnowledge.ask("almaty").body().contains("Population: 2,347,924"));
    }

    @Test
    void kzInCyrillicAndWordsTypedOnTwoKeyboardsNameTheCountry() {
        assertTrue(ShippedKnowledge.ask("площадь кз").body().startsWith("Казахстан — Площадь: 2 724 900 км²"));
        assertTrue(ShippedKnowledge.ask("Kакая столица Kазахстана").body().startsWith("Казахстан — Столица: Астана"));
    }

    @Test
    void thePresidentIsAnsweredThoughTwoFactsNameHim() {
        assertTrue(ShippedKnowledge.ask("Who is the president of Kazakhstan?").body().contains("Kassym-Jomart Tokayev"));
        assertTrue(ShippedKnowledge.ask("Кто президент Казахстана?").body().contains("Токаев"));
    }

    @Test
    void whoWasANameThatIsAlsoAPlaceIsNeverThePlacesCard() {
        // Zhambyl was Taraz's name, Satpayev is a town: "who" asks for the poet and the geologist, never the cities
        assertTrue(ShippedKnowledge.ask("who was zhambyl").body().contains("akyn"));
        assertTrue(ShippedKnowledge.ask("кто такой сатпаев").body().contains("геолог"));
        assertFalse(ShippedKnowledge.ask("who was taldykorgan").found(), "a place and no person of its name");
        assertTrue(ShippedKnowledge.ask("who is abai").body().contains("the greatest Kazakh poet"));
        assertTrue(ShippedKnowledge.ask("zhambyl").body().contains("Population: 427,356"));
    }

    @Test
    void whoWillWinTheNextElectionIsTheFuture() {
        assertFalse(ShippedKnowledge.ask("Кто победит на следующих выборах в Казахстане?").found());
        assertFalse(ShippedKnowledge.ask("Келесі сайлауда кім жеңеді?").found());
        assertTrue(ShippedKnowledge.ask("Кто президент Казахстана?").body().contains("Токаев"));
    }

    @Test
    void builtIsAWordOfItsOwnInThreeLanguages() {
        // "built", «построен», «салынды»: the cosmodrome's "built by the Soviet Union in 1955"
        // the candidate the question leads to; whether it is sure enough to answer is the weights' business
        assertTrue(ShippedKnowledge.best("when was baikonur cosmodrome built").body().contains("1955"));
        assertTrue(ShippedKnowledge.best("Baiqoñyr ğaryş ailağy qaşan salyndy").body().contains("1955"));
    }

    @Test
    void theBorderWithANeighbourIsKazakhstansBorder() {
        // "the border with China" needs no "Kazakhstan" to be about Kazakhstan; "Russia's border with China" is not
        assertTrue(ShippedKnowledge.ask("какая протяженность границы с Китаем").body().contains("1782,75 км"));
        assertTrue(ShippedKnowledge.ask("Ресеймен шекараның ұзындығы қанша?").body().contains("7 500 км"));
        assertFalse(ShippedKnowledge.ask("how long is russia's border with china").found());
    }
}
