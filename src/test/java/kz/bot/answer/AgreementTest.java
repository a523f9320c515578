package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** When a candidate says what the winner says, and who wins among candidates that agree. */
class AgreementTest {

    private static final Map<Integer, String> TEXTS = Map.ofEntries(
            Map.entry(1, "Astana has been the capital since 1997, when the government moved from Almaty."),
            Map.entry(2, "Almaty was the capital until 1997 and is still the largest city."),
            Map.entry(3, "Since 2003 Astana has hosted a congress of world religions every three years."),
            Map.entry(4, "3"),
            Map.entry(5, "3 — Almaty, Astana and Shymkent (1 January 2026)"),
            Map.entry(6, "2,347,924 (2026)"),
            Map.entry(7, "The city had 2 347 924 people in 2026."),
            Map.entry(9, "Kassym-Jomart Tokayev (in office since 20 March 2019; re-elected on 20 November 2022)"),
            Map.entry(10, "the President, Kassym-Jomart Tokayev"),
            Map.entry(11, "Nursultan Nazarbayev (1991-2019)"),
            Map.entry(12, "220 V, 50 Hz"),
            Map.entry(13, "Kazakhstan uses 220 V at 50 Hz and plugs of types C and F."),
            Map.entry(14, "110 V, 60 Hz"),
            Map.entry(15, "Kazakh (the state language), Russian (officially used alongside it)"),
            Map.entry(16, "Kazakh"),
            Map.entry(17, "English"),
            Map.entry(18, "2022"),
            Map.entry(19, "2022"),
            Map.entry(20, "a visa-free stay of up to 30 days for citizens of about 90 countries, among them Germany"),
            Map.entry(21, "not needed for stays of up to 30 days for citizens of about 90 countries, Germany among them"),
            Map.entry(22, "Turkistan region, 2,148,658 people living there on 1 January 2026"),
            Map.entry(23, "Ulytau region, 218,993 people living there on 1 January 2026"),
            Map.entry(24, "Russia, China, Kyrgyzstan, Uzbekistan, Turkmenistan"),
            Map.entry(25, "about 13,400 km with five countries; by neighbour: Russia over 7,500 km, Uzbekistan 2,356 km,"
                    + " China 1,782.75 km, Kyrgyzstan 1,241 km, Turkmenistan about 458 km"),
            Map.entry(26, "about 13,400 km with five countries; by neighbour: Russia over 7,500 km, China 1,782.75 km"),
            Map.entry(27, "The overnight Talgo train from Almaty to Astana takes about 12–13 hours."),
            Map.entry(28, "by plane (under two hours), by overnight Talgo train (about 12–13 hours) or by road"),
            Map.entry(29, "by plane (under two hours) or by road (about 8 hours)"),
            Map.entry(40, "More people left the countryside than arrived: the deficit came to over 111,000 in 2024, the"
                    + " largest since the data began in 2000."),
            Map.entry(41, "Three cities have over a million people. In 2024 the countryside lost over 111,000 people to"
                    + " migration, the highest since records began in 2000."),
            Map.entry(42, "In 2024 the towns grew by 267,000 people, and 2000 new flats were built."),
            Map.entry(43, "Parliament decided in 1994 to move the capital, and the move took effect in 1997."),
            Map.entry(44, "In 1998 the city was renamed Astana."),
            Map.entry(45, "112 (all services); fire 101, police 102, ambulance 103, gas 104"),
            Map.entry(46, "Private clinics are good. The general emergency number is 112, and the ambulance can be called"
                    + " on 103."),
            Map.entry(47, "The lake is 112 km long and 15 km wide, and its water is fresh in the west."),
            Map.entry(48, "up to 30 days per entry, and no more than 90 days in any 180 days, for citizens of the"
                    + " visa-exempt countries"),
            Map.entry(49, "Citizens of several dozen countries can enter without a visa and stay up to 30 days at a"
                    + " time, but no more than 90 days in any period of 180 days."),
            Map.entry(50, "Of the 30 lakes, 90 percent lie above 2,000 metres and the largest is 12 km long."),
            Map.entry(51, "about −15 °C (−15.2 °C)"),
            Map.entry(52, "Astana is one of the coldest capitals: its average temperature in January is about −15 °C."),
            Map.entry(53, "Astana is one of the coldest capitals: in January the wind makes −15 °C feel like −30."),
            Map.entry(54, "2–11 January 2022; 238 people died"),
            Map.entry(55, "The unrest of 2 January 2022 began in Zhanaozen over the price of gas."),
            Map.entry(56, "by plane (under two hours), by overnight Talgo train (about 12–13 hours) or by road"),
            Map.entry(57, "by plane (under two hours), by overnight Talgo train (about 12–13 hours) or by road"),
            Map.entry(58, "Kazakh"),
            Map.entry(59, "Kazakh"),
            Map.entry(60, "The flag is sky blue, with a golden sun of 32 rays in the centre and a steppe eagle."),
            Map.entry(61, "The spire on the dome carries a golden sun with 32 rays, as on the national flag."),
            Map.entry(62, "The lake has 32 islands and is 20 m deep."),
            Map.entry(63, "He took office on 20 March 2019, the day after his predecessor resigned."),
            Map.entry(64, "The capital moved on 20 March 1998 by decree."));
    /** Units 1 and 8 are a passage and one of its sentences; the others each come from a passage of their own. */
    private static final Phrasing PHRASING = new Phrasing(new FakeTextIndex());
    private static final Agreement AGREEMENT = new Agreement(h -> TEXTS.getOrDefault(h.unit(), ""),
            h -> h.kind() == UnitKind.FACT ? null : "a.txt#" + (h.unit() == 8 ? 1 : h.unit()));

    private static Hit passage(int unit) {
        return new Hit(unit, UnitKind.PASSAGE, 1, 0, -1, "", 0, 10, 1);
    }

    private static Hit fact(int unit, String attribute, int words) {
        return new Hit(unit, UnitKind.FACT, 1, 0, 1, attribute, 0, words, 1);
    }

    private static Reading asking(AnswerKind kind) {
        return new Reading("?", Language.EN, TextIndex.Reading.EN, List.of(), List.of(), List.of(), kind, Set.of(),
                List.of(), false);
    }

    @Test
    void asWhenAUnitThatGivesTheWinnersYearAmongOthersIsNoRivalThoughItIsNoSupport() {
        Reading when = asking(AnswerKind.WHEN);
        assertTrue(AGREEMENT.mentionsWinnersYear(when, passage(1), passage(43)), "1997 is among its years");
        assertFalse(AGREEMENT.same(when, passage(1), passage(43)), "its first year is 1994: not the same account");
        assertFalse(AGREEMENT.mentionsWinnersYear(when, passage(1), passage(44)), "1998 only: a rival");
        assertFalse(AGREEMENT.mentionsWinnersYear(asking(AnswerKind.HOW_MANY), passage(1), passage(43)),
                "only a year asked for");
        assertFalse(AGREEMENT.mentionsWinnersYear(when, passage(1), passage(8)), "one account is neither");
    }

    @Test
    void twoTextsThatCountTheSameThingTheSameAgree() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), passage(60), passage(61)), "32 rays in both");
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), passage(60), passage(62)), "32 of something else");
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), passage(63), passage(64)), "a day of a month is no count");
    }

    @Test
    void aShortFigureAPassageSaysWordForWordAgreesWithItWhateverIsAsked() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), passage(13), fact(12, "mains voltage", 4)));
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), fact(12, "mains voltage", 4), passage(13)));
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), fact(6, "population", 2), passage(7)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), passage(13), fact(14, "mains voltage", 4)));
    }

    @Test
    void aFactThatSaysAnotherFactsShortValueOfTheSamePlaceAgreesWithIt() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), fact(15, "languages", 9), fact(16, "state language", 1)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), fact(15, "languages", 9), fact(17, "business language", 1)));
        // the other way round the long fact says what the short one says, and more: no rival to it either
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), fact(16, "state language", 1), fact(15, "languages", 9)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), fact(17, "business language", 1), fact(15, "languages", 9)));
    }

    @Test
    void aFigureAndItsShareOfOnePlaceAgree() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.HOW_MANY), fact(30, "urban population", 3),
                fact(31, "urban population share", 3)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.HOW_MANY), fact(30, "presidential term", 3),
                fact(31, "presidential term ends", 3)), "the end of a term is no form of its length");
        assertTrue(AGREEMENT.same(asking(AnswerKind.HOW_MANY), fact(30, "length", 3),
                fact(31, "length in kazakhstan", 3)), "a river's length and the length of its part in Kazakhstan");
        assertFalse(AGREEMENT.same(asking(AnswerKind.HOW_MANY), fact(30, "length", 3),
                fact(31, "lengthiness", 3)));
    }

    @Test
    void factsNamingTheSamePersonAgreeWhenTheQuestionAsksWhoOrTheWinnerNamesAPerson() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHO), fact(9, "president", 3), fact(10, "head of state", 5)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHO), fact(9, "president", 3), fact(11, "first president", 3)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), fact(9, "president", 3), fact(10, "head of state", 5)));
        // "kz president" does not ask who, but the winning fact names a person
        Hit president = new Hit(9, UnitKind.FACT, 1, 0, 1, "president", UnitFlags.PERSON, 3, 1);
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), president, fact(10, "head of state", 5)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), president, fact(11, "first president", 3)));
    }

    @Test
    void asWhoAFactOfAPersonAgreesWithATextThatNamesThatPerson() {
        Map<Integer, String> texts = Map.of(
                60, "the greatest composer of kui, among them \"Saryarka\" and \"Adai\"",
                61, "the kui, an instrumental piece; Kurmangazy's \"Saryarka\" and \"Adai\" are the best known",
                62, "the kui, an instrumental piece; Dina Nurpeisova's \"Kenes\" is the best known",
                63, "a kui by Kurmangazyev, a pupil");
        Agreement agreement = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> null,
                h -> h.unit() == 60 ? List.of("Kurmangazy", "Kurmangazy Sagyrbayuly") : List.of());
        Hit composer = new Hit(60, UnitKind.FACT, 1, 0, 7, "known for", UnitFlags.PERSON, 12, 1);
        Hit dombra = new Hit(61, UnitKind.FACT, 1, 0, 8, "music", 0, 14, 1);
        assertTrue(agreement.same(asking(AnswerKind.WHO), composer, dombra), "the dombra's fact names Kurmangazy");
        assertTrue(agreement.same(asking(AnswerKind.WHO), dombra, composer), "whichever of the two wins");
        assertFalse(agreement.same(asking(AnswerKind.WHO), composer, new Hit(62, UnitKind.FACT, 1, 0, 8, "music", 0,
                12, 1)), "another composer");
        assertFalse(agreement.same(asking(AnswerKind.WHAT), composer, dombra), "only who asks for the person");
        assertFalse(agreement.same(asking(AnswerKind.WHO), new Hit(60, UnitKind.FACT, 1, 0, 7, "known for", 0, 12, 1),
                dombra), "a fact of something that is no person");
        assertFalse(agreement.same(asking(AnswerKind.WHO), composer, new Hit(63, UnitKind.PASSAGE, 1, 0, -1, "", 0, 5,
                1)), "a longer word is not the name");
    }

    @Test
    void askedWhichAFactOfAThingAgreesWithATextThatNamesItUnlessTheQuestionNamesIt() {
        Map<Integer, String> texts = Map.of(
                70, "a long, shallow lake in the south-east whose western half is fresh water",
                71, "The Ili feeds Lake Balkhash from the south, near the town of Bakanas.",
                72, "Lake Alakol is salty and lies in a basin east of Lake Balkhashov");
        Agreement agreement = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> null,
                h -> h.unit() == 70 ? List.of("Lake Balkhash", "Balkhash") : List.of());
        Hit lake = new Hit(70, UnitKind.FACT, 1, 0, 9, "what it is", 0, 14, 1);
        Hit passage = new Hit(71, UnitKind.PASSAGE, 1, 0, -1, "", 0, 12, 1);
        Reading which = new Reading("which lake is half fresh", Language.EN, TextIndex.Reading.EN, List.of(),
                List.of(), List.of(), AnswerKind.WHAT, Set.of(Signal.WHICH), List.of(), false);
        assertTrue(agreement.same(which, lake, passage), "the passage tells of Balkhash too");
        assertFalse(agreement.same(which, lake, new Hit(72, UnitKind.PASSAGE, 1, 0, -1, "", 0, 12, 1)),
                "a longer word is not the name");
        assertFalse(agreement.same(asking(AnswerKind.WHAT), lake, passage), "only which asks for the thing");
        Entity balkhash = new Entity(9, EntityKind.SIGHT, "Lake Balkhash", Map.of());
        Reading named = new Reading("which river flows into lake balkhash", Language.EN, TextIndex.Reading.EN,
                List.of(), List.of(new Place(balkhash, List.of(), 26, 39, false)), List.of(), AnswerKind.WHAT,
                Set.of(Signal.WHICH), List.of(), false);
        assertFalse(agreement.same(named, lake, passage), "the question names Balkhash: it asks for another thing");
    }

    @Test
    void askedWhichPlaceAFactAgreesWithAPassageThatNamesThePlaceItsValueOpensWith() {
        Map<Integer, String> texts = Map.of(
                73, "Almaty (called Alma-Ata until 1993), the capital from 1929 until it moved to Astana in 1997",
                74, "Almaty was the capital until 1997 and is still the largest city.",
                75, "Astana became the capital in 1997 and has grown since.",
                76, "Almatyskaya was a village.");
        Agreement agreement = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> null);
        Hit former = new Hit(73, UnitKind.FACT, 1, 0, 1, "former capital", 0, 18, 1);
        Reading which = whichPlace("which city was the capital before astana", "astana");
        assertTrue(agreement.same(which, former, passage(74)), "both give Almaty");
        assertFalse(agreement.same(which, former, passage(75)), "it names Astana, which the question says");
        assertFalse(agreement.same(which, former, passage(76)), "a longer word is not the name");
        assertFalse(agreement.same(whichPlace("which city was the capital before almaty", "almaty"), former,
                passage(74)), "the question says Almaty: the passage need not give the answer");
        Reading noKindWord = new Reading("which was the capital", Language.EN, TextIndex.Reading.EN, List.of(),
                List.of(), List.of(), AnswerKind.WHAT, Set.of(Signal.WHICH), List.of(), false);
        assertFalse(agreement.same(noKindWord, former, passage(74)), "only a question for a city, region or place");
    }

    @Test
    void aTextNamingAPlaceLeftOutIsSetAsideOnlyWhenTheFirstOfSomethingIsAsked() {
        Map<Integer, String> texts = Map.of(
                77, "Khan Tengri, in the Tian Shan on the border with Kyrgyzstan",
                78, "Mountains rise along the edges, where Khan Tengri is the highest peak.",
                79, "The rural population grew in only two regions, Almaty (+7,600) and Atyrau (+275).");
        Agreement agreement = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> null);
        Entity khanTengri = new Entity(5, EntityKind.SIGHT, "Khan Tengri", Map.of());
        Entity almaty = new Entity(6, EntityKind.REGION, "Almaty", Map.of());
        Reading highest = new Reading("highest peak apart from khan tengri", Language.EN, TextIndex.Reading.EN,
                List.of(), List.of(), List.of(), AnswerKind.WHAT, Set.of(Signal.RANK), List.of(), false, null,
                List.of(), List.of(khanTengri));
        assertTrue(agreement.answersWithLeftOut(highest, new Hit(77, UnitKind.FACT, 1, 0, 1, "highest point", 0, 9, 1)),
                "the fact opens with the peak left out");
        assertTrue(agreement.answersWithLeftOut(highest, passage(78)), "the text gives the peak left out as the first");
        Reading where = new Reading("apart from almaty region where did the village population go up", Language.EN,
                TextIndex.Reading.EN, List.of(), List.of(), List.of(), AnswerKind.WHERE, Set.of(), List.of(), false,
                null, List.of(), List.of(almaty));
        assertFalse(agreement.answersWithLeftOut(where, passage(79)), "asked where else: the text names Atyrau too");
    }

    private static Reading whichPlace(String text, String named) {
        List<Word> words = new java.util.ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            Word.Role role = w.equals("city") ? Word.Role.KIND_WORD : w.equals(named) ? Word.Role.PLACE
                    : Word.Role.CONTENT;
            words.add(new Word(w, at, at + w.length(), null, role, true, false, null));
            at += w.length() + 1;
        }
        return new Reading(text, Language.EN, TextIndex.Reading.EN, words, List.of(), List.of(), AnswerKind.WHAT,
                Set.of(Signal.WHICH), List.of(), false);
    }

    @Test
    void aFactWhoseValueNamesTheTopicOfAnotherFactAgreesWithIt() {
        Map<Integer, String> texts = Map.of(20, "beshbarmak, boiled meat (often horse or mutton) on flat noodles",
                21, "the national dish: boiled meat on wide sheets of boiled dough",
                22, "kumis, fermented horse milk");
        Agreement names = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> null,
                h -> h.unit() == 21 ? List.of("Beshbarmak", "Besbarmak") : List.of());
        Hit dish = new Hit(20, UnitKind.FACT, 1, 0, 1, "national dish", 0, 9, 1);
        Hit topic = new Hit(21, UnitKind.FACT, 1, 0, 2, "what it is", 0, 11, 1);
        Hit drink = new Hit(22, UnitKind.FACT, 1, 0, 1, "national drink", 0, 4, 1);
        assertTrue(names.same(asking(AnswerKind.WHAT), dish, topic));
        assertTrue(names.same(asking(AnswerKind.WHAT), topic, dish));
        assertFalse(names.same(asking(AnswerKind.WHAT), drink, topic));
    }

    @Test
    void proseThatSaysMuchTheSameAgrees() {
        Map<Integer, String> texts = Map.of(
                30, "Domestic flights link Almaty and Astana with every regional centre, and trains run between them.",
                31, "The big cities are linked by domestic flights, trains and buses; Almaty and Astana have flights to"
                        + " every regional centre.",
                32, "Trains are slow but cheap; the Talgo between Almaty and Astana takes about twelve hours.");
        Agreement prose = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> "f#" + h.unit());
        assertTrue(prose.same(asking(AnswerKind.YES_NO), passage(30), passage(31)));
        assertFalse(prose.same(asking(AnswerKind.YES_NO), passage(30), passage(32)));
    }

    @Test
    void twoPassagesThatNameTheSameThingsTheQuestionDoesNotTellOneAccountOfWhatOrWhere() {
        Map<Integer, String> texts = Map.of(
                60, "Almaty lies at the foot of the Trans-Ili Alatau, and Medeu and Shymbulak are an hour away.",
                61, "The mountains start at the edge of the city: the Medeu rink and the Shymbulak resort are near.",
                62, "The best time to visit is late spring, when the mountains and the Steppe are at their best.",
                63, "In the Soviet years the city grew fast, and its mountains drew skiers from all over the Union.",
                64, "Students gathered in Soviet times on the main square of the city in protest.");
        Agreement prose = new Agreement(h -> texts.getOrDefault(h.unit(), ""), (a, b) -> false, h -> List.of(),
                (r, h) -> null, "Shymbulak"::equals);
        Reading mountains = new Reading("what mountains are around almaty", Language.EN, TextIndex.Reading.EN,
                List.of(), List.of(), List.of(), AnswerKind.WHAT, Set.of(), List.of(), false);
        assertTrue(prose.same(mountains, passage(60), passage(61)), "Medeu and Shymbulak in both");
        assertFalse(prose.same(mountains, passage(60), passage(62)), "no name in common");
        assertFalse(prose.same(mountains, passage(63), passage(64)), "one name, and a common one");
        Reading when = new Reading("when was medeu built", Language.EN, TextIndex.Reading.EN, List.of(), List.of(),
                List.of(), AnswerKind.WHEN, Set.of(), List.of(), false);
        assertFalse(prose.same(when, passage(60), passage(61)), "two accounts may give two years");
        Map<Integer, String> one = Map.of(70, "A ski resort, Shymbulak, lies above the city.",
                71, "Skiers take the cable car up to Shymbulak in winter.");
        Agreement rare = new Agreement(h -> one.getOrDefault(h.unit(), ""), (a, b) -> false, h -> List.of(),
                (r, h) -> null, "Shymbulak"::equals);
        assertTrue(rare.same(mountains, passage(70), passage(71)), "one rare name is enough");
    }

    @Test
    void proseThatSaysAFactsNamesFiguresAndMostOfItsWordsAgreesWithTheFact() {
        Map<Integer, String> texts = Map.of(
                40, "Islam 69.3%, Christianity 17.2%; 2.3% with no religion (2021 census)",
                41, "Islam is the religion of most people: in the 2021 census 69.3% named Islam and 17.2% Christianity,"
                        + " while 2.3% said they had no religion.",
                42, "Islam is the religion of most people: in the 2009 census 70.2% named Islam and 26.2% Christianity,"
                        + " while 2.8% said they had no religion.",
                43, "The Kazakh khanate was founded in 1465 by Kerei and Janibek, who led their people to Zhetysu.");
        Agreement prose = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> h.kind() == UnitKind.FACT
                ? null : "f#" + h.unit());
        Hit religion = fact(40, "religious composition", 10);
        assertTrue(prose.same(asking(AnswerKind.WHAT), religion, passage(41)));
        assertTrue(prose.same(asking(AnswerKind.WHAT), passage(41), religion));
        assertFalse(prose.same(asking(AnswerKind.WHAT), religion, passage(42)), "other figures: an older census");
        assertFalse(prose.same(asking(AnswerKind.WHAT), religion, passage(43)));
    }

    @Test
    void proseMayNameALongerFactsNamesInAnotherEndingButNotAOneWordValue() {
        Map<Integer, String> texts = Map.of(
                44, "Islam 69.3%, Christianity 17.2%; 2.3% with no religion and 11% not answering (2021 census)",
                45, "Islam is the religion of most Kazakhstanis: in the 2021 census 69.3% called themselves Muslims"
                        + " and 17.2% Christians; 2.3% said they had no religion, and 11% chose not to answer.",
                46, "Mountainous",
                47, "The mountains of the east, the Altai, rise above 4,000 m on the border with Russia and China.");
        Agreement prose = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> h.kind() == UnitKind.FACT
                ? null : "f#" + h.unit());
        assertTrue(prose.same(asking(AnswerKind.WHAT), fact(44, "religious composition", 14), passage(45)),
                "Christianity and Christians");
        assertFalse(prose.same(asking(AnswerKind.WHAT), fact(46, "character", 1), passage(47)),
                "one word shares only a stem with the prose");
    }

    @Test
    void aFactsFirstYearThatAPassageSaysAmongOthersAgreesWhenTheQuestionAsksWhen() {
        Map<Integer, String> texts = Map.of(
                48, "the 1850s (a merchant bought the first pits in 1856); large-scale mining from the 1930s",
                49, "Coal was found at Karaganda in 1833, and a merchant began to dig it in the 1850s; the city grew"
                        + " in the 1930s.",
                50, "Karaganda became a city in 1934.");
        Agreement years = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> h.kind() == UnitKind.FACT
                ? null : "f#" + h.unit());
        Hit since = fact(48, "coal mining since", 14);
        assertTrue(years.same(asking(AnswerKind.WHEN), passage(49), since), "1850 is among the passage's years");
        assertTrue(years.same(asking(AnswerKind.WHEN), since, passage(49)));
        assertFalse(years.same(asking(AnswerKind.WHEN), since, passage(50)));
        assertFalse(years.same(asking(AnswerKind.WHAT), passage(49), since), "only a question asking when");
    }

    @Test
    void aValuesFirstWordIsNoNameThatProseMustSay() {
        Map<Integer, String> texts = Map.of(
                60, "Regional centre of Kostanay region; a grain town on the Tobol River near the border with Russia.",
                61, "Kostanay, on the Tobol River not far from Russia, is the regional centre of the grain belt.",
                62, "Kostanay, on the Tobol River, is the regional centre of a region that borders China.");
        Agreement prose = new Agreement(h -> texts.getOrDefault(h.unit(), ""), h -> h.kind() == UnitKind.FACT
                ? null : "f#" + h.unit());
        Hit role = fact(60, "role", 17);
        assertTrue(prose.same(asking(AnswerKind.WHAT), passage(61), role), "«Regional» begins the value");
        assertFalse(prose.same(asking(AnswerKind.WHAT), passage(62), role), "Russia is a name the prose lacks");
    }

    @Test
    void whenTheQuestionAsksWhenATextsYearIsTheOneBesideTheAskedWords() {
        Map<Integer, String> texts = Map.of(
                63, "He led the country from 1991 until he stepped down in 2019.",
                64, "In 2019 a new president took office, elected again in 2022.",
                65, "A constitution was adopted in 1995 and amended in 2022.");
        // what the question's words point at in each text: 2019 in the first two, nothing in the third
        Map<Integer, String> asked = Map.of(63, "2019", 64, "2019");
        Agreement years = new Agreement(h -> texts.getOrDefault(h.unit(), ""), (a, b) -> false, h -> List.of(),
                (r, h) -> asked.get(h.unit()));
        assertTrue(years.same(asking(AnswerKind.WHEN), passage(63), passage(64)), "2019 beside the asked words");
        assertFalse(years.same(asking(AnswerKind.WHEN), passage(63), passage(65)), "2019 against its first, 1995");
        assertFalse(years.same(asking(AnswerKind.WHAT), passage(63), passage(64)), "only a question asking when");
        Agreement first = new Agreement(h -> texts.getOrDefault(h.unit(), ""), (a, b) -> false, h -> List.of());
        assertFalse(first.same(asking(AnswerKind.WHEN), passage(63), passage(64)), "first years: 1991 and 2019");
    }

    @Test
    void passagesGivingTheSameYearAgreeOnlyWhenTheQuestionAsksWhen() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHEN), passage(1), passage(2)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHEN), passage(1), passage(3)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), passage(1), passage(2)));
    }

    @Test
    void aSentenceAgreesWithItsPassageWhateverIsAsked() {
        Hit sentence = new Hit(8, UnitKind.SENTENCE, 1, 0, -1, "", 0, 5, 1);
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), sentence, passage(1)));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), sentence, passage(2)));
    }

    @Test
    void numbersAgreeWhateverTheirDigitGroups() {
        assertTrue(AGREEMENT.same(asking(AnswerKind.HOW_MANY), fact(6, "population", 2), passage(7)));
        assertEquals("2347924", Agreement.first(java.util.regex.Pattern.compile(
                "\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+|\\d+(?:[.,]\\d+)?"), "about 2 347 924 people"));
        assertNull(Agreement.first(java.util.regex.Pattern.compile("\\d+"), "no figure"));
    }

    @Test
    void aCountAndTheListItCountsAgree() {
        Hit count = fact(4, "number of cities over 1m", 1);
        Hit list = fact(5, "cities over 1m", 8);
        assertTrue(Agreement.restates(count, list));
        assertTrue(Agreement.restates(list, count));
        assertFalse(Agreement.restates(fact(4, "capital", 1), fact(5, "capital since", 3)));
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), count, list));
    }

    @Test
    void otherSourcesSayingTheSameAreSupportButTheWinnersOwnSentencesAreNot() {
        double[] none = new double[Feature.values().length];
        Candidate voltage = new Candidate(fact(12, "mains voltage", 4), none, 10);
        Candidate sameInAPassage = new Candidate(passage(13), none, 9);
        Candidate other = new Candidate(passage(3), none, 6);
        Candidate alone = Scorer.top(asking(AnswerKind.WHAT), List.of(voltage, other), AGREEMENT, PHRASING);
        assertEquals(0, alone.get(Feature.SUPPORT), 1e-9);
        Candidate supported = Scorer.top(asking(AnswerKind.WHAT), List.of(voltage, sameInAPassage, other), AGREEMENT,
                PHRASING);
        assertEquals(1.0 / Scorer.MAX_SUPPORT, supported.get(Feature.SUPPORT), 1e-9);
        Candidate passage = new Candidate(passage(1), none, 10);
        Candidate itsSentence = new Candidate(passage(8), none, 9);
        assertEquals(0, Scorer.top(asking(AnswerKind.WHAT), List.of(passage, itsSentence, other), AGREEMENT,
                PHRASING).get(Feature.SUPPORT), 1e-9, "a passage's own sentence is the same source");
    }

    @Test
    void twoUnitsOfThePlaceThatSayBothAlternativesOfAChoiceAreNoRivals() {
        Entity lake = new Entity(7, EntityKind.SIGHT, "Lake Balkhash", Map.of());
        Reading choice = new Reading("balkhash fresh or salty", Language.EN, TextIndex.Reading.EN, List.of(),
                List.of(new Place(lake, List.of(lake), 0, 8, false)), List.of(), AnswerKind.WHAT,
                Set.of(Signal.VERSUS), List.of(), false);
        double[] both = new double[Feature.values().length];
        both[Feature.ALL_COVERED.ordinal()] = 1;
        both[Feature.PLACE.ordinal()] = 1;
        double[] half = both.clone();
        half[Feature.ALL_COVERED.ordinal()] = 0;
        Candidate fact = new Candidate(fact(60, "what it is", 20), both, 11);
        Candidate passage = new Candidate(passage(62), both, 10.7);
        Candidate other = new Candidate(passage(3), half, 5);
        Candidate top = Scorer.top(choice, List.of(fact, passage, other), AGREEMENT, PHRASING);
        assertEquals(1.0 / Scorer.MAX_SUPPORT, top.get(Feature.SUPPORT), 1e-9);
        assertEquals(1, top.get(Feature.MARGIN), 1e-9, "the margin is over the third, 6 points behind");
        Reading plain = new Reading("balkhash fresh", Language.EN, TextIndex.Reading.EN, List.of(), choice.places(),
                List.of(), AnswerKind.WHAT, Set.of(), List.of(), false);
        assertEquals(0.3 / Scorer.FULL_MARGIN, Scorer.top(plain, List.of(fact, passage, other), AGREEMENT, PHRASING)
                .get(Feature.MARGIN), 1e-9, "without a choice asked the passage is a rival");
    }

    @Test
    void inAConversationTheSameFactOfWhatNobodyNamedIsNoRival() {
        double[] ofTheConversation = new double[Feature.values().length];
        ofTheConversation[Feature.CONTEXT_PLACE.ordinal()] = 1;
        double[] unnamed = new double[Feature.values().length];
        Candidate his = new Candidate(new Hit(60, UnitKind.FACT, 1, 0, 7, "born", 0, 6, 1), ofTheConversation, 18);
        Candidate another = new Candidate(new Hit(61, UnitKind.FACT, 1, 0, 8, "born", 0, 6, 1), unnamed, 17);
        Candidate passage = new Candidate(passage(3), unnamed, 14);
        assertTrue(Scorer.sameFactOfUnnamed(his, another));
        assertEquals(Scorer.margin(his, passage), Scorer.top(asking(AnswerKind.WHEN), List.of(his, another, passage),
                AGREEMENT, PHRASING).get(Feature.MARGIN), 1e-9, "«қай жылы туған» after the president");
        double[] named = ofTheConversation.clone();
        named[Feature.PLACE.ordinal()] = 1;
        assertFalse(Scorer.sameFactOfUnnamed(his, new Candidate(another.hit(), named, 17)),
                "a place the question names");
        assertFalse(Scorer.sameFactOfUnnamed(new Candidate(his.hit(), unnamed, 18), another), "no conversation");
        assertFalse(Scorer.sameFactOfUnnamed(his, new Candidate(new Hit(62, UnitKind.FACT, 1, 0, 8, "died", 0, 6, 1),
                unnamed, 17)), "another fact");
    }

    @Test
    void belowTheRunnerUpOnlyARestatementIsSupportNotASharedYear() {
        double[] none = new double[Feature.values().length];
        Candidate voltage = new Candidate(fact(12, "mains voltage", 4), none, 10);
        Candidate other = new Candidate(passage(3), none, 8);
        Candidate sameInAPassage = new Candidate(passage(13), none, 6);
        Candidate below = Scorer.top(asking(AnswerKind.WHAT), List.of(voltage, other, sameInAPassage), AGREEMENT,
                PHRASING);
        assertEquals(1.0 / Scorer.MAX_SUPPORT, below.get(Feature.SUPPORT), 1e-9);
        assertEquals((10 - 8) / Scorer.FULL_MARGIN, below.get(Feature.MARGIN), 1e-9, "the margin is still over #2");

        Candidate since1997 = new Candidate(passage(1), none, 10);
        Candidate until1997 = new Candidate(passage(2), none, 6);
        assertEquals(1.0 / Scorer.MAX_SUPPORT, Scorer.top(asking(AnswerKind.WHEN), List.of(since1997, until1997,
                other), AGREEMENT, PHRASING).get(Feature.SUPPORT), 1e-9, "the same year right after the winner");
        assertEquals(0, Scorer.top(asking(AnswerKind.WHEN), List.of(since1997, other, until1997), AGREEMENT,
                PHRASING).get(Feature.SUPPORT), 1e-9, "the same year below the runner-up is no support");
    }

    @Test
    void aHowManyQuestionIsNotAnsweredByACandidateWithoutAFigure() {
        double[] noFigure = new double[Feature.values().length];
        noFigure[Feature.KIND.ordinal()] = -1;
        noFigure[Feature.COVERAGE.ordinal()] = 1;
        Candidate peak = new Candidate(fact(16, "highest point", 3), noFigure, 10);
        Scorer scorer = new Scorer(Weights.shipped(), AGREEMENT, PHRASING);
        Decision d = scorer.decide(asking(AnswerKind.HOW_MANY), List.of(peak));
        assertFalse(d.answered());
        assertTrue(d.reason().contains("holds no figure"), d.reason());
    }

    @Test
    void aCandidateWithoutWhatIsAskedGivesWayToTheNextThatHasIt() {
        // "since when do we have the tenge": "Currency: tenge" meets the question best but names no year
        double[] noYear = new double[Feature.values().length];
        noYear[Feature.KIND.ordinal()] = -1;
        noYear[Feature.COVERAGE.ordinal()] = 1;
        double[] withYear = noYear.clone();
        withYear[Feature.KIND.ordinal()] = 1;
        noYear[Feature.EXACT_ATTRIBUTE.ordinal()] = 1; // its label is all the question says: it ranks first
        noYear[Feature.FULL_FACT.ordinal()] = 1;
        Hit currency = fact(30, "currency", 4);
        Hit introduced = new Hit(31, UnitKind.FACT, 1, 0, 1, "currency introduced", UnitFlags.ERA, 6, 1);
        Decision d = new Scorer(Weights.shipped(), AGREEMENT, PHRASING).decide(asking(AnswerKind.WHEN),
                List.of(new Candidate(currency, noYear, 12), new Candidate(introduced, withYear, 10)));
        assertEquals(introduced, d.winner().hit());
        assertEquals(currency, d.ranked().get(0).hit(), "it stays first in the ranking the explanation shows");
    }

    @Test
    void aWhereQuestionIsNotAnsweredByAFactNamingNoPlaceUnlessItPutsSomethingAtANamedPlace() {
        double[] noPlace = new double[Feature.values().length];
        noPlace[Feature.KIND.ordinal()] = -1;
        noPlace[Feature.COVERAGE.ordinal()] = 1;
        Scorer scorer = new Scorer(Weights.shipped(), AGREEMENT, PHRASING);
        Candidate fields = new Candidate(fact(24, "main oil fields", 5), noPlace, 10);
        Decision d = scorer.decide(asking(AnswerKind.WHERE), List.of(fields));
        assertFalse(d.answered());
        assertTrue(d.reason().contains("names no place"), d.reason());
        Hit burial = new Hit(24, UnitKind.FACT, 1, 0, 1, "burial place", UnitFlags.AT_NAME, 9, 1);
        Decision atName = scorer.decide(asking(AnswerKind.WHERE), List.of(new Candidate(burial, noPlace, 10)));
        assertFalse(atName.reason().contains("names no place"), atName.reason());
    }

    @Test
    void theEarlierValueOfTheWinnersAttributeIsNoRivalUnlessTheQuestionAsksAboutWhatWasBefore() {
        double[] none = new double[Feature.values().length];
        Candidate now = new Candidate(fact(11, "parliament", 12), none, 10);
        Candidate before = new Candidate(fact(14, "previous parliament", 12), none, 9.5);
        Candidate other = new Candidate(passage(3), none, 6);
        List<Candidate> ranked = List.of(now, before, other);
        assertEquals((10 - 6) / Scorer.FULL_MARGIN, Scorer.top(asking(AnswerKind.WHAT), ranked, AGREEMENT, PHRASING)
                .get(Feature.MARGIN), 1e-9, "the previous parliament does not compete with the parliament");
        Reading earlier = new Reading("?", Language.EN, TextIndex.Reading.EN, List.of(), List.of(), List.of(),
                AnswerKind.WHAT, Set.of(Signal.EARLIER), List.of(), false);
        assertEquals((10 - 9.5) / Scorer.FULL_MARGIN, Scorer.top(earlier, ranked, AGREEMENT, PHRASING)
                .get(Feature.MARGIN), 1e-9, "asked about the previous one, it does");
    }

    @Test
    void whatWasBeforeIsNoRivalToAnyCurrentFactOfThePlace() {
        double[] none = new double[Feature.values().length];
        Candidate deputies = new Candidate(fact(11, "number of deputies", 12), none, 10);
        Candidate before = new Candidate(fact(14, "previous parliament", 12), none, 9.5);
        Candidate other = new Candidate(passage(3), none, 6);
        assertEquals((10 - 6) / Scorer.FULL_MARGIN, Scorer.top(asking(AnswerKind.HOW_MANY),
                List.of(deputies, before, other), AGREEMENT, PHRASING).get(Feature.MARGIN), 1e-9,
                "the two chambers before 2026 do not make today's 145 deputies less sure");
        Candidate formerNames = new Candidate(fact(30, "former names", 12), none, 10);
        Candidate formerCapital = new Candidate(fact(31, "previous constitution", 12), none, 9.5);
        assertEquals((10 - 9.5) / Scorer.FULL_MARGIN, Scorer.top(asking(AnswerKind.WHAT),
                List.of(formerNames, formerCapital, other), AGREEMENT, PHRASING).get(Feature.MARGIN), 1e-9,
                "one past fact against another is a rival");
    }

    @Test
    void ofACountAndItsListTheListAnswersWhichAndTheCountHowMany() {
        Candidate count = new Candidate(fact(4, "number of cities over 1m", 1), new double[Feature.values().length],
                10);
        Candidate list = new Candidate(fact(5, "cities over 1m", 8), new double[Feature.values().length], 9);
        Candidate other = new Candidate(passage(3), new double[Feature.values().length], 6);
        List<Candidate> ranked = List.of(count, list, other);
        Candidate which = Scorer.top(asking(AnswerKind.WHAT), ranked, AGREEMENT, PHRASING);
        assertEquals(5, which.hit().unit());
        assertEquals(10, which.score());
        assertEquals((10 - 6) / Scorer.FULL_MARGIN, which.get(Feature.MARGIN), 1e-9, "the margin is over the passage");
        // asked how many, a short list answers too (it gives the count and what is counted); a long one does not
        assertEquals(5, Scorer.top(asking(AnswerKind.HOW_MANY), ranked, AGREEMENT, PHRASING).hit().unit());
        Candidate longList = new Candidate(fact(5, "cities over 1m", Scorer.SHORT_LIST_WORDS + 1),
                new double[Feature.values().length], 9);
        assertEquals(4, Scorer.top(asking(AnswerKind.HOW_MANY), List.of(count, longList, other), AGREEMENT, PHRASING)
                .hit().unit());
    }

    @Test
    void theSameFactOfTwoPlacesIsNoSecondSource() {
        Hit abai = new Hit(18, UnitKind.FACT, 1, 0, 21, "created", 0, 1, 1);
        Hit ulytau = new Hit(19, UnitKind.FACT, 1, 0, 22, "created", 0, 1, 1);
        Hit abaiAgain = new Hit(19, UnitKind.FACT, 1, 0, 21, "first governor", 0, 1, 1);
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHEN), abai, ulytau), "both regions were created in 2022");
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHEN), abai, abaiAgain));
    }

    @Test
    void twoLongFactsOfOnePlaceAgreeWhenTheySayTheSameNamesAndFigures() {
        Hit visa = new Hit(20, UnitKind.FACT, 1, 0, 1, "visa-free entry", 0, 16, 1);
        Hit needed = new Hit(21, UnitKind.FACT, 1, 0, 1, "visa needed", 0, 16, 1);
        Hit most = new Hit(22, UnitKind.FACT, 1, 0, 1, "most populous region", 0, 9, 1);
        Hit least = new Hit(23, UnitKind.FACT, 1, 0, 1, "least populous region", 0, 9, 1);
        assertTrue(AGREEMENT.same(asking(AnswerKind.WHAT), visa, needed));
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), most, least), "other names and figures in the same words");
        assertFalse(AGREEMENT.same(asking(AnswerKind.WHAT), visa,
                new Hit(21, UnitKind.FACT, 1, 0, 2, "visa needed", 0, 16, 1)), "facts of two places");
    }

    @Test
    void aFactThatNamesEveryItemOfAListSaysTheSame() {
        // "Neighbouring Countries: Russia, China, …" and "Land Border Length: … Russia over 7,500 km, Uzbekistan …"
        Hit neighbours = new Hit(24, UnitKind.FACT, 1, 0, 1, "neighbouring countries", UnitFlags.LIST, 5, 1);
        assertTrue(AGREEMENT.restatesContent(neighbours, fact(25, "land border length", 20)));
        assertTrue(AGREEMENT.restatesContent(fact(25, "land border length", 20), neighbours));
        assertFalse(AGREEMENT.restatesContent(neighbours, fact(26, "land border length", 12)), "two of five named");
    }

    @Test
    void twoThatGiveTheSameLengthOfTimeAgreeOnHowLong() {
        Hit passage = new Hit(27, UnitKind.PASSAGE, 1, 0, -1, "", UnitFlags.DURATION, 10, 1);
        Hit route = new Hit(28, UnitKind.FACT, 1, 0, 1, "how to get to astana", UnitFlags.DURATION, 14, 1);
        Hit other = new Hit(29, UnitKind.FACT, 1, 0, 1, "how to get to karaganda", UnitFlags.DURATION, 12, 1);
        assertTrue(AGREEMENT.same(asking(AnswerKind.HOW_LONG), passage, route), "both say 12–13 hours");
        assertFalse(AGREEMENT.same(asking(AnswerKind.HOW_LONG), passage, other), "8 hours is another answer");
    }

    @Test
    void twoTextsThatGiveTheSameFiguresSayTheSameWhateverElseTheySay() {
        assertTrue(AGREEMENT.restatesContent(passage(40), passage(41)), "111,000, 2024 and 2000 in both");
        assertFalse(AGREEMENT.restatesContent(passage(40), passage(42)), "only years in common");
        assertFalse(AGREEMENT.restatesContent(fact(22, "Most Populous Region", 8), fact(23, "Least Populous Region", 8)),
                "a date in common is no figure in common");
        assertTrue(AGREEMENT.restatesContent(fact(45, "Emergency Number", 12), passage(46)), "112 and 103 in both");
        assertFalse(AGREEMENT.restatesContent(fact(45, "Emergency Number", 12), passage(47)),
                "one three-digit number in common is chance");
        assertTrue(AGREEMENT.restatesContent(fact(48, "Visa-Free Stay", 12), passage(49)), "30, 90 and 180 in both");
        assertFalse(AGREEMENT.restatesContent(fact(48, "Visa-Free Stay", 12), passage(50)),
                "two short numbers in common (30 and 90) are chance");
    }

    @Test
    void proseThatGivesAFactsFigureForWhatItsAttributeNamesSaysTheFact() {
        Hit fact = fact(51, "average january temperature", 5);
        assertTrue(AGREEMENT.restatesContent(fact, passage(52)), "−15 beside average, January and temperature");
        assertTrue(AGREEMENT.restatesContent(passage(52), fact), "whichever of the two wins");
        assertFalse(AGREEMENT.restatesContent(fact, passage(53)), "−15 in January, but no average temperature");
        assertFalse(AGREEMENT.restatesContent(fact(54, "january 2022 unrest", 6), passage(55)),
                "a day of the month is said by any text");
    }

    @Test
    void twoFactsGivingTheSameLongValueWordForWordAreOneAnswer() {
        Hit there = new Hit(56, UnitKind.FACT, 1, 0, 1, "how to get to astana", 0, 14, 1);
        Hit back = new Hit(57, UnitKind.FACT, 1, 0, 2, "how to get to almaty", 0, 14, 1);
        assertTrue(AGREEMENT.restatesContent(there, back), "the journey there and back");
        assertFalse(AGREEMENT.restatesContent(new Hit(58, UnitKind.FACT, 1, 0, 1, "state language", 0, 1, 1),
                new Hit(59, UnitKind.FACT, 1, 0, 2, "language", 0, 1, 1)), "a one-word value is said by many facts");
    }
}
