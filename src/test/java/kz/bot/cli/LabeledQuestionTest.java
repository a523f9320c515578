package kz.bot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How an expected pattern is matched against an answer in {@code eval}. */
class LabeledQuestionTest {

    @Test
    void figuresAreComparedWithoutDigitGroups() {
        assertTrue(LabeledQuestion.matches("(?<![0-9])2347924(?![0-9])", "Population: 2,347,924 (2026)"));
        assertTrue(LabeledQuestion.matches("2 347 924", "Население: 2347924"));
        assertFalse(LabeledQuestion.matches("(?<![0-9])2347924(?![0-9])", "Population: 2,347,925"));
    }

    @Test
    void aQuantifiersCommaIsNoDigitGroup() {
        String meatThenDough = "(meat)[\\s\\S]{0,200}(dough)";
        assertTrue(LabeledQuestion.matches(meatThenDough, "boiled meat, usually horse or mutton, on boiled dough"),
                "{0,200} is up to 200 characters, not exactly 200");
        assertFalse(LabeledQuestion.matches(meatThenDough, "dough, then meat"));
    }
}
