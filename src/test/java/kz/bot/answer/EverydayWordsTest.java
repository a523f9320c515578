package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Words of everyday chat that the vocabulary files carry (concepts, spellings, stop words, language markers), each
 * asked of the shipped knowledge as people type it.
 */
class EverydayWordsTest {

    private static void answers(String question, String expected) {
        Answer a = ShippedKnowledge.ask(question);
        assertTrue(a.body().contains(expected), question + " → " + a.body());
    }

    @Test
    void chatAbbreviationsAndSlangMeetTheWordsOfTheKnowledge() {
        answers("time diff kz and beijing", "3 hours"); // "diff" is "difference"
        answers("how many nuke tests were done at semipalatinsk", "456"); // a nuke is nuclear
        answers("соцналог работодатель платит скока процентов", "6%"); // «соцналог» is «социальный налог»
        answers("skolko sluzhat v armii v kazakhstane", "12 месяцев"); // «служат» meets «служба»
        answers("can i drink tap water in almaty or nah", "boil"); // "or nah" asks nothing
        answers("mci 2026 how much is it in tenge", "4,325 tenge"); // the monthly calculation index, MRP, АЕК
        answers("мрп сколько в 2026", "4 325 тенге");
        answers("базовая ставка нацбанка какая", "18%"); // «нацбанк» is «национальный банк»
    }

    @Test
    void aCountrySplitIntoRegionsIsDividedIntoThem() {
        answers("how many regions is kazakhstan split into", "17 regions");
        answers("байтерек эт что", "башня"); // «эт» is «это» typed short
    }

    @Test
    void powersAreWhatOneIsResponsibleFor() {
        answers("какие полномочия у областей", "школы");
        answers("облыстар қандай жергілікті істерге жауап береді", "мектептер");
    }

    @Test
    void kazakhTypedWithoutKazakhLettersIsReadAsKazakhByItsQuestionWords() {
        Answer pension = ShippedKnowledge.ask("ерлердин зейнет жасы");
        assertEquals(Language.KK, pension.language());
        assertTrue(pension.body().contains("63 жас"), pension.body());
        assertEquals(Language.KK, ShippedKnowledge.ask("атырау кимге кызык").language()); // «кимге»: to whom
    }
}
