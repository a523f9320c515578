package kz.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KazakhVerbFormsTest {

    @Test
    void aParticipleGivesThePastThePresentAndTheHabitual() {
        assertEquals(List.of("жазды", "жазады", "жазатын"), KazakhVerbForms.others("жазған"));
        // after a voiceless sound the endings start with т and қ/к: тап-қан, тап-ты
        assertTrue(KazakhVerbForms.others("тапқан").contains("тапты"));
        // front vowels take front endings: жерлен-ген, жерлен-ді, жерлен-еді
        assertTrue(KazakhVerbForms.others("жерленген").containsAll(List.of("жерленді", "жерленеді", "жерленетін")));
    }

    @Test
    void thePresentAndAPassivePastAreReadToo() {
        // after a vowel the present is -йды/-йді: сөйле-йді, сөйле-ген
        assertTrue(KazakhVerbForms.others("сөйлейді").containsAll(List.of("сөйлеген", "сөйледі")));
        assertTrue(KazakhVerbForms.others("тұрады").containsAll(List.of("тұрған", "тұрды", "тұратын")));
        assertTrue(KazakhVerbForms.others("ашылды").containsAll(List.of("ашылған", "ашылады")));
        assertTrue(KazakhVerbForms.others("салды").containsAll(List.of("салған", "салады")));
    }

    @Test
    void wordsThatAreNoVerbFormStayAlone() {
        assertEquals(List.of(), KazakhVerbForms.others("елорда"));
        assertEquals(List.of(), KazakhVerbForms.others("климаты"), "an accusative or possessive -ты is no past");
        assertNull(KazakhVerbForms.stem("тауды"), "a noun in the accusative, not a passive verb");
        // a phrase keeps its one form: «атап» of «атап өтеді» (celebrates) is a stop word, «өтті» alone any "took place"
        assertEquals(List.of(), KazakhVerbForms.others("атап өтеді"));
    }
}
