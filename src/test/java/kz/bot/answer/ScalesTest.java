package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** A fact of the other end of a scale does not answer a question asking for one end. */
class ScalesTest {

    private static Scales asked(String text, Language language) {
        TextIndex.Reading how = language == Language.EN ? TextIndex.Reading.EN
                : language == Language.RU ? TextIndex.Reading.RU : TextIndex.Reading.KK;
        return Scales.of(new Reading(text, language, how, List.of(), List.of(), List.of(), AnswerKind.WHAT, Set.of(),
                List.of(), false));
    }

    private static Hit fact(String attribute) {
        return new Hit(1, UnitKind.FACT, 1, 0, 1, attribute, 0, 5, 1);
    }

    @Test
    void theOtherEndOfTheScaleAskedAboutIsNoAnswer() {
        Scales hottest = asked("hottest temperature ever recorded in kazakhstan", Language.EN);
        assertTrue(hottest.otherEnd(fact("record low temperature")));
        assertFalse(hottest.otherEnd(fact("record high temperature")));
        assertFalse(hottest.otherEnd(fact("climate")), "a fact of neither end may answer");
        Scales coldest = asked("самая холодная температура в истории", Language.RU);
        assertTrue(coldest.otherEnd(fact("record high temperature")));
        assertFalse(coldest.otherEnd(fact("record low temperature")));
        Scales least = asked("ең аз халқы бар облыс", Language.KK);
        assertTrue(least.otherEnd(fact("most populous region")));
        assertFalse(least.otherEnd(fact("least populous region")));
    }

    @Test
    void aQuestionSayingBothEndsOrAMagnitudeAsksForNeither() {
        Scales both = asked("what are the highest and lowest temperatures", Language.EN);
        assertFalse(both.otherEnd(fact("record low temperature")));
        assertFalse(both.otherEnd(fact("record high temperature")));
        // "how high" asks for a height, not for the high end: the minimum wage still answers it
        assertFalse(asked("how high is the minimum wage", Language.EN).otherEnd(fact("minimum wage")));
    }

    @Test
    void kazakhTypedInLatinLettersAsksForAnEndToo() {
        assertTrue(asked("qazaqstanda en ystyq kun qansha gradus bolgan rekord", Language.KK)
                .otherEnd(fact("record low temperature")));
    }

    @Test
    void onlyAFactHasAnEnd() {
        Hit passage = new Hit(1, UnitKind.PASSAGE, 1, 0, -1, "", 0, 30, 1);
        assertFalse(asked("the hottest month", Language.EN).otherEnd(passage));
    }

    @Test
    void aRecordAskedIsAFactNamedForThatEnd() {
        Scales coldest = asked("what is the coldest temperature in kazakhstan", Language.EN);
        assertTrue(coldest.namesTheRecordAsked(fact("record low temperature")));
        assertFalse(coldest.namesTheRecordAsked(fact("record high temperature")));
        assertTrue(coldest.namesAnEnd(fact("record high temperature")));
        assertFalse(coldest.namesAnEnd(fact("climate")));
        // cold, not the coldest: a month's average answers "how cold is Astana in January"
        assertFalse(asked("how cold is astana in january", Language.EN)
                .namesTheRecordAsked(fact("record low temperature")));
        assertTrue(asked("kazakstannyn en suyk temperaturasy kansha bolgan", Language.KK)
                .namesTheRecordAsked(fact("record low temperature")));
    }

    @Test
    void theClimateIsNoAnswerToTheColdestTemperature() {
        // "Climate: sharply continental, with cold winters" had answered, its label meeting "temperature"
        assertFalse(kz.bot.ShippedKnowledge.ask("what is the coldest temperature in kazakhstan").body()
                .contains("Climate"));
    }
}
