package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private static Answer ask(String text) {
        return ShippedKnowledge.ask(text);
    }

    @Test
    void commandsAreParsedWithAndWithoutTheBotsName() {
        assertEquals(new CommandCall("city", "OurBot", "Almaty"), CommandCall.parse("/city@OurBot Almaty").orElseThrow());
        assertEquals(new CommandCall("city", "", "Ust-Kamenogorsk"), CommandCall.parse("/City  Ust-Kamenogorsk").orElseThrow());
        assertEquals(new CommandCall("help", "", ""), CommandCall.parse("/help@").orElseThrow());
        assertTrue(CommandCall.parse("/regex/").isEmpty());
        assertTrue(CommandCall.parse("almaty").isEmpty());
    }

    @Test
    void cityCardHasNamesPopulationAndSources() {
        Answer a = ask("/city Алматы");
        assertEquals("command", a.kind());
        assertTrue(a.title().startsWith("Алматы"), a.title());
        // a Cyrillic name asks in Russian: the card, its labels, figures and sources are Russian
        assertTrue(a.body().contains("Население: 2 347 924 (2026)"), a.body());
        assertTrue(a.body().contains("Названия: Almaty, Алматы"), a.body());
        assertTrue(a.sources().contains("Города Казахстана, 2026-11-29"), a.sources().toString());
    }

    @Test
    void regionCardLinksItsCentre() {
        Answer a = ask("/region Mangystau");
        assertTrue(a.body().contains("Administrative Center: Aktau"), a.body());
        assertTrue(a.body().contains("Маңғыстау облысы"), a.body());
        assertEquals(List.of(new Choice("Centre: Aktau", "/city Aktau")), a.choices());
    }

    @Test
    void aMisspeltNameFindsTheCityAndAnUnknownOneOffersCandidates() {
        assertTrue(ask("/city Karagandaa").title().startsWith("Karaganda"));
        Answer unknown = ask("/city Pavlograd");
        assertFalse(unknown.found());
        assertTrue(unknown.body().contains("Did you mean"), unknown.body());
        assertTrue(unknown.choices().stream().anyMatch(c -> c.command().equals("/city Pavlodar")),
                unknown.choices().toString());
    }

    @Test
    void everySpellingFindsThePlace() {
        for (String name : List.of("Oskemen", "Өскемен", "Ust-Kamenogorsk", "Усть-Каменогорск", "Öskemen")) {
            assertEquals("Oskemen", titleEntity(ask("/city " + name)), name);
        }
        for (String name : List.of("Taraz", "Тараз", "Zhambyl", "Jambyl", "Aulie-Ata")) {
            assertEquals("Taraz", titleEntity(ask("/city " + name)), name);
        }
        for (String name : List.of("Zhambyl", "Жамбыл", "Jambyl", "Жамбылская область")) {
            assertEquals("Zhambyl", titleEntity(ShippedKnowledge.library().answer(
                    new Question("/region " + name, Language.EN))), name);
        }
    }

    /** The English name of the place a card is about: the first of its names line, in any language. */
    private static String titleEntity(Answer card) {
        String names = card.body().lines().findFirst().orElseThrow();
        return names.substring(names.indexOf(": ") + 2).split(",")[0];
    }

    @Test
    void aMissingNameAsksWhichOne() {
        Answer a = ask("/region");
        assertTrue(a.body().startsWith("Which one? For example: /region "), a.body());
        assertEquals(17, a.choices().size());
    }

    @Test
    void listsComeWithAButtonForEveryEntry() {
        Answer regions = ask("/regions");
        assertEquals("Regions (17)", regions.title());
        assertEquals(17, regions.choices().size());
        assertTrue(regions.choices().contains(new Choice("Ulytau", "/region Ulytau")));
        Answer cities = ask("/cities");
        assertTrue(cities.choices().contains(new Choice("Oskemen", "/city Oskemen")));
        for (Choice c : cities.choices()) {
            assertTrue(ask(c.command()).title().startsWith(c.label()), c.command());
        }
    }

    @Test
    void searchAndSources() {
        Answer search = ask("/search uranium");
        assertTrue(search.body().toLowerCase().contains("uranium"), search.body());
        assertFalse(ask("/search zzzzqqq").found());
        Answer sources = ask("/sources");
        assertEquals("Documents I answer from (" + ShippedKnowledge.documents() + ")", sources.title());
        assertTrue(sources.body().contains("Record numbers leave Kazakhstan's villages for the cities in 2024, 2025-02-11"));
    }

    @Test
    void sourcesIsOneShortLineADocumentInTheUsersLanguage() {
        Answer ru = ShippedKnowledge.library().answer(new Question("/sources", Language.RU));
        String[] lines = ru.body().split("\n");
        assertEquals(ShippedKnowledge.documents(), lines.length, "a line per document");
        for (String line : lines) {
            assertTrue(line.length() <= 40 + Commands.COVERS_CHARS + Commands.ORIGIN_CHARS + 100, line);
        }
        assertTrue(ru.body().contains("(Источник: Бюро национальной статистики Казахстана)"), ru.body());
        assertFalse(ru.body().contains("the three cities of republican significance"), "what a document covers, in Russian");
        assertEquals("Bureau of National Statistics of Kazakhstan", Commands.publisher(
                "Bureau of National Statistics of Kazakhstan (stat.gov.kz): Almaty, Astana and Shymkent on 1 January 2026"));
        assertEquals("Education: eGov.kz, 'UNT in Kazakhstan'", Commands.publisher(
                "Education: eGov.kz, 'UNT in Kazakhstan' (updated 11 July 2024) and oq.gov.kz"), "a group's heading is read past");
        assertEquals("the school system and the…", Commands.clip("the school system and the Unified National Testing", 27));
    }

    @Test
    void didYouMeanOffersACommandOnlyForACityOrARegion() {
        Answer unknown = ShippedKnowledge.ask("solko naselenie almaty");
        assertFalse(unknown.found());
        assertFalse(unknown.choices().isEmpty(), unknown.body());
        for (Choice c : unknown.choices()) {
            assertTrue(!c.command().startsWith("/city ") || ShippedKnowledge.ask(c.command()).found(),
                    "a button must lead somewhere: " + c);
        }
        assertTrue(unknown.choices().contains(new Choice("Silk Road Sites", "Silk Road Sites")),
                "a sight is asked by its name, which gives its summary: " + unknown.choices());
    }

    @Test
    void helpAndUnknownCommandsInTheUsersLanguage() {
        Answer help = ShippedKnowledge.library().answer(new Question("/help", Language.RU));
        assertEquals(Language.RU, help.language());
        assertTrue(help.body().contains("/city <название>"), help.body());
        Answer unknown = ask("/weather");
        assertFalse(unknown.found());
        assertEquals("I don't know the command /weather. Send /help to see what I can do.", unknown.body());
    }
}
