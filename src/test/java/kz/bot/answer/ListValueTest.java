package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

/** A value naming several things is counted when the question asks how many. */
class ListValueTest {

    @Test
    void namesSeparatedByCommasAndTheLastAndAreAList() {
        assertEquals(List.of("Russia", "China", "Kyrgyzstan", "Uzbekistan", "Turkmenistan"),
                ListValue.items("Russia, China, Kyrgyzstan, Uzbekistan and Turkmenistan"));
        assertEquals(List.of("Астана", "Алматы", "Шымкент"), ListValue.items("Астана, Алматы, Шымкент"));
        assertEquals(List.of("Астана", "Алматы", "Шымкент"), ListValue.items("Астана, Алматы және Шымкент (2018)"));
    }

    @Test
    void aFigureAClauseOrOneThingIsNoList() {
        assertEquals(List.of(), ListValue.items("3 — Almaty, Astana and Shymkent"));
        assertEquals(List.of(), ListValue.items("Kazakh"));
        assertEquals(List.of(), ListValue.items("the Constitution says that Russian is officially used alongside Kazakh, "
                + "in state bodies"));
    }

    @Test
    void howManyIsAnsweredByCountingTheList() {
        assertTrue(ShippedKnowledge.ask("how many countries border kz").body()
                .startsWith("Kazakhstan — Neighbouring Countries: 5 — Russia, China"));
        assertTrue(ShippedKnowledge.ask("Сколько в Казахстане городов республиканского значения?").body()
                .contains(": 3 — Астана, Алматы, Шымкент"));
        assertTrue(ShippedKnowledge.ask("What are the neighbouring countries of Kazakhstan?").body()
                .startsWith("Kazakhstan — Neighbouring Countries: Russia"), "not asked how many: not counted");
    }
    @Test
    void aListIsCountedOnlyForThePlaceAskedAbout() {
        // Lake Balkhash lies in three regions, but "how many regions" asks about the country
        assertTrue(ShippedKnowledge.ask("how many regions").body().startsWith("Kazakhstan — Number of Regions: 17"));
    }
}
