package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** A person asked about by the role a fact of the country gives them ("the president"), in three languages. */
class RolePeopleTest {

    private static Answer ask(String text, Language language) {
        return ShippedKnowledge.library().answer(Dialogue.START.question(text, language));
    }

    @Test
    void theAgeOfThePresidentIsHisAgeNotTheLengthOfHisTerm() {
        // «сколько лет президенту» had met "Presidential Term: one term of seven years"
        Answer ru = ask("сколько лет президенту", Language.RU);
        assertTrue(ru.body().startsWith("Касым-Жомарт Токаев: "), ru.body());
        assertTrue(ru.body().contains("1953"), ru.body());
        Answer kk = ask("президент неше жаста", Language.KK);
        assertTrue(kk.body().startsWith("Қасым-Жомарт Тоқаев: "), kk.body());
        Answer en = ask("how old is the president of kazakhstan", Language.EN);
        assertTrue(en.body().startsWith("Kassym-Jomart Tokayev: ") && en.body().contains("born in 1953"), en.body());
        Answer first = ask("how old is the first president", Language.EN);
        assertTrue(first.body().startsWith("Nursultan Nazarbayev: "), "the longer role said wins: " + first.body());
        // «на сколько лет» asks the length of a term; «выбирают» says what «избирается» says
        Answer term = ask("на сколько лет выбирают президента", Language.RU);
        assertTrue(term.body().contains("семь лет") && !term.body().contains("1953"), term.body());
    }

    @Test
    void aPredictionIsNotAskedAgainOfThePersonInTheRole() {
        // refused as a prediction, «кто будет президентом» had been asked again as «кто будет Касым-Жомарт Токаев»
        List<Answer> talk = RankingsAndFollowUpsTest.talk(Language.RU, "кто президент казахстана",
                "а конституцию когда приняли", "кто будет президентом после него");
        assertTrue(talk.get(1).found(), talk.get(1).body());
        assertEquals(false, talk.get(2).found(), talk.get(2).body());
    }

    @Test
    void aQuestionAboutThePersonInTheRoleIsAnsweredByTheirOwnFact() {
        assertTrue(ask("when was the president born", Language.EN).body()
                .startsWith("Kassym-Jomart Tokayev — Born: 17 May 1953"));
        assertTrue(ask("where was the first president born", Language.EN).body()
                .startsWith("Nursultan Nazarbayev — Born: 6 July 1940"));
        assertTrue(ask("тұңғыш президент қайда туған", Language.KK).body().startsWith("Нұрсұлтан Назарбаев — Туған:"));
        // the role itself is still the country's fact
        assertTrue(ask("who is the president", Language.EN).body().startsWith("Kazakhstan — President: Kassym-Jomart"));
        assertEquals(false, ask("where was the prime minister born", Language.EN).found(),
                "the prime minister is no person of the knowledge: nothing to ask of him");
    }
}
