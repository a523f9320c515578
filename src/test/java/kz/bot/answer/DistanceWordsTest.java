package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** «от», «до», «дейін» ask for a distance only when nothing else is asked, or with "how many". */
class DistanceWordsTest {

    @Test
    void fromAndToAskForADistanceWithHowManyOrAlone() {
        assertTrue(ShippedKnowledge.ask("Сколько от Алматы до Астаны?").body()
                .startsWith("Алматы — Астана: около 973 км"));
        assertTrue(ShippedKnowledge.ask("от Алматы до Астаны").body().startsWith("Алматы — Астана: около 973 км"));
        assertTrue(ShippedKnowledge.ask("Алматыдан Астанаға дейін қанша?").body()
                .startsWith("Алматы — Астана: түзу сызықпен шамамен 973 км"));
    }

    @Test
    void baikonurHasCoordinatesAndHerAndItInLatinPointBack() {
        assertTrue(ShippedKnowledge.ask("how far is baikonur from kyzylorda").body()
                .startsWith("Baikonur — Kyzylorda: about 192 km in a straight line"));
        List<Answer> kk = RankingsAndFollowUpsTest.talk(Language.KK, "baikonyr qai jerde", "qyzylordadan qansha km");
        assertTrue(kk.get(1).body().startsWith("Байқоңыр — Қызылорда: түзу сызықпен шамамен 192 км"), kk.get(1).body());
        // "ee" is «её» typed in Latin letters: "when was she founded" asks about Karaganda, not the country
        List<Answer> ru = RankingsAndFollowUpsTest.talk(Language.RU, "skolko naroda v karagande", "a kogda ee osnovali");
        assertTrue(ru.get(1).body().startsWith("Караганда — Основан: в 1934 году"), ru.get(1).body());
    }

    @Test
    void howFarFromOnePlaceWithNothingTalkedAboutIsNotKnown() {
        // a passage on the distances from Almaty had answered: to Astana and Shymkent, neither asked
        assertFalse(ShippedKnowledge.ask("almatydan qansha km").found());
        assertFalse(ShippedKnowledge.ask("how far from almaty").found());
        assertTrue(ShippedKnowledge.ask("how far is burabay").body().startsWith("Burabay — Distance From Astana"),
                "the place asked about is no place measured from");
        assertTrue(RankingsAndFollowUpsTest.talk(Language.KK, "taraz qai oblysta", "almatydan qansha km").get(1).body()
                .startsWith("Тараз — Алматы: түзу сызықпен шамамен 451 км"), "in a conversation, from there to it");
        // a place named alone, with nothing else asked, is no request for its summary either
        assertFalse(ShippedKnowledge.ask("Шымкенттен қанша шақырым").found());
        // «қанша жер» (how far) asks a distance as «қанша км» does
        assertTrue(RankingsAndFollowUpsTest.talk(Language.KK, "түркістанда не көруге болады", "Шымкенттен қанша жер?")
                .get(1).body().contains("Жолмен: шамамен 170 км"));
    }

    @Test
    void beforeIsNotADistance() {
        assertFalse(ShippedKnowledge.ask("Какой город был столицей Казахстана до Астаны?").body().contains("973"));
        assertFalse(ShippedKnowledge.ask("Алма-Атаға дейін астана қай қала болған?").body().contains("973"));
    }

    @Test
    void aDistanceTheKnowledgeStatesIsGivenBesideTheComputedOne() {
        String body = ShippedKnowledge.ask("how far is charyn canyon from almaty").body();
        assertTrue(body.startsWith("Charyn Canyon — Almaty: about 177 km in a straight line"), body);
        assertTrue(body.contains("Charyn Canyon — Distance From Almaty: about 200 km east"), body);
    }

    @Test
    void whereASightIsSaysItsCityAndTheDistanceTheKnowledgeStates() {
        String medeu = ShippedKnowledge.ask("medeu where is it").body();
        assertTrue(medeu.startsWith("City: Almaty\n"), medeu);
        assertFalse(medeu.contains("Region: none"), "a sight in a city of republican significance: " + medeu);
        assertTrue(medeu.contains("Distance From Almaty: about 15 km from the city centre"), medeu);
        assertFalse(medeu.contains("Astana"), "no computed distance beside the stated one: " + medeu);
        String charyn = ShippedKnowledge.ask("где находится чарынский каньон").body();
        assertTrue(charyn.contains("Расстояние от Алматы: около 200 км к востоку"), charyn);
        String aktau = ShippedKnowledge.ask("where is aktau").body();
        assertTrue(aktau.startsWith("Region: Mangystau\nAktau lies about 1,731 km west of Astana"), aktau);
    }

    @Test
    void howLongAJourneyTakesIsAnsweredInHoursNotKilometres() {
        for (String q : new String[] {"skolko ehat na poezde almaty astana", "how long is the flight from almaty to astana",
                "Алматыдан Астанаға пойызбен қанша уақыт жүреді?"}) {
            Answer a = ShippedKnowledge.ask(q);
            assertFalse(a.body().contains("973"), q + " → " + a.body());
        }
        assertTrue(ShippedKnowledge.ask("how long is the flight from almaty to astana").body()
                .contains("takes under two hours"));
        String flight = ShippedKnowledge.ask("Сколько лететь из Алматы в Астану?").body();
        assertTrue(flight.contains("меньше двух часов"), "«лететь» is flying, as \"flight\" is: " + flight);
        String train = ShippedKnowledge.ask("skolko ehat na poezde almaty astana").body();
        assertTrue(train.contains("12–13 часов"), train);
    }

    @Test
    void twoPlacesAndAUnitOfLengthAskHowFarApartTheyAre() {
        assertEquals("Шымкент — Туркестан: около 155 км по прямой (расстояние по дуге большого круга).\n"
                + "По дороге: около 170 км.", ShippedKnowledge.ask("скока ехать из шымкента в туркестан, км").body());
        assertTrue(ShippedKnowledge.ask("almaty astana km").body().startsWith("Almaty — Astana: about 973 km"));
        // a sight in a city is as far by road as its city, and says which city that distance is of
        assertEquals("Mausoleum of Khoja Ahmed Yasawi — Shymkent: about 154 km in a straight line (great-circle "
                + "distance).\nBy road to Turkistan: about 170 km.",
                ShippedKnowledge.ask("how far is the yasawi mausoleum from shymkent").body());
        // one place and a length is that place's own measure
        assertEquals("Lake Balkhash — Length: about 600 km", ShippedKnowledge.ask("how many km is lake balkhash long")
                .body());
    }

    @Test
    void howLongTheDriveToASightTakesIsItsTravelTimeWithItsDistance() {
        // «сколько ехать от алматы до чарына» had found nothing sure; «а до кольсая?» had measured the two sights apart
        List<Answer> ru = RankingsAndFollowUpsTest.talk(Language.RU, "сколько ехать от алматы до чарына",
                "а до кольсая?", "а до бао");
        assertEquals("Чарынский каньон — Время в пути из Алматы: около 3 часов на машине\n"
                + "Чарынский каньон — Расстояние от Алматы: около 200 км к востоку", ru.get(0).body());
        assertEquals("Кольсайские озёра — Расстояние от Алматы: около 300 км к востоку (4–5 часов на машине)",
                ru.get(1).body(), "a distance that gives hours tells the time");
        assertTrue(ru.get(2).body().startsWith("Большое Алматинское озеро — Время в пути из Алматы: около 1–1,5 часа"),
                ru.get(2).body());
        assertTrue(ShippedKnowledge.ask("how long does it take to drive from almaty to kolsai lakes").body()
                .startsWith("Kolsai Lakes — Distance From Almaty: about 300 km east (4–5 hours by road)"));
        // "how long from A to B" reads "long" as a length of nothing named: the journey's time, with its distance
        assertTrue(ShippedKnowledge.ask("how long from astana to burabay").body()
                .startsWith("Burabay — Travel Time From Astana: about 3 hours by car"));
        assertFalse(ShippedKnowledge.ask("how long is the road from almaty to kolsai lakes").body()
                .contains("Distance From Almaty: about 300 km east\n"), "the road's length is asked, not its time");
        // by train is not by car: not this answer
        assertFalse(ShippedKnowledge.ask("how long by train from almaty to charyn").body().contains("by car"));
    }

    @Test
    void aJourneyWithNoTimeKnownIsToldByItsDistance() {
        assertTrue(ShippedKnowledge.ask("скока ехать от астаны до павлодара").body().contains("По дороге: около 440 км"));
        List<Answer> talk = RankingsAndFollowUpsTest.talk(Language.RU,
                "павлодар когда основали", "а от астаны скока ехать");
        assertTrue(talk.get(1).body().contains("около 440 км"), talk.get(1).body());
    }
}
