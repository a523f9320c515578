package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

/** A place named by its role in the country ("the capital") is that place. */
class RolePlacesTest {

    @Test
    void theCapitalsPopulationIsAstanas() {
        assertTrue(ShippedKnowledge.ask("What is the population of the capital?").body()
                .startsWith("Astana — Population: 1,638,233"));
        assertTrue(ShippedKnowledge.ask("население столицы").body().startsWith("Астана — Население: 1 638 233"));
        assertTrue(ShippedKnowledge.ask("елорданың халқы қанша").body().startsWith("Астана — Халқы: 1 638 233"));
    }

    @Test
    void askingForTheRoleItselfIsTheCountrysFact() {
        assertEquals("Kazakhstan — Capital: Astana", ShippedKnowledge.ask("what is the capital of kazakhstan").body());
        // «бас қаласы» says all of the capital's name: its «қала» (city) alone names no other role (the largest city)
        assertEquals("Қазақстан — Астанасы: Астана", ShippedKnowledge.ask("қазақстанның бас қаласы қай қала").body());
        assertTrue(ShippedKnowledge.ask("бас қаланың халқы қанша").body().startsWith("Астана — Халқы: 1 638 233"));
    }

    @Test
    void aRegionsCentreIsNotTheCapital() {
        assertFalse(ShippedKnowledge.ask("облыс орталығында қанша адам тұрады?").body().startsWith("Астана"));
    }
    @Test
    void aRoleCanNameASightAndHowManyAsksForItsFigure() {
        // "Highest Point: Khan Tengri, in the Tian Shan…" names the mountain but gives no height
        assertTrue(ShippedKnowledge.best("how tall is the highest mountain").body()
                .startsWith("Khan Tengri — Height: 7,010 m"));
        assertTrue(ShippedKnowledge.ask("what is the highest point of kazakhstan").body()
                .startsWith("Kazakhstan — Highest Point: Khan Tengri"));
    }
    @Test
    void inAConversationTheRoleIsReadUnlessThePlaceItselfHasSuchAFact() {
        Dialogue d = Dialogue.START.after(ShippedKnowledge.ask("алматыдан астанаға дейін қанша км"));
        assertTrue(ShippedKnowledge.best(d.question("how tall is the highest mountain", kz.bot.language.Language.EN))
                .body().startsWith("Khan Tengri — Height: 7,010 m"));
        Dialogue region = Dialogue.START.after(ShippedKnowledge.ask("tell me about karaganda region"));
        assertFalse(ShippedKnowledge.library().answer(region.question("how many people live in the centre?",
                kz.bot.language.Language.EN)).body().startsWith("Astana"), "the region's centre, not the capital");
    }
}
