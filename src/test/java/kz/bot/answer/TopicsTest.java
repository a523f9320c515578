package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void thePresidentIsAnsweredThoughTwoFactsNameHim() {
        assertTrue(ShippedKnowledge.ask("Who is the president of Kazakhstan?").body().contains("Kassym-Jomart Tokayev"));
        assertTrue(ShippedKnowledge.ask("Кто президент Казахстана?").body().contains("Токаев"));
    }
}
