package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rankings read "smallest" and "least populated" in three languages; follow-ups stay with the place asked about. */
class RankingsAndFollowUpsTest {

    private static Answer ask(Dialogue d, String text, Language language) {
        return ShippedKnowledge.library().answer(d.question(text, language));
    }

    @Test
    void aSightWhoseNameSharesAWordWithThePlaceNamedIsNotAnsweredForIt() {
        // Kaindy Lake's depth contains the "lake" of "Lake Balkhash", not its name
        for (String q : List.of("how deep is lake balkhash", "how deep is balkhash lake")) {
            Answer a = ShippedKnowledge.ask(q);
            assertTrue(!a.body().contains("Kaindy"), q + " → " + a.body());
        }
        assertTrue(ShippedKnowledge.ask("Which region's centre is Aktau?").body().contains("Mangystau"));
    }

    @Test
    void theRegionalCentresRankAmongThemselvesAndTheCompassRanksByCoordinates() {
        // «областной центр» names a region's word, yet asks for cities; Almaty and Shymkent are no regions' centres
        assertEquals("Самые большие областные центры по показателю «население»\n1. Актобе — 559 911 (2023)",
                ShippedKnowledge.ask("какой областной центр самый большой").title() + "\n"
                        + ShippedKnowledge.ask("какой областной центр самый большой").body());
        assertEquals("1. Konaev — 70,000 (2024)", ShippedKnowledge.ask("the smallest regional centre").body(),
                "every centre is known, so the smallest one too");
        assertEquals(17, ShippedKnowledge.ask("облыс орталықтары халқы бойынша").body().lines().count());
        assertEquals("1. Петропавл — ендігі 54,8734",
                ShippedKnowledge.ask("ең солтүстіктегі облыс орталығы қай қала").body());
        assertEquals("1. Saryagash — latitude 41.4604\n2. Shymkent — latitude 42.3099\n3. Arys — latitude 42.4301",
                ShippedKnowledge.ask("3 most southern cities").body());
        assertTrue(ShippedKnowledge.ask("wats the most southern city in kz").body().startsWith("1. Saryagash"),
                "\"wats\" is chat spelling of \"whats\"");
        assertTrue(ShippedKnowledge.ask("самый западный город казахстана").body()
                .startsWith("1. Актау — долгота 51,1739"));
        // typed in Latin letters as people spell it, read as its Cyrillic spelling
        assertEquals("1. Петропавловск — широта 54,8734",
                ShippedKnowledge.ask("samiy severniy oblastnoy centr kz").body());
    }

    @Test
    void theOldestAndTheYoungestCitiesRankByTheYearTheirAgeCountsFrom() {
        Answer oldest = ShippedKnowledge.ask("what is the oldest city in kazakhstan");
        assertEquals("The oldest cities", oldest.title());
        assertTrue(oldest.body().startsWith("1. Taraz: about ") && oldest.body().contains("\n2. Turkistan: ")
                && oldest.body().contains("\n3. Shymkent: first mentioned in 1425"), oldest.body());
        assertTrue(ShippedKnowledge.ask("самый древний город казахстана").body().startsWith("1. Тараз: около "));
        assertTrue(ShippedKnowledge.ask("ең көне қала қайсы").body().startsWith("1. Тараз: ресми есеп бойынша"));
        // a city made by a decree was created, not founded: Alatau, a city since 2024, is the youngest
        String youngest = ShippedKnowledge.ask("youngest city in kz").body();
        assertTrue(youngest.startsWith("1. Alatau: created in 2024, ")
                && youngest.contains("\n2. Konaev: founded in 1970, "), youngest);
        assertTrue(ShippedKnowledge.ask("сколько лет городу алатау").body().startsWith("Алатау: образован в 2024 году"));
        assertEquals(2, ShippedKnowledge.ask("2 oldest cities").body().lines().count());
        // a named thing that is oldest is its own fact, not a ranking of cities
        assertTrue(ShippedKnowledge.ask("oldest nature reserve").body().contains("Aksu-Zhabagly"));
    }

    @Test
    void aWordOfHowMuchIsNotWhatIsAskedSoAnotherPlaceAsksTheSameQuestion() {
        // «сильно» had met only Astana's "strong winds", so Almaty's milder winter lacked a word
        List<Answer> cold = talk(Language.RU, "зимой в астане сильно холодно?", "а в алмате?");
        assertTrue(cold.get(0).body().contains("−15 °C"), cold.get(0).body());
        assertTrue(cold.get(1).body().startsWith("Алматы") && cold.get(1).body().contains("−4 °C"),
                cold.get(1).body());
    }

    @Test
    void moreAskedOfAPlaceIsItsWholeCard() {
        List<Answer> en = talk(Language.EN, "whats tamgaly", "how far is it from almaty", "tell me more about it");
        assertEquals("Tamgaly", en.get(2).title());
        assertTrue(en.get(2).body().contains("UNESCO: on the World Heritage List since 2004")
                && en.get(2).body().contains("Distance From Almaty: about 170 km"), en.get(2).body());
        assertTrue(talk(Language.RU, "что такое тамгалы", "подробнее").get(1).body()
                .contains("ЮНЕСКО: в Списке всемирного наследия с 2004 года"));
        assertTrue(talk(Language.KK, "тамғалы деген не", "толығырақ айтшы").get(1).body()
                .contains("ЮНЕСКО: 2004 жылдан бері"));
        // "tell me more" alone: "tell me" is no opening set aside before "more" (it had been read as the word "more")
        List<Answer> golden = talk(Language.EN, "what is the golden man", "tell me more");
        assertTrue(golden.get(1).body().contains("Dating: the Saka period"), golden.get(1).body());
        Answer almatyMore = talk(Language.EN, "tell me about almaty", "tell me more").get(1);
        assertTrue(almatyMore.body().contains("Founded: "), almatyMore.body());
        // after "I don't know" about a place, "more" is no summary of the place: nothing was told to tell more of
        List<Answer> after = talk(Language.RU, "что было в декабре 86 в алма-ате", "подробнее");
        assertFalse(after.get(0).found());
        assertFalse(after.get(1).found(), after.get(1).body());
        // after an answer about the whole country, "more" does not say what more: not the country's whole card
        assertFalse(talk(Language.EN, "what is the capital of kazakhstan", "tell me more").get(1).body()
                .contains("Names: Kazakhstan"));
    }

    @Test
    void aQuestionOfWhatIsTalkedAboutIsNoSmallTalkThoughItHoldsSmallTalkWords() {
        // "where can I see it?" had been taken for the acknowledgement "I see", "ok, tell me more" for "ok"
        List<Answer> golden = talk(Language.EN, "what is the golden man", "where can I see it?", "ok, tell me more");
        assertFalse(golden.get(1) instanceof Answer.Chat, golden.get(1).body());
        assertTrue(golden.get(2).body().contains("Dating: the Saka period"), golden.get(2).body());
        assertTrue(talk(Language.EN, "what is the golden man", "ok cool").get(1) instanceof Answer.Chat);
        assertTrue(talk(Language.EN, "hi there, how are you?").get(0) instanceof Answer.Chat);
    }

    @Test
    void andAnotherThingAfterAFactOfOneThingAsksTheSameOfTheOther() {
        // «ал елтаңбаны ше?» after the flag's designer had been given the emblem's description
        assertEquals("Қазақстан — Елтаңбасының авторлары: Жандарбек Мәлібеков пен Шота (Шот-Аман) Уәлиханов",
                talk(Language.KK, "казакстан туы кандай", "оны кім жасаған?", "ал елтаңбаны ше?").get(2).body());
        assertTrue(talk(Language.RU, "кто автор флага казахстана", "а герба?").get(1).body()
                .startsWith("Казахстан — Авторы герба: Жандарбек Малибеков"));
        // nothing of the kind asked of the anthem: its own fact, not a designer's
        assertTrue(talk(Language.EN, "who designed the flag of kazakhstan", "and the anthem?").get(1).body()
                .startsWith("Kazakhstan — National Anthem: "));
    }

    @Test
    void anotherCountryBesideThePlaceTalkedAboutAsksAboutThePlace() {
        // «а россия его до какого года арендует?» after Baikonur had been refused as a question about Russia
        Answer lease = talk(Language.RU, "байконур где находится", "а россия его до какого года арендует?").get(1);
        assertTrue(lease.body().contains("2050"), lease.body());
        // "from there" after the town of Baikonur: the cosmodrome named after it answers
        assertTrue(talk(Language.RU, "байконур где находится", "кто оттуда первый полетел в космос?").get(1).body()
                .startsWith("Космодром Байконур — Первые запуски: "));
        // a place of another country compared with it is still no question about ours
        assertFalse(talk(Language.EN, "tell me about almaty", "is it bigger than tashkent?").get(1).found());
    }

    @Test
    void aPlaceOfAnotherCountryNamedTakesTheSecondPlaceOfAComparisonNotThePlaceTalkedAbout() {
        // "is bishkek bigger than shymkent" after Almaty compares Shymkent with Bishkek, which we know nothing of
        Answer bishkek = talk(Language.EN, "whats the biggest city in kazakhstan", "is bishkek bigger than shymkent")
                .get(1);
        assertFalse(bishkek.body().contains("Almaty"), bishkek.body());
        Answer tashkent = talk(Language.RU, "расскажи про астану", "сколько км от шымкента до ташкента").get(1);
        assertFalse(tashkent.body().contains("Астан"), tashkent.body());
    }

    @Test
    void aComparisonWithAPlaceOfAnotherCountryIsNotAnsweredByOurPlacesOwnFigure() {
        assertFalse(ShippedKnowledge.ask("which is bigger almaty or tashkent").found());
        assertFalse(ShippedKnowledge.ask("на сколько больше людей живет в ташкенте чем в шымкенте").found());
        // another country named for what our facts say is still answered
        assertTrue(ShippedKnowledge.ask("time diff kz and beijing").body().contains("3 hours"));
    }

    @Test
    void howManyThereAreInAnotherCountryIsNotToldEvenAsAFollowUp() {
        assertFalse(talk(Language.KK, "қар барысы күні қашан", "қырғызстанда қанша қар барысы бар").get(1).found());
        assertFalse(ShippedKnowledge.ask("how many saigas are there in mongolia").found());
        assertTrue(ShippedKnowledge.ask("how many saigas are there in kazakhstan").body().contains("4.1 million"));
    }

    @Test
    void backThenAsksForAFormerName() {
        // "back then", «при союзе», «ол кезде» say an earlier time as "formerly" does
        assertEquals("Aktau — Former Names: Shevchenko (1964–1991); Шевченко",
                talk(Language.EN, "tell me about aktau", "what was it called back then").get(1).body());
        assertTrue(talk(Language.RU, "расскажи про актау", "а как он назывался при союзе").get(1).body()
                .startsWith("Актау — Прежние названия: Шевченко"));
        assertTrue(talk(Language.KK, "ақтау туралы айтшы", "ол кезде қалай аталған").get(1).body()
                .startsWith("Ақтау — Бұрынғы атаулары: Шевченко"));
    }

    @Test
    void whenAfterAFactThatSaysWhenIsThatFactAgain() {
        // «кашан кабылданды» (when was it adopted) after the flag: its description says "adopted on 4 June 1992", and
        // had been refused as a repeat of the last answer
        Answer adopted = talk(Language.KK, "казакстан туы кандай", "кашан кабылданды").get(1);
        assertTrue(adopted.body().contains("1992 жылғы 4 маусымда"), adopted.body());
    }

    @Test
    void whereAPersonIsFromIsWhereTheyWereBorn() {
        // "where is he from" had asked nothing ("from" is no topic word); a birth date beside the town did not say
        // where, so other people's birthplaces that name a region came first
        assertEquals("Gennady Golovkin — Born: 8 April 1982, in Karaganda",
                talk(Language.EN, "who is GGG", "where is he from").get(1).body());
        assertEquals("Gennady Golovkin — Born: 8 April 1982, in Karaganda",
                talk(Language.EN, "who is GGG", "where's he from").get(1).body(), "typed with an apostrophe");
        assertTrue(talk(Language.KK, "головкин кім", "ол қайдан шыққан").get(1).body()
                .startsWith("Геннадий Головкин — Туған: 1982 жылғы 8 сәуір, Қарағандыда"));
        assertTrue(talk(Language.RU, "кто такой головкин", "откуда он родом").get(1).body()
                .startsWith("Геннадий Головкин — Рождение: 8 апреля 1982 года, в Караганде"));
        assertTrue(talk(Language.KK, "salem, rakhmet komeginiz ushin").get(0) instanceof Answer.Chat);
    }

    @Test
    void aSightNamedWithItsCityIsWhatIsAskedAbout() {
        Answer shatyr = ShippedKnowledge.ask("what is khan shatyr in astana");
        assertEquals("Khan Shatyr", shatyr.title());
        assertEquals("Медеу", ShippedKnowledge.ask("что такое медеу в алмате").title());
        assertEquals("Charyn Canyon", ShippedKnowledge.ask("charyn canyon almaty region").title());
        // and the facts searched are the sight's, not the city's: a monument («памятник») of the square
        assertTrue(ShippedKnowledge.ask("что за памятник на площади ордабасы в шымкенте").body()
                .startsWith("Площадь Ордабасы — Что это:"));
        // two places that are not a sight and its city are still both asked about
        assertTrue(ShippedKnowledge.ask("how far is medeu from almaty").body().startsWith("Medeu — Almaty: about 16 km"));
    }

    @Test
    void whatToSeeAtASightIsTheSightItselfAndThereAfterAPersonIsThePlaceHisFactNames() {
        Answer otrar = ShippedKnowledge.ask("что посмотреть в отраре");
        assertEquals("Отрар", otrar.title());
        assertTrue(otrar.body().contains("Рядом: мавзолей Арыстан-Баба"), otrar.body());
        assertTrue(ShippedKnowledge.ask("what to see at charyn canyon").body()
                .contains("Best-Known Part: the Valley of Castles"));
        // "there" after where Al-Farabi was born is Otrar, which his Born fact names
        List<Answer> farabi = talk(Language.RU, "где родился аль-фараби", "а что там посмотреть");
        assertEquals("Отрар", farabi.get(1).title());
        List<Answer> kk = talk(Language.KK, "әл фараби кім болған", "ол қайда туған", "ал ол жерде не көруге болады?");
        assertEquals("Отырар", kk.get(2).title());
        // "he" after a person's birthplace is still the person
        assertTrue(talk(Language.RU, "где родился чокан валиханов", "а чем он известен").get(1).body()
                .startsWith("Чокан Валиханов"));
    }

    @Test
    void theWordsThatPointAtThePlaceAreNoTopicOfTheirOwn() {
        // «жерде» of «ол жерде» (there) had been a word the population fact lacked
        List<Answer> semey = talk(Language.KK, "семей деген не", "ал ол жерде қанша адам тұрады");
        assertTrue(semey.get(1).body().startsWith("Семей — Халқы: 308 143"), semey.get(1).body());
    }

    @Test
    void aFollowUpThatAsksWhenIsNotAnsweredWithTheLastFactWhenThatFactNamesNoYear() {
        List<Answer> area = talk(Language.KK, "астананың ауданы қанша", "қашан астана болды");
        assertTrue(!area.get(1).body().startsWith("Астана — Аумағы") && area.get(1).body().contains("1997"),
                area.get(1).body());
        List<Answer> founded = talk(Language.RU, "когда основан алматы", "а когда шымкент?");
        assertTrue(founded.get(1).body().startsWith("Шымкент — Основан:"), founded.get(1).body());
    }

    @Test
    void afterADistanceAPlaceWithAnotherMeasureAsksThatMeasure() {
        List<Answer> en = talk(Language.EN, "how far from aktau to atyrau", "what about lake balkhash, how long");
        assertTrue(!en.get(1).body().contains("Aktau") && en.get(1).body().contains("about 600 km long"),
                en.get(1).body());
        List<Answer> ru = talk(Language.RU, "сколько км от астаны до караганды", "а до павлодара?");
        String pavlodar = ru.get(1).body();
        assertTrue(pavlodar.startsWith("Павлодар — Астана:") || pavlodar.startsWith("Астана — Павлодар:"),
                "a place alone still asks the distance: " + pavlodar);
        // a place with "where" after a distance asks where it is, not how far
        List<Answer> where = talk(Language.RU, "где находится бурабай", "а сколько от астаны туда",
                "а кольсайские озера где");
        assertTrue(where.get(2).body().contains("Алматинск") && !where.get(2).body().contains("км по прямой"),
                where.get(2).body());
    }

    @Test
    void itPointsBackAtThePlaceAndTheCountrysOwnFactIsNoAnswerThen() {
        Dialogue d = Dialogue.START;
        Answer region = ask(d, "how big is Karaganda region", Language.EN);
        assertTrue(region.body().startsWith("Administrative Center: Karaganda"), region.body());
        Answer capital = ask(d.after(region), "what is its capital?", Language.EN);
        assertEquals("Karaganda region — Administrative Center: Karaganda", capital.body().lines().findFirst()
                .orElseThrow(), "the region's centre, not Astana");
        Answer famous = ask(d, "what is turkistan famous for", Language.EN);
        Answer of = ask(d.after(famous), "which region is it the capital of?", Language.EN);
        assertTrue(!of.body().contains("Astana"), of.body());
        Answer country = ask(d.after(region), "what is the capital of kazakhstan", Language.EN);
        assertTrue(country.body().startsWith("Kazakhstan — Capital: Astana"), "the country named: " + country.body());
    }

    @Test
    void aQuestionOfItsOwnNotKnownLeavesNoEarlierWordsForTheNextOneToPointBackTo() {
        Answer exports = ask(Dialogue.START, "what does kazakhstan export the most?", Language.EN);
        assertTrue(exports.body().startsWith("Kazakhstan — Main Exports:"), exports.body());
        Dialogue d = Dialogue.START.after(exports);
        Answer field = ask(d, "which oil field produces the most?", Language.EN);
        assertFalse(field.found(), field.body());
        d = d.after(field);
        assertEquals("", d.topic().words());
        Answer where = ask(d, "where is it?", Language.EN);
        assertFalse(where.found(), "'it' is the oil field not known, not 'the most' of the exports: " + where.body());
        // a question that points back and is not known keeps them: "when was it built" is still about the building
        Dialogue t = Dialogue.START.after(ask(Dialogue.START, "what's the tallest building in kazakhstan",
                Language.EN));
        t = t.after(ask(t, "how tall is it", Language.EN));
        assertTrue(ask(t, "when was it built", Language.EN).body().contains("opened in 2022"));
    }

    @Test
    void aShortQuestionOrOneThatPointsBackIsAskedWithTheWordsOfTheLastQuestion() {
        Answer depicted = ask(Dialogue.START, "что изображено на гербе казахстана", Language.RU);
        assertTrue(depicted.body().contains("шанырак"), depicted.body()); // a passage about the yurt: no fact's topic
        assertEquals("изображено гербе", depicted.topic().words());
        Dialogue d = Dialogue.START.after(depicted);
        Answer author = ask(d, "а кто его автор", Language.RU);
        assertEquals("Казахстан — Авторы герба: Жандарбек Малибеков и Шота (Шот-Аман) Уалиханов", author.body());
        // the talk stays on the emblem: its words, not the words of the question about its author
        assertEquals("изображено гербе", author.topic().words());
        Answer adopted = ask(d.after(author), "а приняли когда", Language.RU);
        assertTrue(adopted.body().contains("1992"), adopted.body());
        // a question that says enough is not taken for a follow-up, and "I don't know" keeps the words
        assertTrue(ask(d, "в каком году был основан город семей", Language.RU).body()
                .startsWith("Семей — Основан: в 1718 году"));
        Answer none = ask(Dialogue.START, "какая погода в москве", Language.RU);
        assertEquals("изображено гербе", d.after(none).topic().words());
    }

    @Test
    void aCountrysThingThatFindsNothingIsAskedWithTheLastWords() {
        Dialogue d = Dialogue.START;
        for (String q : List.of("describe the kazakh flag pls", "who designed it")) {
            d = d.after(ask(d, q, Language.EN));
        }
        // "it" read as the last fact (the Flag Designer) finds nothing: the flag's words of the question before do
        Answer adopted = ask(d, "when was it adopted", Language.EN);
        assertTrue(adopted.found() && adopted.body().contains("adopted on 4 June 1992"), adopted.body());
    }

    @Test
    void tellMeAboutAPlaceAfterADistanceIsThePlaceAndItsRegionIsNoListOfRegions() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "how far is astana from almaty", Language.EN));
        assertTrue(ask(d, "tell me about karaganda", Language.EN).body().startsWith("Status: regional center"));
        assertEquals("Karaganda — Almaty: about 784 km in a straight line (great-circle distance).",
                ask(d, "what about karaganda?", Language.EN).body());
        Answer shymkent = ask(d, "расскажи про шымкент", Language.RU);
        assertTrue(shymkent.body().startsWith("Статус: город республиканского значения"), shymkent.body());
        // «области» is one region here, the one it lies in, not all of them
        assertEquals("Шымкент — Область: нет (город республиканского значения)",
                ask(d.after(shymkent), "в какой он области", Language.RU).body());
    }

    @Test
    void aSummaryOfACityEndsWithWhatItIsKnownFor() {
        assertEquals("Status: regional center\nRegion: Turkistan region\nPopulation: 220,159 (2023)\n"
                + "Role: Administrative center of Turkistan region since 2018 and a spiritual centre of the Kazakh "
                + "past.\nKnown For: The Mausoleum of Khoja Ahmed Yasawi, built on Timur's orders in the late 14th "
                + "century and a UNESCO World Heritage Site.", ShippedKnowledge.ask("tell me about turkistan city").body());
    }

    @Test
    void howDeepTheLargestLakeIsIsTheCaspiansDepth() {
        Answer largest = ask(Dialogue.START, "какое самое большое озеро в казахстане", Language.RU);
        Answer deep = ask(Dialogue.START.after(largest), "а глубина?", Language.RU);
        assertTrue(deep.body().startsWith("Каспийское море — Глубина: до 1025 м"), deep.body());
    }

    @Test
    void andTheMusicAfterTheAnthemsLyricsIsItsComposer() {
        List<Answer> en = talk(Language.EN, "and the anthem - who wrote the lyrics", "and the music?");
        assertEquals("Kazakhstan — Anthem Composer: Shamshi Kaldayakov (music, 1956)", en.get(1).body(),
                "the anthem's, not the national instrument");
        List<Answer> kk = talk(Language.KK, "гимн қазақстанның сөзін кім жазды", "ал әнін ше?");
        assertTrue(kk.get(1).body().startsWith("Қазақстан — Әнұранның сазгері: Шәмші Қалдаяқов"), kk.get(1).body());
        // a country's fact asked while the talk is about a city (found in the new-user trial)
        List<Answer> ru = talk(Language.RU, "расскажи про шымкент", "кто написал слова гимна", "а музыку?");
        assertTrue(ru.get(2).body().startsWith("Казахстан — Композитор гимна: Шамши Калдаяков"), ru.get(2).body());
    }

    @Test
    void fromOneToTheOtherIsBetweenTheTwoPlacesComparedNotTheOtherOne() {
        Dialogue d = Dialogue.START;
        for (String q : List.of("how many ppl live in shymkent", "and karaganda?", "which of them is older")) {
            d = d.after(ask(d, q, Language.EN));
        }
        assertEquals("Shymkent — Karaganda: about 876 km in a straight line (great-circle distance).",
                ask(d, "how far is it from one to the other", Language.EN).body());
        Dialogue kk = Dialogue.START;
        for (String q : List.of("алматы кашан курылды", "астана ше", "екеуинин арасы канша км")) {
            kk = kk.after(ask(kk, q, Language.KK));
        }
        String more = ask(kk, "кайсысында халык коп", Language.KK).body();
        assertTrue(more.startsWith("Алматы Астана қаласынан үлкен («халқы» бойынша, айырмасы — 709 691)."), "«в котором из них»: "
                + more);
    }

    @Test
    void twoThingsAreComparedByTheMeasureAskedAndAHigherPopulationIsNoHeight() {
        assertEquals("Иртыш длиннее, чем Сырдарья, примерно на 2 036 км.\nИртыш — Длина: 4248 км, из них около 1835 км в Казахстане\n"
                + "Сырдарья — Длина: 2212 км", ShippedKnowledge.ask("а что длиннее, иртыш или сырдарья").body());
        assertTrue(ShippedKnowledge.ask("кайсысы узын ертис па сырдария ма").body()
                .startsWith("Ертіс және Сырдария: ұзынырағы — Ертіс (айырмасы шамамен 2 036 км)."));
        assertTrue(ShippedKnowledge.ask("which has a higher population, almaty or astana").body()
                .startsWith("Almaty is bigger than Astana by population: 709,691 more."));
        // living there says population: "how many more people live in", «сколько людей больше живёт», «көп тұрады»
        assertTrue(ShippedKnowledge.ask("how many more people live in astana than in shymkent").body()
                .startsWith("Astana is bigger than Shymkent by population: 344,585 more."));
        assertTrue(ShippedKnowledge.ask("сколько людей больше живет в алматы чем в астане").body()
                .startsWith("Алматы больше, чем Астана, по показателю «население»: на 709 691."));
        assertTrue(ShippedKnowledge.ask("астанада шымкенттен қанша адам көп тұрады").body()
                .startsWith("Астана Шымкент қаласынан үлкен («халқы» бойынша, айырмасы — 344 585)."));
        // "Balkhash" read as the town is measured as the lake of that name, the one that has a depth
        assertTrue(ShippedKnowledge.ask("which is deeper alakol or balkhash").body()
                .startsWith("Lake Alakol is deeper than Lake Balkhash, by about 28 m.\nLake Alakol — Depth: up to 54 m"));
        // and compared by size, "Balkhash" is the lake when only the lake has an area, and "lake" no other word
        assertTrue(ShippedKnowledge.ask("which lake is bigger, balkhash or zaysan").body()
                .startsWith("Lake Balkhash is bigger than Lake Zaysan by area: 14,590 km² more.\nLake Balkhash — Area: about 16,400"));
        assertTrue(ShippedKnowledge.ask("какое озеро больше балхаш или алаколь").body()
                .startsWith("Озеро Балхаш больше, чем Алаколь, по показателю «площадь»: на "));
    }

    @Test
    void afterAPassageThatAnswersWhichCityItIsTheFirstCityThePassageNames() {
        // «болат зауыты» (steel plant) is the knowledge's «металлургия комбинаты» (steelworks)
        List<Answer> kk = talk(Language.KK, "Қазақстандағы ең ірі болат зауыты қай қалада?", "ол қай облыста?",
                "ал онда қанша адам тұрады?");
        assertTrue(kk.get(0).body().startsWith("Жақын маңдағы Теміртауда елдегі ең ірі металлургия комбинаты"),
                kk.get(0).body());
        assertEquals("Теміртау — Облысы: Қарағанды облысы", kk.get(1).body(), "not Zhezkazgan, named second");
        assertEquals("Теміртау — Халқы: 171 609 (2024)", kk.get(2).body());
    }

    @Test
    void itAfterAFactOfTheCountryIsTheThingTheFactNamedOrWasAbout() {
        List<Answer> river = talk(Language.EN, "longest river in kz?", "how long is it", "where does it start");
        assertTrue(river.get(0).body().startsWith("Kazakhstan — Longest River: the Irtysh"), river.get(0).body());
        assertTrue(river.get(1).body().startsWith("Irtysh — Length: 4,248 km"), "the river, not the country: "
                + river.get(1).body());
        assertTrue(river.get(2).body().startsWith("Irtysh — Source:"), river.get(2).body());
        // a city's fact names its river: «она» is the city first, and the river when the city has no length
        List<Answer> ishim = talk(Language.RU, "какая река течёт через астану", "а какой она длины", "kuda ona vpadaet");
        assertTrue(ishim.get(0).body().startsWith("Астана — Река, на которой стоит город: Ишим"), ishim.get(0).body());
        assertEquals("Ишим — Длина: 2450 км", ishim.get(1).body());
        assertTrue(ishim.get(2).body().startsWith("Ишим — Устье: Иртыш"), "«впадает» asks for the mouth: "
                + ishim.get(2).body());
        List<Answer> flag = talk(Language.EN, "what's on the flag of kazakhstan", "who designed it");
        assertTrue(flag.get(0).body().startsWith("Kazakhstan — National Flag:"), flag.get(0).body());
        assertEquals("Kazakhstan — Flag Designer: Shaken Niyazbekov", flag.get(1).body(), "it is the flag");
        // the thing's own depth, not a passage that only names the Caspian beside a depression
        List<Answer> lake = talk(Language.EN, "whats the biggest lake in kz", "how deep is it");
        assertTrue(lake.get(0).body().contains("Caspian Sea"), lake.get(0).body());
        assertTrue(lake.get(1).body().startsWith("Caspian Sea — Depth: up to 1,025 m"), lake.get(1).body());
        // asked again about the composer the country's fact names, the question wants something new: not its 1956
        List<Answer> anthem = talk(Language.RU, "кто написал музыку гимна Казахстана?", "когда он родился?");
        assertTrue(anthem.get(0).body().startsWith("Казахстан — Композитор гимна: Шамши Калдаяков"),
                anthem.get(0).body());
        assertFalse(anthem.get(1).found(), anthem.get(1).body());
    }

    @Test
    void itAskedAgainWithThePlacesNameIsAnsweredByAFactOfThePlaceOrATextNamingItThatHoldsWhatIsAsked() {
        // nothing answered "its" through the conversation; with Aktau's name in its place, Aktau's own fact does
        List<Answer> en = talk(Language.EN, "where is aktau", "what was its soviet name");
        assertTrue(en.get(1).body().startsWith("Aktau — Former Names: Shevchenko"), en.get(1).body());
        // "when was Baikonur built": the passage on the town's founding, not the one on its lease until 2050 (which
        // alone had been found until the founding was in the knowledge, and was then refused)
        List<Answer> built = talk(Language.EN, "where is baikonur", "when was it built");
        assertTrue(built.get(1).body().contains("1955") && !built.get(1).body().contains("2050"), built.get(1).body());
        List<Answer> ru = talk(Language.RU, "где находится байконур", "когда его построили");
        assertTrue(ru.get(1).body().contains("1955"), ru.get(1).body());
    }

    @Test
    void aQuestionThatLeavesItsSubjectOutIsAskedOfTheOneTalkedAboutAndAnsweredOnlyByItsOwnFact() {
        // «когда родился» names no one and points at no one: asked of Abai, his own fact answers
        List<Answer> ru = talk(Language.RU, "кто такой абай", "когда родился");
        assertTrue(ru.get(1).body().startsWith("Абай Кунанбаев — Рождение: 10 августа 1845"), ru.get(1).body());
        List<Answer> kk = talk(Language.KK, "бәйтерек деген не", "биіктігі қанша");
        assertTrue(kk.get(1).body().startsWith("Бәйтерек — Биіктігі: 105 м"), kk.get(1).body());
        // «у него», «у неё»: the forms after a preposition point as «его», «её» do
        List<Answer> lake = talk(Language.RU, "самое большое озеро в казахстане", "а какая у него площадь");
        assertTrue(lake.get(1).body().startsWith("Каспийское море — Площадь: около 371 000 км²"), lake.get(1).body());
        // asked of Baikonur, "when built" meets a passage on the town beside the cosmodrome: no fact of its own
        List<Answer> en = talk(Language.EN, "where is baikonur", "when built");
        assertFalse(en.get(1).found(), en.get(1).body());
    }

    @Test
    void aQuestionWordAloneAsksItOfTheLastFact() {
        // «а когда?» after the founders of the Kazakh Khanate: the same fact says when, and is given again
        List<Answer> ru = talk(Language.RU, "кто основал казахское ханство", "а когда");
        assertTrue(ru.get(1).body().contains("в 1465 году"), ru.get(1).body());
        // "and when?" after the flag's designer: that fact names no year, and nothing else of the flag is asked
        List<Answer> en = talk(Language.EN, "who designed the flag", "and when");
        assertFalse(en.get(1).found(), en.get(1).body());
    }

    @Test
    void howManyCountsAListOnlyWhenTheQuestionNamesWhatItLists() {
        // Astana's status («елорда; республикалық маңызы бар қала») is no list of the cities asked about
        List<Answer> kk = talk(Language.KK, "астананың мәртебесі қандай", "Республикалық маңызы бар неше қала бар?");
        assertTrue(kk.get(0).body().startsWith("Астана — Мәртебесі: елорда"), kk.get(0).body());
        assertTrue(kk.get(1).body().startsWith("Қазақстан — Республикалық маңызы бар қалалар: 3 — Астана"),
                kk.get(1).body());
    }

    @Test
    void anOrdinalBeforeWhatIsAskedPointsIntoTheList() {
        List<Answer> ru = talk(Language.RU, "какие 2 самых больших города в казахстане", "а во втором скока живет",
                "а первый когда основали");
        assertTrue(ru.get(1).body().startsWith("Астана — Население: 1 638 233"), ru.get(1).body());
        assertTrue(ru.get(2).body().startsWith("Алматы — Основан: в 1854 году"), ru.get(2).body());
    }

    @Test
    void theOtherOneAfterAComparisonIsThePlaceThatWasNotTheAnswer() {
        List<Answer> en = talk(Language.EN, "which city is bigger shymkent or karaganda",
                "and the other one has how many ppl");
        assertTrue(en.get(1).body().startsWith("Karaganda — Population: 515,632"), en.get(1).body());
        List<Answer> ru = talk(Language.RU, "какой город больше шымкент или караганда", "а сколько людей в другом городе");
        assertTrue(ru.get(1).body().startsWith("Караганда — Население: 515 632"), ru.get(1).body());
    }

    @Test
    void thePeopleThereAfterASightAreThoseOfItsCity() {
        List<Answer> ru = talk(Language.RU, "в каком городе мавзолей ходжи ахмеда яссауи", "а скока там жителей");
        assertTrue(ru.get(1).body().startsWith("Туркестан — Население: 220 159"), ru.get(1).body());
        List<Answer> en = talk(Language.EN, "tell me about baiterek", "how many people live there");
        assertTrue(en.get(1).body().startsWith("Astana — Population: 1,638,233"), en.get(1).body());
    }

    @Test
    void thatOblastInAConversationAboutARegionIsThatRegionAndNotTheCountrysRanking() {
        Dialogue d = Dialogue.START;
        Answer biggest = ask(d, "which oblast is the biggest by area", Language.EN);
        assertTrue(biggest.body().contains("Aktobe"), biggest.body());
        Answer population = ask(d.after(biggest), "what's the population of that oblast?", Language.EN);
        assertTrue(population.found(), population.body());
        assertTrue(population.body().startsWith("Aktobe region — Population: 943,600"), population.body());
        Answer centre = ask(d.after(biggest), "whats its admin centre", Language.EN);
        assertTrue(centre.body().startsWith("Aktobe region — Administrative Center: Aktobe"), centre.body());
    }

    @Test
    void thatRegionInAConversationAboutACityIsTheCitysRegion() {
        List<Answer> kk = talk(Language.KK, "zhezkazgan kai oblystyn ortalygy?", "sol oblystyn aumagy kansha?");
        assertTrue(kk.get(1).body().startsWith("Ұлытау облысы — Аумағы: 188 937 км²"), kk.get(1).body());
        List<Answer> en = talk(Language.EN, "Which region is Semey in?", "When was that region created?");
        assertTrue(en.get(1).body().startsWith("Abai region — Created: "), en.get(1).body());
        assertTrue(en.get(1).body().contains("2022"), en.get(1).body());
    }

    @Test
    void ondaIsThereAndQashyqtyqtaAsksHowFar() {
        List<Answer> turns = talk(Language.KK, "almaty qai jerde ornalasqan", "onda qansha adam turady",
                "astanadan qansha qashyqtyqta");
        assertTrue(turns.get(1).body().startsWith("Алматы — Халқы: 2 347 924"), turns.get(1).body());
        assertTrue(turns.get(2).body().startsWith("Алматы — Астана: түзу сызықпен шамамен 973 км"), turns.get(2).body());
    }

    @Test
    void andTheSmallestAfterAListOfFiveIsAListOfFiveInTheConversationsLanguage() {
        Dialogue d = Dialogue.START;
        Answer largest = ask(d, "какие области в казахстане самые большие по площади", Language.RU);
        assertEquals(5, largest.body().lines().count(), largest.body());
        Answer smallest = ask(d.after(largest), "a samye malenkie?", Language.RU);
        assertEquals(Language.RU, smallest.language(), "«a» and «samye» are as Russian as English: the conversation's");
        assertEquals(5, smallest.body().lines().count(), smallest.body());
        assertTrue(smallest.body().startsWith("1. Восточно-Казахстанская область — 97 800 км²\n"
                + "2. Северо-Казахстанская область — 97 993 км²"), smallest.body());
    }

    @Test
    void thatRiverOrThisLakePointsAtTheSightTalkedAboutOrTheOneTheLastFactNamed() {
        List<Answer> ural = talk(Language.EN, "where does the ural river flow", "how long is that river");
        assertEquals("Ural River — Length: 2,428 km", ural.get(1).body(), "the river talked about, not the longest");
        List<Answer> irtysh = talk(Language.EN, "what is the longest river in kazakhstan", "how long is that river",
                "where does this river start");
        assertTrue(irtysh.get(1).body().startsWith("Irtysh — Length: 4,248 km"), "the river the fact named, not the "
                + "fact again: " + irtysh.get(1).body());
        assertTrue(irtysh.get(2).body().startsWith("Irtysh — Source:"), irtysh.get(2).body());
        List<Answer> zaisan = talk(Language.RU, "расскажи про озеро зайсан", "какая глубина этого озера");
        assertEquals("Озеро Зайсан — Глубина: до 15 м", zaisan.get(1).body(), "a line begins with a capital");
        assertEquals("Озеро Зайсан", zaisan.get(0).title(), "and so does a title");
        List<Answer> peak = talk(Language.EN, "what is the highest mountain in kazakhstan", "how high is that mountain");
        assertTrue(peak.get(1).body().startsWith("Khan Tengri — Height: 7,010 m"), peak.get(1).body());
    }

    @Test
    void whatAPlaceIsKnownForNamesTheSightAFollowUpMayAskAbout() {
        // "Known For: The Mausoleum of Khoja Ahmed Yasawi, built on Timur's orders…": «а кто его построил» found nothing
        // of Turkistan itself and had got "I don't know"; it asks about the mausoleum the answer began with
        List<Answer> ru = talk(Language.RU, "туркестан чем знаменит", "а кто его построил");
        assertTrue(ru.get(0).body().contains("Яссауи"), ru.get(0).body());
        assertTrue(ru.get(1).body().startsWith("Мавзолей Ходжи Ахмеда Яссауи — Построил: Тимур"), ru.get(1).body());
        // a question the city's own facts answer stays with the city
        List<Answer> people = talk(Language.EN, "what is turkistan famous for", "how many people live there");
        assertTrue(people.get(1).body().startsWith("Turkistan — Population:"), people.get(1).body());
    }

    @Test
    void theCityAfterARegionIsItsCentre() {
        // as "and of the region?" after a city asks about its region; it had repeated the region's figure
        List<Answer> en = talk(Language.EN, "pavlodar region population", "and the city?");
        assertTrue(en.get(1).body().startsWith("Pavlodar — Population: "), en.get(1).body());
        List<Answer> kk = talk(Language.KK, "маңғыстау облысының халқы", "ал қаланың ше?");
        assertTrue(kk.get(1).body().startsWith("Ақтау — Халқы: "), kk.get(1).body());
        // not a superlative: «самого города» is no question about the centre
        List<Answer> ru = talk(Language.RU, "население карагандинской области", "а самого города?");
        assertFalse(ru.get(1).body().contains("Актюбинская"), ru.get(1).body());
        // and when it was founded: «қала қашан салынған» had been "I don't know"
        List<Answer> when = talk(Language.EN, "aktobe region population", "and when was the city founded");
        assertTrue(when.get(1).body().startsWith("Aktobe — Founded: 1869"), when.get(1).body());
    }

    @Test
    void twoBuildingsAreComparedByAgeByTheYearTheyOpened() {
        // "which of the two is older" after the opera and the pyramid had met the parliament's "two chambers"
        List<Answer> en = talk(Language.EN, "when did astana opera open", "and the pyramid, how tall is that one",
                "which of the two is older");
        assertTrue(en.get(2).body().startsWith("Palace of Peace and Reconciliation is older than Astana Opera.\n"
                + "Palace of Peace and Reconciliation — Opened: 1 September 2006"), en.get(2).body());
        assertTrue(ShippedKnowledge.ask("бәйтерек пен хан шатырдың қайсысы ескі").body()
                .startsWith("Бәйтерек және Хан Шатыр: көнерегі — Бәйтерек."));
    }

    @Test
    void twoPlacesAloneAfterADistanceAskItOfThem() {
        // "what about shymkent from almaty" had been "I don't know": two places, no question of their own
        List<Answer> en = talk(Language.EN, "how far is almaty from astana by road", "what about shymkent from almaty",
                "and shymkent to turkistan?");
        assertTrue(en.get(1).body().startsWith("Shymkent — Almaty: about 606 km") && en.get(1).body()
                .contains("By road: about 690 km"), en.get(1).body());
        assertTrue(en.get(2).body().startsWith("Shymkent — Turkistan: about 155 km"), en.get(2).body());
    }

    @Test
    void theWholeRegionYourCurrencyAndTheCityItselfAreReadAsTheirPlaces() {
        // "whole", «самом», «ваша» had been words the answer lacked: "I don't know"
        assertTrue(talk(Language.EN, "how many ppl live in taldykorgan", "and the whole region?").get(1).body()
                .startsWith("Jetisu region — Population: "));
        assertTrue(talk(Language.KK, "павлодарда қанша адам тұрады", "ал бүкіл облыста ше").get(1).body()
                .startsWith("Павлодар облысы — Халқы: "));
        assertTrue(talk(Language.RU, "какой центр у мангистауской обл", "а в самом актау скока живет").get(1).body()
                .startsWith("Актау — Население: "));
        assertTrue(talk(Language.RU, "привет", "а как вообще ваша валюта называется").get(1).body()
                .startsWith("Казахстан — Валюта: тенге"));
    }

    @Test
    void aPlaceAloneAfterAnAnswerFromATextAsksTheLastQuestionOfIt() {
        // "and to Big Almaty Lake?" had got the lake's summary: the last answer was a passage, no fact to follow
        List<Answer> drive = talk(Language.EN, "how long does it take to drive from almaty to charyn canyon",
                "and to big almaty lake?");
        assertTrue(drive.get(1).body().startsWith("Big Almaty Lake — Travel Time From Almaty: about 1 to 1.5 hours"),
                drive.get(1).body());
        // a fact of the whole country holds in the place named next
        List<Answer> zone = talk(Language.KK, "ақтауда уақыт белдеуі қандай", "ал Алматыда ше?");
        assertTrue(zone.get(1).body().startsWith("Қазақстан — Уақыт белдеуі: "), zone.get(1).body());
        // a follow-up that asks something of its own is no repetition: what kind of town Alatau is
        List<Answer> what = talk(Language.RU, "сколько км от конаева до алматы", "а что за город Алатау?");
        assertFalse(what.get(1).body().contains(" км"), what.get(1).body());
    }

    @Test
    void itselfIsNoWordOfWhatIsAsked() {
        // "itself" had weighed as a rare word the Length fact lacks, and the bot was not sure enough
        List<Answer> charyn = talk(Language.EN, "charyn canyon how far from almaty", "and how long is the canyon itself");
        assertEquals("Charyn Canyon — Length: about 154 km", charyn.get(1).body());
    }

    @Test
    void aPlaceNamedByItsRoleAloneAsksTheLastFigureOfIt() {
        // "and the capital?" after Almaty's population had got "Capital: Astana"
        List<Answer> en = talk(Language.EN, "how many people live in almaty", "and the capital?",
                "what currency does kazakhstan use", "and the capital?");
        assertTrue(en.get(1).body().startsWith("Astana — Population: 1,638,233"), en.get(1).body());
        assertTrue(en.get(3).body().startsWith("Kazakhstan — Capital: Astana"), "after the country's fact, its capital");
        // the role of a foreign country named beside it is not ours: Astana's population had answered
        List<Answer> foreign = talk(Language.EN, "how many people live in almaty", "whats the capital of kyrgyzstan");
        assertTrue(foreign.get(1) instanceof Answer.DontKnow, foreign.get(1).body());
        List<Answer> ru = talk(Language.RU, "сколько людей в шымкенте", "а в столице?");
        assertTrue(ru.get(1).body().startsWith("Астана — Население: 1 638 233"), ru.get(1).body());
        // "since when" asks no more than when, so it is asked of the last answer's fact
        List<Answer> since = talk(Language.EN, "what currency do they use in kz", "since when");
        assertTrue(since.get(1).body().startsWith("Kazakhstan — Currency Introduced: 15 November 1993"),
                since.get(1).body());
        List<Answer> kk = talk(Language.KK, "қазақстанның валютасы қандай", "қашаннан бері");
        assertTrue(kk.get(1).body().contains("1993 жылғы 15 қараша"), kk.get(1).body());
        // naming the country makes it a whole question: the capital itself, not its population
        kk = talk(Language.KK, "almaty halqy qansha", "qazaqstannyn astanasy qandai");
        assertTrue(kk.get(1).body().startsWith("Қазақстан — Астанасы: Астана"), kk.get(1).body());
        // a fact the conversation's place has itself is its own: the centre of a region
        List<Answer> region = talk(Language.EN, "karaganda region", "and the centre?");
        assertTrue(region.get(1).body().startsWith("Karaganda region — Administrative Center: Karaganda"),
                region.get(1).body());
    }

    @Test
    void andNowAfterAFactOfAnEarlierTimeAsksItOfToday() {
        List<Answer> ru = talk(Language.RU, "кто был первым президентом казахстана", "а щас кто");
        assertTrue(ru.get(1).body().startsWith("Казахстан — Президент: Касым-Жомарт Токаев"), ru.get(1).body());
        List<Answer> en = talk(Language.EN, "who was the first president of kazakhstan", "and now?");
        assertTrue(en.get(1).body().startsWith("Kazakhstan — President: Kassym-Jomart Tokayev"), en.get(1).body());
        List<Answer> kk = talk(Language.KK, "тұңғыш президент кім болды", "ал қазір ше");
        assertTrue(kk.get(1).body().startsWith("Қазақстан — Президенті: Қасым-Жомарт Тоқаев"), kk.get(1).body());
        // in a conversation about a place, the country's fact answered on the way is the one asked again
        List<Answer> almaty = talk(Language.EN, "almaty", "who was the first president", "and now?");
        assertTrue(almaty.get(2).body().startsWith("Kazakhstan — President: Kassym-Jomart Tokayev"), almaty.get(2).body());
        List<Answer> khanate = talk(Language.EN, "almaty", "who founded the kazakh khanate", "and when?");
        assertTrue(khanate.get(2).body().startsWith("Kazakhstan — Kazakh Khanate Founded: 1465"), khanate.get(2).body());
        // the former names again are no answer to what it is called now
        List<Answer> names = talk(Language.EN, "what was astana called in soviet times", "and now?");
        assertFalse(names.get(1).found(), names.get(1).body());
    }

    @Test
    void theLargestAfterACountOfRegionsRanksTheRegions() {
        List<Answer> ru = talk(Language.RU, "скока областей в казахстане", "а какая самая большая по площади",
                "а там сколько людей?");
        assertEquals("1. Актюбинская область — 300 629 км²", ru.get(1).body());
        assertTrue(ru.get(2).body().startsWith("Актюбинская область — Население: 943 600"), ru.get(2).body());
        List<Answer> en = talk(Language.EN, "how many cities are there in kazakhstan", "which is the largest");
        assertTrue(en.get(1).body().startsWith("1. Almaty — 2,347,924"), en.get(1).body());
    }

    @Test
    void mostOfAllRanksAllPlacesEvenWhenTwoWereJustTalkedAbout() {
        // after the capital and the largest region, «какая больше» had compared those two
        List<Answer> ru = talk(Language.RU, "какая столица казахстана", "какая область самая большая по площади",
                "а по населению какая больше всех", "а какая меньше всех?");
        assertEquals("1. Туркестанская область — 2 148 658 (1 января 2026 года)", ru.get(2).body().lines().findFirst()
                .orElseThrow());
        assertEquals("1. область Улытау — 218 993 (1 января 2026 года)", ru.get(3).body().lines().findFirst()
                .orElseThrow());
        // without "of all", the two just talked about are still compared
        List<Answer> two = talk(Language.RU, "актобе", "атырау", "какой город больше?");
        assertTrue(two.get(2).body().startsWith("Актобе больше, чем Атырау"), two.get(2).body());
    }

    @Test
    void theRegionalCentreInAConversationIsTheCentreOfTheRegionTalkedAbout() {
        List<Answer> kk = talk(Language.KK, "теміртау қай облыста", "ал облыс орталығында қанша адам тұрады?");
        assertTrue(kk.get(1).body().startsWith("Қарағанды — Халқы: 515 632"), kk.get(1).body());
        List<Answer> en = talk(Language.EN, "which region is temirtau in", "how many people live in the regional centre");
        assertTrue(en.get(1).body().startsWith("Karaganda — Population: 515,632"), en.get(1).body());
        // "the region" after a city is the city's region, asked the last question
        List<Answer> region = talk(Language.KK, "түркістан қаласының халқы қанша", "ал облыстың халқы ше");
        assertTrue(region.get(1).body().startsWith("Түркістан облысы — Халқы: 2 148 658"), region.get(1).body());
        List<Answer> ru = talk(Language.RU, "население туркестана", "а области?");
        assertTrue(ru.get(1).body().startsWith("Туркестанская область — Население: 2 148 658"), ru.get(1).body());
        // in English the region's name beside the word "region" is the region, not the city talked about
        List<Answer> ofTheRegion = talk(Language.EN, "population of karaganda", "and of the region?");
        assertTrue(ofTheRegion.get(1).body().startsWith("Karaganda region — Population: 1,131,287"),
                ofTheRegion.get(1).body());
        List<Answer> named = talk(Language.EN, "population of karaganda", "and karaganda region?");
        assertTrue(named.get(1).body().startsWith("Karaganda region — Population: 1,131,287"), named.get(1).body());
        List<Answer> inTheRegion = talk(Language.RU, "скок людей в караганде", "а в области?");
        assertTrue(inTheRegion.get(1).body().startsWith("Карагандинская область — Население: 1 131 287"),
                "«в» before the region's word does not ask whether Karaganda is in its region: "
                        + inTheRegion.get(1).body());
        List<Answer> in = talk(Language.RU, "где находится жаркент", "он в алматинской области?");
        assertTrue(in.get(1).body().startsWith("Нет."), "whether the city is in the region named: " + in.get(1).body());
        // a ranking of the centres is no centre of one region
        List<Answer> ranked = talk(Language.RU, "в какой области темиртау", "самый большой областной центр");
        assertFalse(ranked.get(1).body().startsWith("Караганда —"), ranked.get(1).body());
    }

    @Test
    void whichOfTwoPeopleWasBornEarlierIsToldByTheirYearsOfBirth() {
        List<Answer> en = talk(Language.EN, "who was abai kunanbaev", "and who was mukhtar auezov",
                "which of them was born earlier");
        assertTrue(en.get(2).body().startsWith("Abai Kunanbaiuly was born before Mukhtar Auezov.\n"
                + "Abai Kunanbaiuly — Born: 10 August 1845"), en.get(2).body());
        List<Answer> kk = talk(Language.KK, "абылай хан кім болған", "ал кенесары хан кім",
                "екеуінің қайсысы бұрын өмір сүрген");
        assertTrue(kk.get(2).body().startsWith("Абылай хан бұрын туған, Кенесары Қасымұлы — кейін."), kk.get(2).body());
        List<Answer> ru = talk(Language.RU, "кто такой абай", "а аль-фараби кто", "кто из них родился позже");
        assertTrue(ru.get(2).body().startsWith("Абай Кунанбаев родился позже, чем Аль-Фараби."), ru.get(2).body());
    }

    @Test
    void whichOfTheTwoIsAskedAsAChoiceBetweenTheTwoTalkedAbout() {
        List<Answer> en = talk(Language.EN, "biggest city in kazakhstan?", "and astana?",
                "which of the two is the capital");
        assertTrue(en.get(2).body().startsWith("Astana — Capital Since: 10 December 1997"), en.get(2).body());
        List<Answer> kk = talk(Language.KK, "әлия молдағұлова кім", "ал мәншүк мәметова ше",
                "екеуінің қайсысы жасы үлкен");
        assertTrue(kk.get(2).body().startsWith("Мәншүк Мәметова бұрын туған, Әлия Молдағұлова — кейін."),
                kk.get(2).body());
        List<Answer> ru = talk(Language.RU, "население алматы", "а астаны?", "какой из них столица");
        assertTrue(ru.get(2).body().startsWith("Астана — Год переноса столицы"), ru.get(2).body());
        // a comparison by a measure takes the two itself, even a city and its region of one name
        List<Answer> bigger = talk(Language.EN, "whats the population of karaganda", "and of the region?",
                "which of the two is bigger");
        assertTrue(bigger.get(2).body().startsWith("Karaganda region is bigger than Karaganda by population: "),
                bigger.get(2).body());
        // after a list of more than two, "which of them" is no choice between the last two
        List<Answer> listed = talk(Language.EN, "3 biggest cities", "which of them is the capital");
        assertFalse(listed.get(1).body().startsWith("Shymkent"), listed.get(1).body());
    }

    @Test
    void aWordPointingAtThePlaceTalkedAboutBeforeAnotherPlaceNamedIsThatPlace() {
        List<Answer> en = talk(Language.EN, "charyn canyon", "how long is the drive there from almaty");
        assertTrue(en.get(1).body().startsWith("Charyn Canyon — Travel Time From Almaty: about 3 hours by car"),
                en.get(1).body());
        List<Answer> kk = talk(Language.KK, "көлсай көлдері", "ол жерге алматыдан қалай жетуге болады");
        assertTrue(kk.get(1).body().startsWith("Көлсай көлдері — Қалай жетуге болады: Алматыдан жолмен"),
                kk.get(1).body());
        // "is there" points at nothing: the place named is asked about
        List<Answer> metro = talk(Language.EN, "charyn canyon", "is there a metro in almaty");
        assertFalse(metro.get(1).body().contains("Charyn"), metro.get(1).body());
    }

    @Test
    void theRegionOfTheCityNamedLastIsAskedWithItsOwnFigure() {
        // after "the centre is Aktau", «облыстың халқы» asks the region's population, not Aktau's
        List<Answer> kk = talk(Language.KK, "маңғыстау облысының орталығы қай қала", "облыстың халқы қанша");
        assertTrue(kk.get(1).body().startsWith("Маңғыстау облысы — Халқы: 818 345"), kk.get(1).body());
        // «получается» says nothing: which of the two is bigger
        List<Answer> ru = talk(Language.RU, "население астаны", "а в алмате?", "какой из них больше получается");
        assertTrue(ru.get(2).body().startsWith("Алматы больше, чем Астана"), ru.get(2).body());
    }

    @Test
    void howLongFromAPlaceNamedAfterASightIsTheWayToThatSight() {
        List<Answer> ru = talk(Language.RU, "gde nahoditsya burabay", "a skolko ehat ot astany");
        assertTrue(ru.get(1).body().startsWith("Боровое — Время в пути из Астаны: около 3 часов на машине"),
                ru.get(1).body());
    }

    @Test
    void whenAPersonLivedIsHisBirthAndDeathTogether() {
        assertEquals("Al-Farabi — Born: about 870, in Farab near Otrar on the Syr Darya, in today's Turkistan region\n"
                + "Al-Farabi — Died: about 950, in Damascus", ask(Dialogue.START, "when did al-farabi live",
                Language.EN).body());
        List<Answer> ru = talk(Language.RU, "кто такой абай", "а аль-фараби?", "когда он жил");
        assertTrue(ru.get(2).body().startsWith("Аль-Фараби — Рождение: около 870 года")
                && ru.get(2).body().contains("Аль-Фараби — Смерть: около 950 года"), ru.get(2).body());
        // «годы жизни?» alone after a person is his; after a city, the country's life expectancy
        List<Answer> years = talk(Language.RU, "абылай хан кто такой", "годы жизни?", "алматы население",
                "годы жизни?");
        assertEquals("Абылай хан — Рождение: 1711 год\nАбылай хан — Смерть: 1781 год, на реке Арысь на юге нынешнего"
                + " Казахстана", years.get(1).body());
        assertTrue(years.get(3).body().startsWith("Казахстан — Продолжительность жизни:"), years.get(3).body());
        assertTrue(ask(Dialogue.START, "how many people live in almaty", Language.EN).body()
                .startsWith("Almaty — Population:"), "\"live\" of a city is still its population");
        assertTrue(ask(Dialogue.START, "where did abai live", Language.EN) instanceof Answer.DontKnow
                || !ask(Dialogue.START, "where did abai live", Language.EN).body().contains("Died"));
    }

    @Test
    void aMeasureAloneAfterARankingRanksAgainByItAtTheSameEndAndAsManyPlaces() {
        List<Answer> ru = talk(Language.RU, "какая область самая большая по площади", "а по населению?",
                "а самая маленькая?", "а по площади?");
        assertEquals("1. Актюбинская область — 300 629 км²", ru.get(0).body().lines().findFirst().orElseThrow());
        assertEquals("1. Туркестанская область — 2 148 658 (1 января 2026 года)", ru.get(1).body().lines().findFirst()
                .orElseThrow(), "the largest by population, not the population of the largest by area");
        assertEquals("1. область Улытау — 218 993 (1 января 2026 года)", ru.get(2).body().lines().findFirst()
                .orElseThrow());
        assertEquals("1. Восточно-Казахстанская область — 97 800 км²", ru.get(3).body().lines().findFirst()
                .orElseThrow(), "after the smallest, the smallest by the other measure");
        // a region named by its adjective alone after a region's centre asks about that region, not whether the
        // centre is in it ("Нет. Жезказган — Область: область Улытау" had answered)
        List<Answer> abai = talk(Language.RU, "какой город центр улытауской области", "а абайской?");
        assertTrue(abai.get(1).body().contains("Семей") && !abai.get(1).body().startsWith("Нет"), abai.get(1).body());
        // naming the end asks for it, whatever end the last ranking was at
        List<Answer> largest = talk(Language.RU, "какая самая большая область казахстана", "а самая маленькая",
                "а по населению самая большая?");
        assertTrue(largest.get(2).body().startsWith("1. Туркестанская область — 2 148 658"), largest.get(2).body());
        List<Answer> kk = talk(Language.KK, "ең үлкен облыс қайсы", "ал халқы бойынша ше");
        assertTrue(kk.get(1).body().startsWith("1. Түркістан облысы — 2 148 658"), kk.get(1).body());
        List<Answer> en = talk(Language.EN, "the three biggest cities by population", "and by area?");
        assertEquals(3, en.get(1).body().lines().count(), en.get(1).body());
        assertTrue(en.get(1).body().startsWith("1. Shymkent — 1,170 km²"), en.get(1).body());
        // without "by", the measure is asked of the place ranked first
        List<Answer> plain = talk(Language.EN, "which region is the biggest", "and the population?");
        assertTrue(plain.get(1).body().startsWith("Aktobe region — Population: 943,600"), plain.get(1).body());
        // a place's own figure is no ranking: "and by area?" after Karaganda's population is not a list
        List<Answer> one = talk(Language.EN, "population of karaganda", "and by area?");
        assertFalse(one.get(1).body().startsWith("1. "), one.get(1).body());
    }

    @Test
    void placesInThePluralByAMeasureAreTheWholeListEachFigureWithItsYear() {
        Answer regions = ShippedKnowledge.ask("regions by area");
        assertEquals(17, regions.body().lines().count(), regions.body());
        assertTrue(regions.body().startsWith("1. Aktobe region — 300,629 km²\n2. Karaganda region"), regions.body());
        Answer cities = ask(Dialogue.START, "qalalar halqy boiynsha", Language.KK);
        assertEquals(Rankings.MAX_RANKING, cities.body().lines().count(), cities.body());
        assertTrue(cities.body().startsWith("1. Алматы — 2 347 924 (2026)\n"), cities.body());
        assertTrue(cities.body().contains("4. Ақтөбе — 559 911 (2023)\n"), "an older figure says so: " + cities.body());
        Answer three = ask(Dialogue.START, "топ 3 города по населению", Language.RU);
        assertEquals(3, three.body().lines().count(), three.body());
        assertFalse(ShippedKnowledge.ask("how many regions are there").body().startsWith("1."),
                "a count is not a list");
    }

    @Test
    void isACityInARegionIsAnsweredYesOrNoWithTheRegionItIsIn() {
        assertEquals("No.\nZharkent — Region: Jetisu region", ShippedKnowledge.ask("is zharkent in almaty region").body());
        assertEquals("Нет.\nЖаркент — Область: область Жетысу",
                ask(Dialogue.START, "жаркент в алматинской области?", Language.RU).body(), "asked by the tone alone");
        assertEquals("Иә.\nҚаскелең — Облысы: Алматы облысы",
                ask(Dialogue.START, "kaskelen almaty oblysynda ma", Language.KK).body());
        assertTrue(ShippedKnowledge.ask("is taraz in zhambyl region").body()
                .startsWith("Yes.\nTaraz — Region: Zhambyl region\nTaraz is the administrative centre"));
        Answer where = ask(Dialogue.START, "where is zharkent", Language.EN);
        assertEquals("No.\nZharkent — Region: Jetisu region",
                ask(Dialogue.START.after(where), "is it in almaty region?", Language.EN).body(), "the city talked about");
        assertFalse(ShippedKnowledge.ask("is zharkent in almaty").body().startsWith("No."),
                "Almaty without the word region is the city: nothing to check against a region");
    }

    @Test
    void theCoordinatesOfAPlaceAreItsLatitudeAndLongitudeTogether() {
        assertEquals("Latitude: 43.6611\nLongitude: 51.1739", ShippedKnowledge.ask("coordinates of aktau").body());
        assertEquals("Широта: 43,6611\nДолгота: 51,1739", ask(Dialogue.START, "координаты актау", Language.RU).body());
        assertEquals("Ендігі: 43,6611\nБойлығы: 51,1739",
                ask(Dialogue.START, "aqtaudyn koordinattary qandai", Language.KK).body());
        assertEquals("Aktau — Latitude: 43.6611", ShippedKnowledge.ask("aktau latitude").body().lines().findFirst()
                .orElseThrow(), "one figure asked, one given");
    }

    @Test
    void theMuseumsOrParksOfAPlaceAreItsSightsOfThatKind() {
        // "what museums are in astana" had been answered with the Expo passage, «алматыда қандай мұражай бар» with
        // Kunaev's house-museum, «астанада қандай музей бар» with the LRT's route past the museum
        assertEquals("National Museum of Kazakhstan — the country's main museum of history and art",
                ShippedKnowledge.ask("what museums are in astana").body());
        assertEquals("Hazrat Sultan Mosque — Astana's great white mosque",
                ShippedKnowledge.ask("mosques in astana").body());
        Answer parks = ask(Dialogue.START, "какие парки есть в алматы", Language.RU);
        assertEquals("Что посмотреть: Алматы", parks.title());
        assertTrue(parks.body().startsWith("Парк Первого Президента — ") && parks.body().contains("\nПарк имени 28 "
                + "гвардейцев-панфиловцев — ") && !parks.body().contains("Арбат"), parks.body());
        assertTrue(ask(Dialogue.START, "астанада қандай музей бар", Language.KK).body()
                .startsWith("Қазақстан Республикасының Ұлттық музейі — "));
        assertTrue(ShippedKnowledge.ask("when was the national museum in astana opened").body()
                .startsWith("National Museum of Kazakhstan — Opened: 2 July 2014"), "a question about one of them");
    }

    @Test
    void whatToSeeInAPlaceIsWhatItIsBestForThenItsSightsPlacesToGoFirstAndNoAirport() {
        Answer almaty = ShippedKnowledge.ask("what to see in almaty");
        assertEquals("What to see in Almaty", almaty.title());
        List<String> lines = almaty.body().lines().toList();
        assertTrue(lines.get(0).startsWith("Best For: Hiking and skiing"), almaty.body());
        assertEquals("Arbat — the pedestrian part of Zhibek Zholy street in the old centre", lines.get(1));
        assertFalse(almaty.body().contains("Airport") || almaty.body().contains("Metro"), almaty.body());
        assertEquals(Sights.SHOWN + 1, lines.size());
        assertEquals(Sights.SHOWN, ((Answer.FactAnswer) almaty).choices().size(), "a button opens each sight");
        Answer region = ask(Dialogue.START, "что посмотреть в туркестанской области", Language.RU);
        List<String> regionLines = region.body().lines().toList();
        assertTrue(regionLines.get(0).startsWith("Туркестан — Кому интересен: "), "the centre's: " + regionLines);
        assertTrue(regionLines.get(1).startsWith("Керуен-сарай — "), regionLines.toString());
        Answer kk = ask(Dialogue.START, "шымкентте не көруге болады", Language.KK);
        assertEquals("Көрікті жерлер: Шымкент", kk.title());
        assertTrue(kk.body().contains("\nОрдабасы алаңы — Шымкенттің орталық алаңы"), kk.body());
        Answer next = ask(Dialogue.START.after(region), "а в шымкенте?", Language.RU);
        assertEquals("Что посмотреть: Шымкент", next.title(), "a follow-up naming only a place asks for its sights");
        Answer turkistan = ShippedKnowledge.ask("what to see in turkistan");
        assertTrue(ask(Dialogue.START.after(turkistan), "is it in turkistan region?", Language.EN).body()
                .startsWith("Yes."), "a question about the place is no request for more sights");
        Answer where = ask(Dialogue.START, "where is konaev", Language.EN);
        assertFalse(ask(Dialogue.START.after(where), "what to see in kazakhstan", Language.EN).title()
                .contains("Konaev"), "the country named is not the place talked about");
        // a city with no sight of its own: what it is known for names its landmarks, not only whom it suits
        Answer taraz = ask(Dialogue.START, "что посмотреть в таразе", Language.RU);
        assertTrue(taraz.body().startsWith("Чем известен: ") && taraz.body().contains("Айша-Биби")
                && taraz.body().contains("\nКому интересен: "), taraz.body());
        // what is interesting in a place is its sights, not only whom it suits
        assertEquals("Что посмотреть: Туркестан", ask(Dialogue.START, "что есть интересного в туркестане",
                Language.RU).title());
        assertEquals("What to see in Shymkent", ShippedKnowledge.ask("what's interesting in shymkent").title());
        assertEquals("Көрікті жерлер: Түркістан", ask(Dialogue.START, "түркістанда не қызық", Language.KK).title());
        Answer mangystau = ShippedKnowledge.ask("what to see in mangystau");
        assertTrue(mangystau.body().startsWith("Aktau — Best For: Caspian beaches and trips into the Mangystau desert: "
                + "Bozjyra"), mangystau.body());
    }

    @Test
    void itAfterTheSightsOfAPlaceIsTheSightShownAloneOrTheOneThePlaceIsKnownFor() {
        // "when was it built" after the sights of Turkistan had been asked of the city (Founded: about 500 AD)
        Answer turkistan = ShippedKnowledge.ask("what to see in turkistan");
        Dialogue after = Dialogue.START.after(turkistan);
        assertTrue(ask(after, "when was it built", Language.EN).body()
                .startsWith("Mausoleum of Khoja Ahmed Yasawi — Built: 1389–1405"));
        assertTrue(ask(after, "how many people live there", Language.EN).body().startsWith("Turkistan — Population: "),
                "'there' is the city");
        Answer kk = ask(Dialogue.START, "туркистанда не коруге болады", Language.KK);
        assertTrue(ask(Dialogue.START.after(kk), "қай ғасырда салынған", Language.KK).body()
                .startsWith("Қожа Ахмет Ясауи кесенесі — "), "a question that leaves its subject out");
        assertTrue(ask(Dialogue.START.after(kk), "оны кім салдырған", Language.KK).body()
                .startsWith("Қожа Ахмет Ясауи кесенесі — Салдырған: Әмір Темір"));
        // one sight shown is the one meant, though the city's Known For answers too ("built from scratch")
        Answer mosque = ask(Dialogue.START, "какие мечети есть в астане", Language.RU);
        assertTrue(ask(Dialogue.START.after(mosque), "когда её построили", Language.RU).body()
                .startsWith("Мечеть Хазрет Султан — Открыт: 6 июля 2012"));
        // Taraz is known for two mausoleums: no one of them is meant
        Answer taraz = ShippedKnowledge.ask("what to see in taraz");
        assertTrue(ask(Dialogue.START.after(taraz), "when was it built", Language.EN).body().startsWith("Taraz — "));
    }

    @Test
    void whoIsAPlacesNamesakeAfterAFigureAsksForThePersonNotTheFigure() {
        Answer semey = ask(Dialogue.START, "сколько жителей в семее", Language.RU);
        Answer abai = ask(Dialogue.START.after(semey), "кто такой абай", Language.RU);
        assertFalse(abai.body().contains("595 676"), "not the Abai region's population: " + abai.body());
        assertTrue(abai.title().contains("Абай Кунанбаев"), abai.title());
    }

    @Test
    void whatToSeeNearACityIsTheSightsOfTheRegionAroundItThenItsOwn() {
        Answer near = ShippedKnowledge.ask("what to see near almaty");
        assertEquals("What to see in and around Almaty", near.title());
        List<String> lines = near.body().lines().toList();
        assertTrue(lines.subList(1, 5).stream().anyMatch(l -> l.startsWith("Charyn Canyon — ")), near.body());
        assertTrue(lines.contains("Arbat — the pedestrian part of Zhibek Zholy street in the old centre"), near.body());
        assertEquals("Что посмотреть: Алматы и окрестности",
                ask(Dialogue.START, "что посмотреть рядом с алматы", Language.RU).title());
        assertTrue(ask(Dialogue.START, "алматы маңында не көруге болады", Language.KK).body()
                .contains("\nШарын шатқалы — "));
        assertEquals("What to see in Astana", ShippedKnowledge.ask("what to see near astana").title(),
                "no region bears the capital's name, and no region includes it: its own sights");
    }

    @Test
    void aYearBesideAPlacesFigureIsTheYearItWasCounted() {
        Answer a = ShippedKnowledge.ask("karaganda population 2023");
        assertTrue(a.body().startsWith("Karaganda — Population: 515,632 (2023)"), a.body());
        assertTrue(ask(Dialogue.START, "naselenie karagandy 2023", Language.RU).body()
                .startsWith("Караганда — Население: 515 632 (2023)"));
        // and a figure of another year is no answer to a question about a past year
        for (String q : List.of("oskemen population in 2015", "how many people lived in kazakhstan in 1989")) {
            assertTrue(ShippedKnowledge.ask(q) instanceof Answer.DontKnow, q);
        }
        assertTrue(ask(Dialogue.START, "Өскеменнің 2015 жылғы халқы", Language.KK) instanceof Answer.DontKnow);
        // nor is a fact that speaks of other years ("Rural Migration Data Since: 2000; the 2024 deficit…")
        Answer deficit = ShippedKnowledge.ask("rural migration deficit in kazakhstan in 2025");
        assertTrue(deficit instanceof Answer.DontKnow, deficit.body());
        assertTrue(ShippedKnowledge.ask("rural migration deficit in kazakhstan in 2024").body().contains("111"));
    }

    @Test
    void placesAreComparedByTheirOwnFactsAndNeverByPopulationForAnotherMeasure() {
        // older: the founding years Ages counts from (Taraz's official 2,000 years against Turkistan's 1,500)
        String older = ShippedKnowledge.ask("which is older, oral or atyrau").body();
        assertTrue(older.startsWith("Oral is older than Atyrau.\nOral: founded in 1613, "), older);
        assertTrue(older.contains("\nAtyrau: founded in 1640, "), older);
        assertTrue(ask(Dialogue.START, "қайсысы көнерек: тараз ба, түркістан ба", Language.KK).body()
                .startsWith("Тараз Түркістан қаласынан көнерек."));
        // «қайсысы ескі» (which is old) asks which is older; «ескі атаулары» (old names) compares nothing
        assertTrue(ask(Dialogue.START, "шымкент пен түркістан қайсысы ескі", Language.KK).body()
                .startsWith("Түркістан Шымкент қаласынан көнерек."));
        assertTrue(ask(Dialogue.START, "алматы мен астананың ескі атаулары", Language.KK).body()
                .startsWith("Алматы — Бұрынғы атаулары: Верный"));
        assertTrue(ShippedKnowledge.ask("which is younger oral or atyrau").body()
                .startsWith("Atyrau is younger than Oral."));
        // colder: January's average; in summer, or asked which is warmer, July's
        assertEquals("Астана холоднее, чем Алматы.\nАстана — Средняя температура января: около −15 °C (−15,2 °C)\n"
                + "Алматы — Средняя температура января: около −4 °C",
                ask(Dialogue.START, "где холоднее зимой астана или алматы", Language.RU).body());
        assertTrue(ShippedKnowledge.ask("which is warmer in summer almaty or astana").body()
                .startsWith("Almaty is warmer than Astana.\nAlmaty — Average July Temperature: about +24.5 °C"));
        // without the facts for both, no answer — and never their populations
        for (var q : List.of(List.of("что холоднее зимой, костанай или павлодар", "ru"),
                List.of("which is taller, almaty or astana", "en"))) {
            Answer a = ask(Dialogue.START, q.get(0), Language.valueOf(q.get(1).toUpperCase()));
            assertFalse(a.found(), q + " → " + a.body());
        }
        assertTrue(ShippedKnowledge.ask("which has a higher population almaty or shymkent").body()
                .startsWith("Almaty is bigger than Shymkent by population: 1,054,276 more."));
        assertTrue(ask(Dialogue.START, "где больше людей, в шымкенте или актобе", Language.RU).body()
                .startsWith("Шымкент больше, чем Актобе, по показателю «население»: на 733 737."));
        // «қайсысында» ("in which of them") is «қайсысы» in a case; «халық», «адам» say by population
        for (String q : List.of("қарағанды мен павлодардың қайсысында халық көп",
                "qaragandy men pavlodardyn qaisysynda halyq kop", "қайсысында адам көп: қарағанды ма павлодар ма")) {
            assertTrue(ask(Dialogue.START, q, Language.KK).body()
                    .startsWith("Қарағанды Павлодар қаласынан үлкен («халқы» бойынша, айырмасы — 181 536)."), q);
        }
    }

    @Test
    void theLargestCityOfARegionIsRankedAmongEveryTownTheKnowledgePlacesThere() {
        // every town above 50,000 people has its population now (cities.txt, 1 January 2024)
        Answer mangystau = ShippedKnowledge.ask("largest city in mangystau region");
        assertEquals("1. Aktau — 263,893 (2023)", mangystau.body().lines().findFirst().orElseThrow(), "not a passage "
                + "on where Russians and Uzbeks live: " + mangystau.body());
        Answer almaty = ShippedKnowledge.ask("the biggest city of almaty region");
        assertEquals("1. Kaskelen — 84,199 (2024)", almaty.body().lines().findFirst().orElseThrow());
        // a region whose one city has a figure: that city, since every city placed there has one
        Answer zhambyl = ask(Dialogue.START, "какой самый большой город жамбылской области", Language.RU);
        assertEquals("1. Тараз — 427 356 (2023)", zhambyl.body().lines().findFirst().orElseThrow(), zhambyl.body());
        assertEquals("Kulsary — Population: 66,580 (2024)", ShippedKnowledge.ask("population of Kulsary").body()
                .lines().findFirst().orElseThrow());
    }

    @Test
    void isAPlaceTheLargestCityIsAnsweredByTheCountrysLargestCity() {
        // "city" beside the place says the City of the label "Largest City"
        assertTrue(ShippedKnowledge.ask("is almaty the biggest city").body()
                .startsWith("Kazakhstan — Largest City: Almaty"));
        assertTrue(ask(Dialogue.START, "алматы самый большой город?", Language.RU).body()
                .startsWith("Казахстан — Крупнейший город: Алматы"));
    }

    @Test
    void whichIsBiggerComparesTheLastTwoPlaces() {
        Answer bigger = talk(Language.EN, "how many people live in shymkent", "and in aktobe?", "which is bigger?")
                .get(2);
        assertEquals("Shymkent is bigger than Aktobe by population: 733,737 more.\nShymkent — Population: 1,293,648\n"
                + "Aktobe — Population: 559,911", bigger.body());
        // «какой» with a comparison word and no place asks which of the two, as "which one" does
        Answer ru = talk(Language.RU, "расстояние от караганды до павлодара", "а до костаная?", "какой город больше")
                .get(2);
        assertTrue(ru.body().startsWith("Караганда больше, чем Костанай, по показателю «население»: на "), ru.body());
        Answer older = talk(Language.EN, "which is bigger aktobe or atyrau", "and which is older?").get(1);
        assertTrue(older.body().startsWith("Atyrau is older than Aktobe."), "not Aktobe's former names: "
                + older.body());
    }

    @Test
    void isItTheBiggestRanksAndComparesNothingSaidBefore() {
        Dialogue d = Dialogue.START;
        Answer lake = ask(d, "балқаш көлі қай облыста", Language.KK);
        Answer biggest = ask(d.after(lake), "астана ең үлкен қала ма", Language.KK);
        assertFalse(biggest.body().contains("Балқаш"), "not Lake Balkhash against Astana: " + biggest.body());
        Answer it = ask(d.after(lake), "ол астанадан үлкен бе", Language.KK);
        assertTrue(it.body().startsWith("Балқаш көлі және Астана: үлкені — Балқаш көлі"), "but 'is it bigger': "
                + it.body());
    }

    @Test
    void aDistanceFollowUpKeepsThePlaceItWasMeasuredFrom() {
        List<Answer> en = talk(Language.EN, "How far is Karaganda from Astana?", "and Pavlodar?",
                "how many people live there?");
        assertTrue(en.get(1).body().startsWith("Pavlodar — Astana: about 399 km"), en.get(1).body());
        assertTrue(en.get(2).body().startsWith("Pavlodar — Population: 334,096"), en.get(2).body());
        List<Answer> from = talk(Language.EN, "Tell me about Karaganda", "How far is it from Pavlodar?",
                "And from Astana?");
        assertTrue(from.get(2).body().startsWith("Karaganda — Astana: about 193 km"), "a new start: " + from.get(2));
        List<Answer> kk = talk(Language.KK, "Қарағандыдан Павлодарға дейін қанша километр?", "ал Астанаға дейін ше?");
        assertTrue(kk.get(1).body().startsWith("Астана — Қарағанды: түзу сызықпен шамамен 193 км"), kk.get(1).body());
        List<Answer> ru = talk(Language.RU, "где находится петропавловск", "сколько км от него до астаны",
                "а население?");
        assertTrue(ru.get(2).body().startsWith("Петропавловск — Население: 222 636"), "«него» stays: " + ru.get(2));
        // «оттуда» (from there) is where the way starts, as "from there" is: "there" is then the other end
        List<Answer> there = talk(Language.RU, "сколько жителей в шымкенте", "а оттуда до туркестана сколько км",
                "что там посмотреть?");
        assertTrue(there.get(1).body().startsWith("Шымкент — Туркестан: около 155 км"), there.get(1).body());
        assertTrue(there.get(2).body().contains("Мавзолей Ходжи Ахмеда Яссауи"), there.get(2).body());
    }

    @Test
    void theRankOfTheLastFactIsThatFactWhenItGivesOne() {
        // another fact that says "place in the world" (the oil reserves) had answered
        List<Answer> en = talk(Language.EN, "what is the area of kazakhstan", "where does that rank in the world");
        assertTrue(en.get(1).body().startsWith("Kazakhstan — Area: 2,724,900 km² (ninth largest"), en.get(1).body());
        List<Answer> ru = talk(Language.RU, "какая площадь казахстана", "а какое это место в мире");
        assertTrue(ru.get(1).body().startsWith("Казахстан — Площадь: 2 724 900 км² (девятая"), ru.get(1).body());
        List<Answer> kk = talk(Language.KK, "қазақстанның аумағы қандай", "әлемде нешінші орында?");
        assertTrue(kk.get(1).body().startsWith("Қазақстан — Аумағы: 2 724 900 км²"), kk.get(1).body());
        List<Answer> none = talk(Language.EN, "what is the population of kazakhstan", "where does that rank in the world");
        assertFalse(none.get(1).body().startsWith("Kazakhstan — Population: "), "its value gives no rank: "
                + none.get(1).body());
    }

    @Test
    void anotherPlaceAskedFurtherOrCloserIsMeasuredFromThePlaceTheLastDistanceWasFrom() {
        // "further away" and "far" had been words no fact holds: a passage on Almaty's mountains, or the distance
        // from the canyon to the lakes, had answered
        List<Answer> en = talk(Language.EN, "tell me about charyn canyon", "how far is it from almaty?",
                "ok and are the kolsai lakes further away?");
        assertTrue(en.get(2).body().contains("Kolsai Lakes — Distance From Almaty: about 300 km east"), en.get(2).body());
        List<Answer> far = talk(Language.EN, "tell me about charyn canyon", "how far is it from almaty",
                "ok and kolsai lakes how far are they");
        assertTrue(far.get(2).body().contains("Kolsai Lakes — Distance From Almaty: about 300 km east"),
                far.get(2).body());
        List<Answer> ru = talk(Language.RU, "как далеко чарынский каньон от алматы", "а кольсай дальше?");
        assertTrue(ru.get(1).body().contains("Кольсайские озёра — Расстояние от Алматы: около 300 км"), ru.get(1).body());
        List<Answer> kk = talk(Language.KK, "шарын шатқалы алматыдан қанша км", "ал көлсай алысырақ па?");
        assertTrue(kk.get(1).body().contains("Көлсай көлдері — Алматыдан қашықтығы: шығысқа қарай шамамен 300 км"),
                kk.get(1).body());
        // a unit of length is a word of distance too; "how long to go" is answered by the distance from the city
        List<Answer> km = talk(Language.KK, "шарын шатқалы алматыдан қанша км", "ал көлсай алысырақ па?",
                "ал Әнші құмға дейін қанша км");
        assertTrue(km.get(2).body().contains("Әнші құм — Алматыдан қашықтығы"), km.get(2).body());
        List<Answer> ride = talk(Language.RU, "сколько км от алматы до медеу", "а до тамгалы скока ехать по расстоянию");
        assertEquals("Тамгалы — Расстояние от Алматы: около 170 км к северо-западу по дороге", ride.get(1).body());
        // from it, the way starts at the place talked about
        List<Answer> fromIt = talk(Language.RU, "shymkent skolko naroda", "до алматы скока км", "а тараз от него далеко");
        assertTrue(fromIt.get(2).body().contains("около 190 км"), fromIt.get(2).body());
        List<Answer> odan = talk(Language.KK, "шымкентте қанша адам", "алматыға дейін қанша км", "тараз одан алыс па");
        assertTrue(odan.get(2).body().contains("шамамен 190 км"), odan.get(2).body());
    }

    @Test
    void aDistanceToAPlaceNamedByItsRoleIsToThatPlace() {
        // "the capital" beside Almaty had been no place: the distance was not computed
        assertTrue(ShippedKnowledge.ask("how far is it by road from almaty to the capital").body()
                .startsWith("Almaty — Astana: about 973 km"));
        assertTrue(ShippedKnowledge.ask("алматыдан елордаға дейін қанша км").body().startsWith("Алматы — Астана:"));
        // the centre of the place named is not the capital
        assertTrue(ShippedKnowledge.ask("медео далеко от центра?").body().startsWith("Медеу — Расстояние от Алматы"));
    }

    @Test
    void howOldIsHeAfterThePresidentIsHisAge() {
        List<Answer> ru = talk(Language.RU, "кто президент казахстана", "сколько ему лет");
        assertTrue(ru.get(1).body().startsWith("Касым-Жомарт Токаев: "), ru.get(1).body());
        assertTrue(ru.get(1).body().contains("(год рождения — 1953)"), ru.get(1).body());
        assertTrue(talk(Language.EN, "tell me about almaty", "how old is it").get(1).body()
                .startsWith("Almaty: founded in 1854, "));
        // a thing not founded is as old as the knowledge dates it (it had been read as "former": a latitude's base)
        assertEquals("Golden Man — Dating: the Saka period; scholars date it between the 6th and the 3rd century BC",
                talk(Language.EN, "what is the golden man", "how old is it?").get(1).body());
        // «этому городу» points back at the city talked about, as «ему» does
        assertTrue(talk(Language.RU, "что посмотреть в таразе", "а сколько лет этому городу?").get(1).body()
                .startsWith("Тараз: "));
        Answer baiterek = ShippedKnowledge.ask("how old is baiterek");
        assertTrue(baiterek.body().startsWith("Baiterek — Opened: 30 August 2002"), baiterek.body());
    }

    @Test
    void andInKazakhstanAfterAQuestionAboutAnotherCountryAsksWhatThatOneAsked() {
        List<Answer> ru = talk(Language.RU, "какое население алматы", "какая валюта в узбекистане", "а в казахстане?");
        assertTrue(!ru.get(1).found(), ru.get(1).body());
        assertTrue(ru.get(2).body().startsWith("Казахстан — Валюта: тенге"), "not the population: " + ru.get(2).body());
        List<Answer> en = talk(Language.EN, "what is the capital of kyrgyzstan", "and of kazakhstan?");
        assertTrue(en.get(1).body().startsWith("Kazakhstan — Capital: Astana"), "not the card: " + en.get(1).body());
        List<Answer> kk = talk(Language.KK, "ташкентте қанша адам тұрады", "ал алматыда ше?");
        assertTrue(kk.get(1).body().startsWith("Алматы — Халқы: 2 347 924"), kk.get(1).body());
        // nothing of ours answers what it asked: the talk stays where it was
        List<Answer> city = talk(Language.EN, "population of karaganda", "and in tashkent?", "and pavlodar?");
        assertTrue(city.get(2).body().startsWith("Pavlodar — Population: "), city.get(2).body());
    }

    @Test
    void whoWasBeforeHimIsThePredecessorAndWhoReplacedHimTheSuccessor() {
        // «до него» had been read as a distance and nothing else: Tokayev's card was given
        assertTrue(talk(Language.RU, "кто президент казахстана", "а кто был до него").get(1).body()
                .startsWith("Касым-Жомарт Токаев — Предшественник: Нурсултан Назарбаев"));
        assertTrue(talk(Language.RU, "кто президент казахстана", "а до него кто был").get(1).body()
                .startsWith("Касым-Жомарт Токаев — Предшественник: Нурсултан Назарбаев"));
        // successor and predecessor are no longer one word group: "who replaced him" is not who came before
        assertTrue(talk(Language.EN, "who was the first president", "who replaced him").get(1).body()
                .startsWith("Nursultan Nazarbayev — Successor: Kassym-Jomart Tokayev"));
    }

    @Test
    void whatAFactWasBeforeIsItsFormerFact() {
        // "Capital: Astana" had been given again: «до этого» asks for the capital before it
        assertTrue(talk(Language.RU, "какая столица казахстана", "а до этого какой город был столицей").get(1).body()
                .startsWith("Казахстан — Бывшая столица: Алматы"));
        assertTrue(talk(Language.EN, "which constitution is in force", "and the one before it?").get(1).body()
                .startsWith("Kazakhstan — Previous Constitution: adopted by referendum on 30 August 1995"));
        // asked with nothing but "before", of the fact the last answer gave (the conversation keeps its words)
        assertTrue(talk(Language.RU, "какая столица казахстана", "а до этого какая была?").get(1).body()
                .startsWith("Казахстан — Бывшая столица: Алматы"));
        assertTrue(talk(Language.EN, "what is the capital of kazakhstan", "and before that?").get(1).body()
                .startsWith("Kazakhstan — Former Capital: Almaty"));
        assertTrue(ShippedKnowledge.ask("какая конституция действовала до нынешней").body()
                .startsWith("Казахстан — Прежняя Конституция: принята на референдуме 30 августа 1995 года"));
        assertTrue(talk(Language.EN, "since when is astana the capital", "what was it called before").get(1).body()
                .startsWith("Astana — Former Names"), "a name asked before is its former names");
        // after is no before, and another word asks for something else
        assertFalse(talk(Language.RU, "какая столица казахстана", "а после этого какой город был столицей").get(1)
                .body().contains("Бывшая столица"));
        assertFalse(talk(Language.EN, "which constitution is in force", "and before it, what was the capital").get(1)
                .body().contains("Previous Constitution"));
    }

    @Test
    void moreVeryPopulatedComparesThePopulation() {
        List<Answer> ru = talk(Language.RU, "актюбинская область", "а восточно-казахстанская?",
                "kakaya iz nih naselennee");
        assertTrue(ru.get(2).body().contains("Население: 943 600"), "«населённее» is by population: "
                + ru.get(2).body());
    }

    /** The answers to {@code turns} asked one after another in one conversation. */
    static List<Answer> talk(Language language, String... turns) {
        List<Answer> answers = new java.util.ArrayList<>();
        Dialogue d = Dialogue.START;
        for (String turn : turns) {
            Answer a = ask(d, turn, language);
            answers.add(a);
            d = d.after(a);
        }
        return answers;
    }

    @Test
    void heAndHisPointAtThePersonTheLastAnswerNamed() {
        List<Answer> en = talk(Language.EN, "who was the first president?");
        assertTrue(en.get(0).body().contains("Nursultan Nazarbayev"), en.get(0).body());
        // "he" is read as Nazarbayev: the answer tells of his resignation and its date — since session 27 the passage
        // on his successor, which the other texts giving 2019 no longer rival, and no longer his own fact
        Answer resigned = ShippedKnowledge.best(Dialogue.START.after(en.get(0)).question("when did he resign?",
                Language.EN));
        assertTrue(resigned.body().contains("Nursultan Nazarbayev, announced his resignation"), resigned.body());
        assertTrue(resigned.body().contains("20 March 2019"), resigned.body());

        Answer reelected = talk(Language.RU, "кто президент казахстана?", "когда его переизбрали?").get(1);
        assertTrue(reelected.body().startsWith("Касым-Жомарт Токаев — "), reelected.body());
        assertTrue(reelected.body().contains("20 ноября 2022"), reelected.body());
        // "he" is read as his name: what the question asks of him is found as it would be with the name typed
        Answer office = talk(Language.EN, "who is the president of kazakhstan", "when did he take office?").get(1);
        assertTrue(office.body().startsWith("Kassym-Jomart Tokayev has been President of Kazakhstan since 20 March"
                + " 2019"), office.body());
        // with no person named before, "he" points at nobody
        assertTrue(!ask(Dialogue.START, "when did he resign?", Language.EN).found());
        // nor at the person a question asking who names: the one asked for is another
        Answer born = talk(Language.EN, "who wrote the path of abai", "when was he born").get(1);
        assertTrue(!born.body().contains("1845"), "Abai is not the writer: " + born.body());
    }

    @Test
    void whatSomethingIsMadeOfIsAnsweredOnlyByATextNamingAMaterial() {
        Answer kumis = ShippedKnowledge.ask("what is kumis made of");
        assertTrue(kumis.found() && kumis.body().contains("fermented horse milk"), kumis.body());
        assertTrue(ShippedKnowledge.ask("what is kumis made out of").body().contains("fermented horse milk"));
        Answer kk = ShippedKnowledge.ask("қымыз неден жасалады");
        assertTrue(kk.found() && kk.body().contains("бие сүті"), kk.body());
        // the dombra's description says what it is, not what it is made of
        assertTrue(!ShippedKnowledge.ask("из чего сделана домбра").found());
        // the verb of making apart from «из чего» asks as much («делают» had been a topic word no text holds), and
        // «неден жасайды» as «неден жасалады»
        Answer ru = talk(Language.RU, "какое национальное блюдо казахстана?", "а из чего его делают?").get(1);
        assertTrue(ru.body().contains("отварное мясо"), ru.body());
        Answer made = talk(Language.KK, "қазақтың ұлттық тағамы қандай?", "ол неден жасайды?").get(1);
        assertTrue(made.body().contains("етінен"), made.body());
    }

    @Test
    void theSmallestIsRankedFromTheSmallest() {
        Answer en = ShippedKnowledge.ask("smallest region by area");
        assertEquals("The smallest regions by area", en.title());
        assertTrue(en.body().startsWith("1. East Kazakhstan region — 97,800 km²"), en.body());
        assertTrue(ShippedKnowledge.ask("самая малонаселённая область").body().startsWith("1. область Улытау — 218 993"));
        assertTrue(ShippedKnowledge.ask("ең кіші облыс").body().startsWith("1. Шығыс Қазақстан облысы — 97 800 км²"));
    }

    @Test
    void theSmallestOneInKazakhIsARankingToo() {
        List<Answer> kk = talk(Language.KK, "Аумағы бойынша ең үлкен облыс қайсы?", "ал ең кішісі ше?",
                "оның орталығы қай қала?");
        Answer smallest = kk.get(1);
        assertTrue(smallest.body().contains("1. Шығыс Қазақстан облысы — 97 800 км²"), smallest.body());
        assertTrue(kk.get(2).body().startsWith("Шығыс Қазақстан облысы — Әкімшілік орталығы: Өскемен"));
    }

    @Test
    void aRankingFollowUpKeepsToRegions() {
        List<Answer> ru = talk(Language.RU, "Какая область Казахстана самая населённая?", "а какая самая малонаселённая?",
                "какой у неё центр?");
        assertTrue(ru.get(0).body().contains("Туркестанская область"), ru.get(0).body());
        assertTrue(ru.get(1).body().startsWith("1. область Улытау"), ru.get(1).body());
        assertTrue(ru.get(2).body().contains("Жезказган"));
    }

    @Test
    void afterWhichRegionTheConversationStaysWithTheCity() {
        Dialogue d = Dialogue.START;
        Answer region = ask(d, "Қонаев қай облыстың орталығы?", Language.KK);
        assertEquals("Қонаев — Облысы: Алматы облысы\nАлматы облысы: әкімшілік орталығы — Қонаев.", region.body());
        d = d.after(region);
        assertTrue(ask(d, "ол бұрын қалай аталған?", Language.KK).body().contains("Қапшағай"));

        Answer en = ask(Dialogue.START, "Konaev is the centre of which region?", Language.EN);
        assertEquals("Konaev — Region: Almaty region\nKonaev is the administrative centre of Almaty region.",
                en.body());
        // typed in Latin letters, the words for a centre still ask for the region
        assertTrue(ask(Dialogue.START, "kokshetau centr kakoi oblasti", Language.EN).body()
                .startsWith("Кокшетау — Область: Акмолинская область"));
        assertTrue(ask(Dialogue.START, "kokshetau qai oblystyn ortalygy", Language.EN).body()
                .startsWith("Көкшетау — Облысы: Ақмола облысы"));
    }

    @Test
    void aRegionsPopulationAskedAfterItIsNotTheMostPopulousRegion() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "Where is Karaganda region?", Language.EN));
        String body = ask(d, "How many people live in that region?", Language.EN).body();
        assertFalse(body.contains("Most Populous"), "\"most\" in a label is not a word the question may leave out: "
                + body);
    }

    @Test
    void aCountryFactAnsweringAFollowUpLeavesTheConversationWithItsPlace() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "Where is Turkistan?", Language.EN));
        Answer zone = ask(d, "what time zone is it in?", Language.EN);
        assertTrue(zone.body().startsWith("Kazakhstan — Time Zone: UTC+5"), zone.body());
        d = d.after(zone);
        assertTrue(ask(d, "How far is it from Shymkent?", Language.EN).body()
                .startsWith("Turkistan — Shymkent: about 155 km"));
    }

    @Test
    void aQuestionAboutAPlaceMovesTheConversationThereEvenUnanswered() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "Where is Shymkent?", Language.EN));
        Answer unknown = ask(d, "How many mosques are in Turkistan?", Language.EN);
        assertEquals("none", unknown.kind());
        d = d.after(unknown);
        assertTrue(ask(d, "which region is it in?", Language.EN).body().startsWith("Turkistan — Region: Turkistan"));
    }

    @Test
    void aFollowUpNamingANamesakeTakesTheOneOfTheLastPlacesKind() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "whats the population of karaganda", Language.EN));
        assertTrue(ask(d, "and aktobe?", Language.EN).body().startsWith("Aktobe — Population: 559,911"));
        d = Dialogue.START.after(ask(Dialogue.START, "population of mangystau region", Language.EN));
        assertTrue(ask(d, "and atyrau?", Language.EN).body().startsWith("Atyrau region — Population: 703,180"));
    }
    @Test
    void thisCityIsThePlaceTheConversationIsAbout() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "Какой центр Восточно-Казахстанской области?",
                Language.RU));
        assertTrue(ask(d, "а сколько человек живёт в этом городе?", Language.RU).body()
                .startsWith("Усть-Каменогорск — Население: 352 894"));
        d = Dialogue.START.after(ask(Dialogue.START, "Which region is the largest by area?", Language.EN));
        assertTrue(ask(d, "how many people live in that region?", Language.EN).body()
                .startsWith("Aktobe region — Population: 943,600"));
        // "other regions" are not the one the conversation is about
        Dialogue abai = Dialogue.START.after(ask(Dialogue.START, "When was Abai region created?", Language.EN));
        Answer others = ask(abai, "which other regions were created that year?", Language.EN);
        assertTrue(!others.found() || others.body().contains("Jetisu") && others.body().contains("Ulytau"),
                "not Abai region's own creation again: " + others.body());
    }

    @Test
    void aFollowUpAskingForAnotherFactIsNotTheLastOnesAttribute() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "population of Aktobe region", Language.EN));
        Answer big = ask(d, "and how big is Karaganda region?", Language.EN);
        assertTrue(big.body().contains("Area: 239,045 km²") && !big.body().startsWith("Karaganda region — Population"),
                big.body());
    }
    @Test
    void aRankingPhraseOfTwoWordsIsARankingAndItsFollowUpKeepsItsMeasure() {
        Dialogue d = Dialogue.START;
        Answer most = ask(d, "Какая область Казахстана самая большая по населению?", Language.RU);
        assertTrue(most.body().startsWith("1. Туркестанская область — 2 148 658"), most.body());
        d = d.after(most);
        Answer least = ask(d, "а самая маленькая?", Language.RU); // by population, as the ranking before it
        assertTrue(least.body().startsWith("1. область Улытау — 218 993"), least.body());
        Dialogue en = Dialogue.START.after(ask(Dialogue.START, "which region has the most people", Language.EN));
        assertTrue(ask(en, "and the least populated?", Language.EN).body().startsWith("1. Ulytau region — 218,993"));
    }
    @Test
    void aFollowUpCanBeAboutThePlaceTheLastAnswerNamed() {
        Dialogue d = Dialogue.START;
        Answer region = ask(d, "В какой области находится Чарынский каньон?", Language.RU);
        assertTrue(region.body().startsWith("Чарынский каньон — Область: Алматинская область"), region.body());
        d = d.after(region);
        Answer centre = ask(d, "а какой у неё центр?", Language.RU);
        assertTrue(centre.body().startsWith("Алматинская область — Административный центр: Конаев"), centre.body());
        // the canyon itself is still the conversation's place
        assertTrue(ask(d, "как далеко он от Алматы?", Language.RU).body().contains("Чарынский каньон"));
    }

    @Test
    void whichOneAndBetweenThemCompareTheLastTwoPlaces() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "what is the population of karaganda", Language.EN));
        d = d.after(ask(d, "what about pavlodar?", Language.EN));
        assertEquals("Karaganda is bigger than Pavlodar by population: 181,536 more.",
                ask(d, "which one is bigger?", Language.EN).body().lines().findFirst().orElseThrow());
        Dialogue ru = Dialogue.START.after(ask(Dialogue.START, "население актобе", Language.RU));
        ru = ru.after(ask(ru, "а в атырау?", Language.RU));
        assertTrue(ask(ru, "сколько км между ними", Language.RU).body().startsWith("Актобе — Атырау: около 526 км"));
        Dialogue kk = Dialogue.START.after(ask(Dialogue.START, "Шымкенттің халқы қанша", Language.KK));
        kk = kk.after(ask(kk, "ал Тараздың ше?", Language.KK));
        assertTrue(ask(kk, "екеуінің арасы қанша км", Language.KK).body().startsWith("Шымкент — Тараз: түзу сызықпен"));
        // «аралары» (between them, of more than one), typed in Latin letters as much
        assertTrue(ask(kk, "aralary qansha km?", Language.KK).body().startsWith("Шымкент — Тараз: түзу сызықпен"));
        assertTrue(ask(kk, "араларында қанша шақырым", Language.KK).body().startsWith("Шымкент — Тараз: түзу сызықпен"));
        assertTrue(!ask(Dialogue.START, "which one is bigger?", Language.EN).body().contains("bigger than"),
                "with no two places talked about there is nothing to compare");
    }

    @Test
    void theRegionAroundACityOfRepublicanSignificanceIsTheOneThatSurroundsIt() {
        assertEquals("Astana — Surrounded By: Akmola region, which surrounds the city but is governed separately",
                ShippedKnowledge.ask("region around astana?").body());
        assertTrue(ShippedKnowledge.ask("какая область вокруг шымкента").body()
                .startsWith("Шымкент — Окружающая область: Туркестанская область"));
    }

    @Test
    void byHowMuchAloneAfterTwoPlacesGivesTheirDifference() {
        List<Answer> en = talk(Language.EN, "population of shymkent", "and karaganda?", "which is bigger?",
                "by how much?");
        assertEquals("Shymkent is bigger than Karaganda by population: 778,016 more.",
                en.get(3).body().lines().findFirst().orElseThrow());
        List<Answer> ru = talk(Language.RU, "сколько человек живёт в Шымкенте?", "а в Караганде?", "а насколько?");
        assertTrue(ru.get(2).body().startsWith("Шымкент больше, чем Караганда, по показателю «население»: на 778 016"),
                ru.get(2).body());
        List<Answer> kk = talk(Language.KK, "шымкент халқы", "ал қарағанды ше?", "қаншаға?");
        assertTrue(kk.get(2).body().contains("778 016"), kk.get(2).body());
        // the difference between two places named is their comparison too, not the distance between them
        assertEquals("Almaty is bigger than Astana by population: 709,691 more.", ShippedKnowledge.ask(
                "whats the pop diff between almaty and astana").body().lines().findFirst().orElseThrow());
        assertTrue(ShippedKnowledge.ask("разница в населении между алматы и шымкентом").body()
                .startsWith("Алматы больше, чем Шымкент, по показателю «население»: на 1 054 276"));
        assertTrue(ShippedKnowledge.ask("алматы мен астана халқының айырмасы").body().contains("709 691"));
        assertTrue(ShippedKnowledge.ask("how far is it between almaty and astana").body()
                .startsWith("Almaty — Astana: about 973 km"));
        // a question of its own that asks by how much is no comparison of the places before it
        assertTrue(!talk(Language.EN, "population of shymkent", "and karaganda?",
                "by how much did the population of kazakhstan grow in 2025").get(2).body().contains("778,016"));
    }

    @Test
    void isItBiggerComparesThePlaceTalkedAboutAndStaysWithIt() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "tell me about shymkent", Language.EN));
        Answer bigger = ask(d, "is it bigger than almaty?", Language.EN);
        assertEquals("Almaty is bigger than Shymkent by population: 1,054,276 more.", bigger.body().lines().findFirst().orElseThrow());
        d = d.after(bigger);
        assertTrue(ask(d, "how far is it from almaty", Language.EN).body().startsWith("Shymkent — Almaty: about 606 km"));
        Dialogue ru = Dialogue.START.after(ask(Dialogue.START, "расскажи про караганду", Language.RU));
        assertTrue(ask(ru, "а она больше павлодара?", Language.RU).body().startsWith("Караганда больше, чем Павлодар"));
    }

    @Test
    void tellMeAboutItOrWhatHappenedToItAfterAFactIsTheWholeCardNotTheLastAttributeAgain() {
        String[][] turns = {{"where is the aral sea", "tell me about it", "EN"},
                {"where is the aral sea", "what happened to it?", "EN"},
                {"где аральское море", "что с ним случилось?", "RU"},
                {"арал теңізі қайда", "оған не болды?", "KK"}};
        for (String[] turn : turns) {
            Language language = Language.valueOf(turn[2]);
            Dialogue d = Dialogue.START.after(ask(Dialogue.START, turn[0], language));
            Answer a = ask(d, turn[1], language);
            // the card: its area before 1960 as well as the region the last answer gave
            assertTrue(a.body().contains("68,000") || a.body().contains("68 000"), turn[1] + " → " + a.body());
        }
    }

    @Test
    void whatToSeeAsksItOfThePlaceNamedOrTalkedAboutAndOfNoOtherOne() {
        // «көруге» (to see) meets a sight's Landmarks as «посмотреть» does
        assertTrue(ShippedKnowledge.ask("бурабайда не көруге болады").body().contains("Жұмбақтас"));
        // with no place named or talked about, one place's Landmarks or Nearby is no answer
        for (String q : List.of("что посмотреть?", "не көруге болады", "what else is there nearby")) {
            assertFalse(ShippedKnowledge.ask(q).found(), q + " → " + ShippedKnowledge.ask(q).body());
        }
        // «ол жерде» (at that place), typed in Latin letters, after a region's centre: the sights of the centre
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "mangystau oblysynyn ortalygy kai kala", Language.KK));
        assertTrue(ask(d, "ol jerde ne koruge bolady", Language.KK).body().contains("Бозжыра"));
    }

    @Test
    void savingMeetsRecoveryAndHighUpMeetsHeight() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "where is the aral sea", Language.EN));
        assertTrue(ask(d, "did they do anything to save it", Language.EN).body().contains("Kokaral"));
        assertTrue(ShippedKnowledge.ask("что спасло малый арал").body().contains("Кокарал"));
        d = Dialogue.START.after(ask(Dialogue.START, "medeu what is it", Language.EN));
        assertTrue(ask(d, "how high up is it", Language.EN).body().contains("1,691 m"));
    }

    @Test
    void howToGetThereAsksTheWayToThePlaceNamedOrTalkedAbout() {
        assertTrue(ShippedKnowledge.ask("big almaty lake how to get there").body()
                .startsWith("Big Almaty Lake — How To Get There: by car"));
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "medeu what is it", Language.EN));
        assertTrue(ask(d, "how do i get there", Language.EN).body().contains("bus No. 12"));
        // «ол жерге» (to that place) is the place talked about
        d = Dialogue.START.after(ask(Dialogue.START, "шарын шатқалы қайда", Language.KK));
        assertTrue(ask(d, "ол жерге қалай баруға болады", Language.KK).body()
                .startsWith("Шарын шатқалы — Қалай жетуге болады: Алматыдан"));
    }

    @Test
    void twoPlacesComparedBySizeSayByHowMuch() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "almaty qalasynda qansha adam bar", Language.KK));
        d = d.after(ask(d, "al astanada she", Language.KK));
        assertTrue(ask(d, "qaisysynda adam kop, qanshaga", Language.KK).body()
                .startsWith("Алматы Астана қаласынан үлкен («халқы» бойынша, айырмасы — 709 691)."));
    }

    @Test
    void whatElseIsNearASightIsTheOtherSightsOfItsRegionOrCityUnlessItSaysWhatIsNearIt() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "чарынский каньон где находится", Language.RU));
        Answer near = ask(d, "а что еще рядом можно глянуть", Language.RU);
        assertEquals("Что посмотреть: Чарынский каньон и окрестности", near.title());
        assertTrue(near.body().contains("Кольсайские озёра") && !near.body().contains("Чарынский"), near.body());
        d = Dialogue.START.after(ask(Dialogue.START, "medeu what is it", Language.EN));
        assertEquals("What to see in and around Almaty", ask(d, "what else is there nearby", Language.EN).title());
        assertTrue(ShippedKnowledge.ask("what is near otrar").body().startsWith("Otrar — Nearby: the Arystan Bab"));
    }

    @Test
    void aWordForAreaIsAnAreaInAKazakhFollowUp() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "Шымкенттің халқы қанша?", Language.KK));
        assertTrue(ask(d, "ал ауданы қанша?", Language.KK).body().startsWith("Шымкент — Аумағы:"));
    }

    @Test
    void afterAComparisonWhichOneComparesTheSameTwo() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "Compare the populations of Almaty and Shymkent",
                Language.EN));
        assertEquals("Almaty is bigger than Shymkent by population: 1,054,276 more.",
                ask(d, "which one is larger?", Language.EN).body().lines().findFirst().orElseThrow());
    }

    @Test
    void theThirdOneIsThePlaceThirdInTheLastList() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "What are the three largest cities in Kazakhstan?",
                Language.EN));
        Answer third = ask(d, "How many people live in the third one?", Language.EN);
        assertTrue(third.body().startsWith("Shymkent — Population: 1,293,648"), third.body());
        d = d.after(third);
        assertTrue(ask(d, "and the second one?", Language.EN).body().startsWith("Astana — Population: 1,638,233"));
        assertTrue(ask(d, "who was the first president", Language.EN).body().contains("Nazarbayev"),
                "an ordinal before another word is not a place of the list");
        Dialogue kk = Dialogue.START.after(ask(Dialogue.START, "ең үлкен қалалар қандай", Language.KK));
        assertTrue(ask(kk, "үшіншісінде қанша адам тұрады", Language.KK).body().startsWith("Шымкент — Халқы"));
        Dialogue ru = Dialogue.START.after(ask(Dialogue.START, "самые большие города казахстана", Language.RU));
        assertTrue(ask(ru, "сколько людей в третьем?", Language.RU).body().startsWith("Шымкент — Население"));
    }

    @Test
    void theLastOneIsTheLastPlaceShown() {
        Dialogue d = Dialogue.START.after(ask(Dialogue.START, "which regions are the largest by area", Language.EN));
        assertTrue(ask(d, "and the last one?", Language.EN).body().startsWith("Ulytau region — Area"),
                "the fifth of the five shown, not the smallest of all");
    }

    @Test
    void aListOfTheLargestIsARanking() {
        assertTrue(ask(Dialogue.START, "казакстаннын ен улкен калаларынын тизими", Language.KK).title()
                .startsWith("Ең үлкен қалалар"), "Kazakh typed without its letters, «тізімі» (list)");
        assertTrue(ask(Dialogue.START, "список самых больших городов казахстана", Language.RU).title()
                .startsWith("Самые большие города"));
        assertTrue(ask(Dialogue.START, "list of the largest cities in kazakhstan", Language.EN).title()
                .startsWith("The largest cities"));
    }

    @Test
    void theSecondOrThirdBiggestIsTheRankingDownToIt() {
        // «третий по величине город» had been answered with the chromite reserves ("the world's largest")
        Answer third = ask(Dialogue.START, "третий по величине город казахстана", Language.RU);
        assertTrue(third.body().endsWith("3. Шымкент — 1 293 648 (2026)"), third.body());
        assertEquals(3, third.body().lines().count());
        for (String q : List.of("What is the second biggest city in Kazakhstan?", "second largest city in kz")) {
            assertTrue(ask(Dialogue.START, q, Language.EN).body().endsWith("2. Astana — 1,638,233 (2026)"), q);
        }
        assertTrue(ask(Dialogue.START, "халқы бойынша екінші қала қайсы", Language.KK).body()
                .endsWith("2. Астана — 1 638 233 (2026)"));
        assertTrue(ask(Dialogue.START, "second largest region", Language.EN).body()
                .endsWith("2. Karaganda region — 239,045 km²"), "a region by its area");
        assertTrue(ask(Dialogue.START, "the first president", Language.EN).body().contains("Nazarbayev"),
                "an ordinal of no ranking");
    }
}
