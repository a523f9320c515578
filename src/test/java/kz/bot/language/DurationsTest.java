package kz.bot.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void hoursDaysAndMonthsAfterAFigureOrANumberWordAreALengthOfTime() {
        assertTrue(Durations.said("The night train takes 12–13 hours"));
        assertTrue(Durations.said("около двух часов"));
        assertTrue(Durations.said("12 months of compulsory service for men aged 18 to 27"));
        assertTrue(Durations.said("12 айлық мерзімді қызмет"));
        assertTrue(Durations.said("12 месяцев срочной службы"));
    }

    @Test
    void yearsAreALengthOfTimeOnlyAfterAShortFigure() {
        assertTrue(Durations.said("elected for a single term of 7 years"));
        assertTrue(Durations.said("жеті жылға сайланады"));
        assertTrue(Durations.said("на 7 лет"));
        assertFalse(Durations.said("2024 жылы ауыл халқы азайды"), "a year is no length of time");
        assertFalse(Durations.said("в 2024 году"));
        assertFalse(Durations.said("in the 1990s, 30 km from the city"));
    }

    @Test
    void aHyphenJoinsAFigureOrANumberWordToItsUnit() {
        assertTrue(Durations.said("re-elected for a single seven-year term"));
        assertTrue(Durations.said("a 10-hour drive"));
        assertFalse(Durations.said("the 2022-year reform"), "a year is no length of time, hyphen or not");
    }
}
