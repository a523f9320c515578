package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.answer.UnitFlags;
import org.junit.jupiter.api.Test;

/** What a unit's text is found to hold when the index is built. */
class UnitFlagsTest {

    private static boolean duration(String text) {
        return (UnitWriter.flags(text) & UnitFlags.DURATION) != 0;
    }

    @Test
    void aLengthOfTimeIsAFigureOrNumberWordBeforeAUnitOfTime() {
        assertEquals(true, duration("the flight takes under two hours"));
        assertEquals(true, duration("overnight in about 12 to 13 hours"));
        assertEquals(true, duration("примерно 12–13 часов"));
        assertEquals(true, duration("около полутора часов"));
        assertEquals(true, duration("шамамен 12–13 сағатта жүреді"));
        assertEquals(true, duration("бір кіруде 30 күн"));
        assertEquals(false, duration("Independence Day is on 16 December"), "a day's name is no length of time");
        assertEquals(false, duration("about 1,250 km by road"));
        assertEquals(false, duration("семья часто переезжала"), "«часто» is not «час»");
    }

    @Test
    void aUnitHasAYearOnlyWhenEachOfItsLanguagesSaysOne() {
        int year = UnitFlags.YEAR;
        // «залом на 1250 мест» had made "What It Is" of the Astana Opera answer "when was the astana opera built"
        assertEquals(year, UnitWriter.flags("на 1250 мест") & year, "alone, four digits read as a year");
        assertEquals(0, UnitWriter.flags(java.util.List.of("a hall of 1,250 seats", "залом на 1250 мест")) & year);
        assertEquals(year, UnitWriter.flags(java.util.List.of("opened on 21 June 2013", "открыт 21 июня 2013 года"))
                & year);
        assertEquals(UnitFlags.NUMBER, UnitWriter.flags(java.util.List.of("a hall of 1,250 seats",
                "залом на 1250 мест")) & UnitFlags.NUMBER, "what any language holds, the unit holds");
    }

    @Test
    void aPartOfAPeopleIsAnAdjectiveOrThePeopleItNames() {
        int part = UnitFlags.PART;
        assertEquals(part, UnitWriter.flags("the urban population grew by 267,000") & part);
        assertEquals(part, UnitWriter.flags("сельское население сократилось") & part);
        assertEquals(part, UnitWriter.flags("ауыл халқы 2024 жылы азайды") & part);
        assertEquals(part, UnitWriter.flags("women make up 51% of the people") & part);
        // farming is no part of a people, and villages named as places are not a figure's part
        assertEquals(0, UnitWriter.flags("сельское хозяйство даёт 5% ВВП") & part);
        assertEquals(0, UnitWriter.flags("ауыл шаруашылығы") & part);
        assertEquals(0, UnitWriter.flags("districts are divided into villages and towns") & part);
        assertEquals(0, UnitWriter.flags("the menu of the restaurant") & part, "a word that begins with men");
    }

    @Test
    void oneOfTheLeadingIsNoFigure() {
        int number = UnitFlags.NUMBER;
        // "how much wheat does kazakhstan grow" had got "one of the world's leading exporters of wheat"
        assertEquals(0, UnitWriter.flags("Kazakhstan is one of the world's leading exporters of wheat") & number);
        assertEquals(0, UnitWriter.flags("Казахстан — один из крупнейших экспортёров пшеницы") & number);
        assertEquals(number, UnitWriter.flags("one of its two chambers has 50 senators") & number);
        assertEquals(number, UnitWriter.flags("a dombra has two strings") & number);
    }

    @Test
    void someoneIsNamedByFirstAndLastNameOrAfterByOrTheOrdersOf() {
        int person = UnitFlags.PERSON;
        assertEquals(person, UnitWriter.flags("Kassym-Jomart Tokayev, since 2019") & person);
        // one name after "by" or "the orders of" says who did it (who built the Yasawi mausoleum had got "I don't know")
        assertEquals(person, UnitWriter.flags("a mausoleum built on the orders of Timur between 1389 and 1405") & person);
        assertEquals(person, UnitWriter.flags("1465, by the sultans Kerei and Zhanibek") & person);
        assertEquals(person, UnitWriter.flags("designed by Norman Foster") & person);
        assertEquals(0, UnitWriter.flags("about 1,250 km by road, or 12 hours by train") & person);
        assertEquals(0, UnitWriter.flags("a tent of 150 m in the centre of the city") & person);
    }

    @Test
    void anAmountOfMoneyIsAFigureAndACurrencyOrSomethingFree() {
        int money = kz.bot.answer.UnitFlags.MONEY;
        assertEquals(money, UnitWriter.flags("at least 35,596 tenge a month") & money);
        assertEquals(money, UnitWriter.flags("115 million US dollars a year") & money);
        assertEquals(money, UnitWriter.flags("шамамен 1,2 млн теңге") & money);
        assertEquals(money, UnitWriter.flags("entry is free on Sundays") & money);
        assertEquals(money, UnitWriter.flags("билет стоит $5") & money);
        assertEquals(0, UnitWriter.flags("lifts from about 2,200 m up to about 3,200 m") & money);
        assertEquals(0, UnitWriter.flags("up to 30 days per entry, visa-free") & money, "visa-free is no price");
    }

    @Test
    void aNamedPlaceAfterInOrAtPutsSomethingThere() {
        int at = kz.bot.answer.UnitFlags.AT_NAME;
        assertEquals(at, UnitWriter.flags("the Mausoleum of Khoja Ahmed Yasawi in Turkistan") & at);
        assertEquals(at, UnitWriter.flags("мавзолей Ходжи Ахмеда Ясави в Туркестане") & at);
        assertEquals(at, UnitWriter.flags("a gorge in the Chu-Ili mountains") & at);
        assertEquals(0, UnitWriter.flags("Tengiz, Kashagan and Karachaganak") & at);
        assertEquals(0, UnitWriter.flags("founded in January 1465 by Kerei") & at, "a month is no place");
        assertEquals(0, UnitWriter.flags("87.7 million tonnes in 2024") & at);
        assertEquals(0, UnitWriter.flags("written within Kazakhstan") & at, "«in» inside a word");
    }

    @Test
    void aReasonIsSaidWithAWordOfCauseInAnyLanguage() {
        int reason = kz.bot.answer.UnitFlags.REASON;
        assertEquals(reason, UnitWriter.flags("the capital moved because Almaty had no room to grow") & reason);
        assertEquals(reason, UnitWriter.flags("столицу перенесли из-за угрозы землетрясений") & reason);
        assertEquals(reason, UnitWriter.flags("жер сілкінісі қаупіне байланысты көшірілді") & reason);
        assertEquals(reason, UnitWriter.flags("in 2019 it became Nur-Sultan in honour of the first president") & reason);
        assertEquals(reason, UnitWriter.flags("суды басқа жаққа бұрғандықтан тартылды") & reason, "-ғандықтан: because");
        assertEquals(0, UnitWriter.flags("Astana has been the capital since 1997") & reason,
                "the event is not its reason");
    }

    @Test
    void aCenturyADecadeAnOldYearOrASeasonMaySayWhenWithoutAYearInDigits() {
        int era = kz.bot.answer.UnitFlags.ERA;
        assertEquals(era, UnitWriter.flags("built from scratch in the 1990s") & era);
        assertEquals(era, UnitWriter.flags("Born: about 870, in Farab near Otrar") & era);
        assertEquals(era, UnitWriter.flags("Туған: шамамен 870 жыл, Фарабта") & era);
        assertEquals(era, UnitWriter.flags("мавзолей построен в конце XIV века") & era);
        assertEquals(era, UnitWriter.flags("the khanate was founded in the 15th century") & era);
        assertEquals(era, UnitWriter.flags("саймақ көктемде гүлдейді") & era);
        assertEquals(0, UnitWriter.flags("Currency: tenge (KZT)") & era);
        assertEquals(0, UnitWriter.flags("Status: regional center") & era);
        assertEquals(0, UnitWriter.flags("the 1990s") & UnitFlags.YEAR, "a decade is not a year");
    }

    @Test
    void aTextWhoseYearsAreAllPastTellsOfThePast() {
        int past = kz.bot.answer.UnitFlags.PAST_YEARS;
        assertEquals(past, UnitWriter.flags("the 2011 Asian Winter Games in Astana and Almaty", 2026) & past);
        assertEquals(0, UnitWriter.flags("the president's term ends in 2029; he was elected in 2022", 2026) & past);
        assertEquals(0, UnitWriter.flags("Nauryz is celebrated on 21–23 March", 2026) & past, "no year, no tense");
    }

    @Test
    void theYearAFigureDescribesIsNoAnswerToWhen() {
        assertEquals("Rural Migration Deficit: over 111,000",
                UnitWriter.withoutDating("Rural Migration Deficit: over 111,000 (2024)"));
        assertEquals("Население: 2 347 924", UnitWriter.withoutDating("Население: 2 347 924 (1 января 2026 года)"));
        assertEquals("Халқы: 2 347 924", UnitWriter.withoutDating("Халқы: 2 347 924 (2026 жылғы 1 қаңтар)"));
        assertEquals("Population: 1.2M", UnitWriter.withoutDating("Population: 1.2M, 2024"));
        assertEquals("Population: 20.5 million", UnitWriter.withoutDating("Population: 20.5 million (as of 2026)"));
        assertEquals("Presidential Term: 7 years, single (since 2022)",
                UnitWriter.withoutDating("Presidential Term: 7 years, single (since 2022)"),
                "the year of a change stays");
        assertEquals("Срок: 7 лет (с 2022 года)", UnitWriter.withoutDating("Срок: 7 лет (с 2022 года)"));
        assertEquals(0, UnitWriter.flags(UnitWriter.withoutDating("Deficit: over 111,000 (2024)")) & UnitFlags.YEAR);
    }

    @Test
    void theDayOfADateIsNoFigure() {
        int number = UnitFlags.NUMBER;
        assertEquals(0, UnitWriter.flags("Term Ends: 2029 (the term began on 26 November 2022)") & number);
        assertEquals(0, UnitWriter.flags("Аяқталуы: 2029 (мерзімі 2022 жылғы 26 қарашада басталды)") & number);
        assertEquals(0, UnitWriter.flags("Nauryz: 21–23 March") & number);
        assertEquals(number, UnitWriter.flags("Population: 2,347,924 (1 January 2026)") & number);
        assertEquals(number, UnitWriter.flags("456 nuclear tests between 1949 and 1989") & number);
    }

    @Test
    void aMaterialOrAnIngredientIsFoundInEveryLanguage() {
        int material = UnitFlags.MATERIAL;
        assertEquals(material, UnitWriter.flags("fermented horse milk, slightly sour") & material);
        assertEquals(material, UnitWriter.flags("кобылье молоко, прошедшее брожение") & material);
        assertEquals(material, UnitWriter.flags("ашытылған бие сүті") & material);
        assertEquals(material, UnitWriter.flags("a felt tent on a folding wooden lattice") & material);
        assertEquals(0, UnitWriter.flags("a long-necked lute with two strings") & material, "no material named");
        assertEquals(0, UnitWriter.flags("етеді, жасалады") & material, "«етеді» (does) is no «ет» (meat)");
    }

    @Test
    void aLabelEndingInPlaceOrSiteSaysWhere() {
        assertTrue(UnitWriter.placeLabel("burial place"));
        assertTrue(UnitWriter.placeLabel("Find Site"));
        assertFalse(UnitWriter.placeLabel("place in the world"), "a rank, not a place");
        assertFalse(UnitWriter.placeLabel("unesco world heritage sites"), "a list of sites");
    }

    @Test
    void aLabelEndingInBuiltByOrOrderedBySaysWho() {
        // "Built By: Timur (Tamerlane)" names one man by one name, which no pattern of a person's name finds
        assertTrue(UnitWriter.personLabel("Built By"));
        assertTrue(UnitWriter.personLabel("ordered by"));
        assertFalse(UnitWriter.personLabel("Surrounded By"), "places around it, not who");
        assertFalse(UnitWriter.personLabel("built"), "when, not who");
    }

    @Test
    void aKindOfPlaceWhereThingsAreSoldSaysWhere() {
        int where = UnitFlags.PLACE_WORDS;
        assertEquals(where, UnitWriter.flags("SIM Cards: sold at the airports, in shops and at operator offices") & where);
        assertEquals(where, UnitWriter.flags("SIM-карты: продаются в аэропортах и магазинах") & where);
        assertEquals(where, UnitWriter.flags("SIM-карталар: әуежайларда және дүкендерде сатылады") & where);
        assertEquals(0, UnitWriter.flags("Mobile Operators: Beeline, Kcell, Activ, Tele2 and Altel") & where);
    }
}
