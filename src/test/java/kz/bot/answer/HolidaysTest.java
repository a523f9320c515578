package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** The public holidays of a month, from the country's list, in the asker's language. */
class HolidaysTest {

    private static Answer ask(String text, Language language) {
        return ShippedKnowledge.library().answer(new Question(text, language));
    }

    @Test
    void aListsItemsAreSplitOutsideTheirParentheses() {
        assertEquals(List.of("Women's Day (8 March)", "Constitution Day (15 March, from 2027)", "Victory Day (9 May)",
                        "Kurban Ait"),
                Holidays.items("Women's Day (8 March), Constitution Day (15 March, from 2027), Victory Day (9 May)"
                        + " and Kurban Ait"));
        assertEquals(List.of("Жаңа жыл (1–2 қаңтар)", "Тәуелсіздік күні (16 желтоқсан)", "Құрбан айт"),
                Holidays.items("Жаңа жыл (1–2 қаңтар), Тәуелсіздік күні (16 желтоқсан) және Құрбан айт"));
        assertEquals(List.of("Bread and Salt Day (1 May)"), Holidays.items("Bread and Salt Day (1 May)"),
                "an «and» inside a name before its date parts nothing");
    }

    @Test
    void aMonthsHolidaysAreListedInTheAskersLanguage() {
        assertEquals("Public holidays — March: Women's Day (8 March), Constitution Day (15 March, from 2027), Nauryz"
                + " (21–23 March).", ask("what holidays are in march", Language.EN).body());
        assertEquals("Праздничные дни — май: День единства народа Казахстана (1 мая), День защитника Отечества (7 мая),"
                + " День Победы (9 мая).", ask("какие праздники в мае", Language.RU).body());
        assertEquals("Мереке күндері — мамыр: Бірлік күні (1 мамыр), Отан қорғаушы күні (7 мамыр), Жеңіс күні (9"
                + " мамыр).", ask("мамырда қандай мерекелер бар", Language.KK).body());
    }

    @Test
    void mayTheVerbAndAHolidaysOwnNameAreNoMonth() {
        assertFalse(ask("may i ask what public holidays there are", Language.EN).body()
                .startsWith("Public holidays — May"));
        assertFalse(ask("наурыз мейрамы қашан", Language.KK).body().startsWith("Мереке күндері — наурыз"),
                "Nauryz the holiday, not the month");
    }
}
