package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** A visa question names the asker's passport, by its country or its people, and the visa-free lists answer it. */
class VisasTest {

    private static Answer ask(String text, Language language) {
        return ShippedKnowledge.library().answer(new Question(text, language));
    }

    @Test
    void aPeoplesNameSaysWhosePassportItIs() {
        assertEquals(List.of(new Travellers.Demonym(3, 12, "Canada")),
                Travellers.demonyms(Phrases.of(Language.EN), "do canadians need a visa"));
        assertEquals("France", Travellers.demonyms(Phrases.of(Language.RU), "сколько дней француз может быть без визы")
                .get(0).country());
        assertEquals("Germany", Travellers.demonyms(Phrases.of(Language.KK), "немістерге виза керек пе")
                .get(0).country());
        // «для китайцев», "dlya nemcev": the genitive plural, as «нужна ли виза для …» asks
        assertEquals("China", Travellers.demonyms(Phrases.of(Language.RU), "нужна ли виза для китайцев")
                .get(0).country());
        assertEquals("Germany", Travellers.demonyms(Phrases.of(Language.RU), "nuzhna li viza v kazahstan dlya nemcev")
                .get(0).country());
        assertEquals(List.of(), Travellers.demonyms(Phrases.of(Language.RU), "нужна ли виза в туркестан"),
                "Туркестан is our city, not a Turk");
    }

    @Test
    void anotherPeopleOrCountryAfterAVisaAnswerAsksTheSameOfThatPassport() {
        for (String[] turns : List.of(
                new String[] {"do uk citizens need a visa for kazakhstan", "what about indians",
                        "India: its citizens need no visa to visit Kazakhstan and may stay up to 14 days per entry."},
                new String[] {"do uk citizens need a visa for kazakhstan", "and germany?",
                        "Germany: its citizens need no visa to visit Kazakhstan and may stay up to 30 days per entry."},
                new String[] {"нужна ли виза гражданам германии", "а россиянам?", "Россия: гражданам этой страны"},
                new String[] {"АҚШ азаматтарына виза керек пе", "ал ресейліктерге ше", "Ресей: бұл елдің"})) {
            Dialogue d = Dialogue.START;
            Answer first = ShippedKnowledge.library().answer(d.question(turns[0], Language.EN));
            Answer second = ShippedKnowledge.library().answer(d.after(first).question(turns[1], Language.EN));
            assertTrue(second.body().startsWith(turns[2]), turns[1] + " → " + second.body());
        }
        // a country on no visa-free list is not answered by the last one's
        Dialogue d = Dialogue.START;
        Answer uk = ShippedKnowledge.library().answer(d.question("do uk citizens need a visa for kazakhstan",
                Language.EN));
        assertFalse(ShippedKnowledge.library().answer(d.after(uk).question("and afghanistan?", Language.EN)).found());
    }

    @Test
    void aListsItemNamesTheCountryWithOrWithoutItsArticle() {
        assertTrue(Visas.same("the United States", "United States"));
        assertTrue(Visas.same("Germany", "germany"));
        assertFalse(Visas.same("Georgia", "Germany"));
    }

    @Test
    void aPassportOnAVisaFreeListIsAnsweredWithItsDaysInTheAskersLanguage() {
        Answer en = ask("do german citizens need a visa to go to kazakhstan", Language.EN);
        assertEquals("Germany: its citizens need no visa to visit Kazakhstan and may stay up to 30 days per entry.",
                en.body());
        assertEquals("Canada: its citizens need no visa to visit Kazakhstan and may stay up to 30 days per entry.",
                ask("do canadians need a visa to visit kazakhstan", Language.EN).body());
        assertTrue(ask("does someone with a uae passport need a visa for kazakhstan", Language.EN).body()
                .startsWith("United Arab Emirates: its citizens need no visa"));
        assertEquals("Италия: гражданам этой страны виза для поездки в Казахстан не нужна, без визы можно находиться"
                + " до 30 дней за один въезд.", ask("нужна ли виза гражданам италии в казахстан", Language.RU).body());
        assertTrue(ask("россиянам нужна виза в казахстан?", Language.RU).body()
                .startsWith("Россия: гражданам этой страны виза для поездки в Казахстан не нужна, без визы можно"
                        + " находиться до 90 дней"));
        assertEquals("Ұлыбритания: бұл елдің азаматтарына Қазақстанға келу үшін виза қажет емес, визасыз бір кіруде 30"
                        + " күнге дейін болуға болады.",
                ask("Ұлыбритания азаматы Қазақстанда визасыз неше күн жүре алады", Language.KK).body());
        assertTrue(ask("үнді азаматтарына виза керек пе", Language.KK).body().contains("14 күнге дейін"));
    }

    @Test
    void aVisaForAnotherCountryOrAVisaCardIsNoQuestionAboutAPassport() {
        assertFalse(ask("нужна ли виза в китай казахстанцам", Language.RU).found(), "China is where they go");
        assertTrue(ask("can i pay with visa card in almaty", Language.EN).body().contains("Mastercard"));
        assertFalse(ask("do uzbeks need a visa for kazakhstan", Language.EN).body().contains("Uzbekistan:"),
                "a passport on no list is not said to need a visa: the lists name only what their sources name");
    }

    @Test
    void theListsAreReadButNeverSearched() {
        // "how many days without a visa" is the visa-free stay, not the list of the two countries of 14 days
        assertTrue(ShippedKnowledge.ask("kz visa free how many days").body()
                .startsWith("Kazakhstan — Visa-Free Stay: up to 30 days per entry"));
    }
}
