package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** A misspelt stop word is told from a word of content, by the one typo rule. */
class StopWordTyposTest {

    private final StopWordTypos typos = new StopWordTypos();

    @Test
    void aStopWordOneOrTwoEditsAwayIsAMisspeltStopWord() {
        assertTrue(typos.of(Language.EN, "happend"), "happened, one letter left out");
        assertTrue(typos.of(Language.EN, "Thier"), "their, two letters swapped, in capitals");
        assertTrue(typos.of(Language.RU, "каторый"), "который, one letter wrong");
    }

    @Test
    void aStopWordItselfAShortWordOrOneWithAnotherFirstLetterIsNot() {
        assertFalse(typos.of(Language.EN, "happened"), "a stop word is no typo of one");
        assertFalse(typos.of(Language.EN, "whta"), "shorter than the typo rule's shortest word");
        assertFalse(typos.of(Language.EN, "tenge"), "a word of content");
        assertFalse(typos.of(Language.EN, "shere"), "where, but the first letter is wrong");
        assertFalse(typos.of(Language.EN, "currency"), "two edits from currently: a word of content");
    }
}
