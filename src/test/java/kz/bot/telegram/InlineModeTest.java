package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline mode, end to end: an inline_query update in, answerInlineQuery out. */
class InlineModeTest {

    @TempDir
    static Path dir;
    static TestBot bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start(dir);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static JsonNode ask(String id, String query, String offset, String language) {
        bot.api.feed("inline-query.json", u -> {
            u.withObjectProperty("inline_query").put("id", id).put("query", query).put("offset", offset);
            u.withObjectProperty("inline_query").withObjectProperty("from").put("language_code", language);
        });
        return bot.api.await("answerInlineQuery", 1, r -> r.params().path("inline_query_id").asText().equals(id),
                Duration.ofSeconds(10)).get(0).params();
    }

    private static List<String> titles(JsonNode answer) {
        List<String> titles = new ArrayList<>();
        answer.path("results").forEach(r -> titles.add(r.path("title").asText()));
        return titles;
    }

    @Test
    void aPlaceNameGivesArticlesWithTitleDescriptionAndTheAnswerWithItsSource() {
        JsonNode answer = ask("q-almaty", "almaty", "", "en");
        JsonNode results = answer.path("results");
        assertEquals(10, results.size(), "a full first page");
        assertEquals("10", answer.path("next_offset").asText());
        assertEquals(300, answer.path("cache_time").asInt());
        assertFalse(answer.path("is_personal").asBoolean());
        JsonNode first = results.get(0);
        assertEquals("article", first.path("type").asText());
        assertEquals("r0", first.path("id").asText());
        assertEquals("Almaty — city", first.path("title").asText());
        assertEquals("Names: Almaty, Алматы", first.path("description").asText());
        String text = first.path("input_message_content").path("message_text").asText();
        assertTrue(text.startsWith("<b>Almaty — city</b>\nNames: Almaty, Алматы\nPopulation: 2,347,924 (2026)"), text);
        assertTrue(text.contains("<i>Sources: Cities of Kazakhstan, 2026-11-29"), text);
        assertEquals("html", first.path("input_message_content").path("parse_mode").asText().toLowerCase());
        assertTrue(titles(answer).contains("Almaty — region"), titles(answer).toString());
        Set<String> ids = new HashSet<>();
        results.forEach(r -> ids.add(r.path("id").asText()));
        assertEquals(10, ids.size(), "ids are unique");
    }

    @Test
    void theNextPageContinuesWhereTheFirstEnded() {
        JsonNode second = ask("q-almaty-2", "almaty", "10", "en");
        assertTrue(second.path("results").size() >= 1);
        assertEquals("r10", second.path("results").get(0).path("id").asText());
        JsonNode first = ask("q-almaty-1", "almaty", "", "en");
        Set<String> firstTitles = new HashSet<>(titles(first));
        for (String t : titles(second)) {
            assertFalse(firstTitles.contains(t) && t.endsWith("— city"), "no card twice: " + t);
        }
    }

    @Test
    void anEmptyQueryOffersStartingPointsInTheUsersLanguage() {
        JsonNode answer = ask("q-empty", "", "", "ru");
        assertEquals(List.of("Какая столица Казахстана?", "Какой самый крупный город Казахстана?",
                "Какое население Казахстана?", "Города (36)", "Области (17)"), titles(answer));
        assertTrue(answer.path("is_personal").asBoolean(), "depends on the user's language");
        assertEquals("", answer.path("next_offset").asText());
        String capital = answer.path("results").get(0).path("input_message_content").path("message_text").asText();
        assertTrue(capital.startsWith("Казахстан — Столица: Астана"), capital);
        assertEquals(List.of("Қазақстанның астанасы қандай?", "Қазақстанның ең ірі қаласы қандай?",
                "Қазақстанның халқы қанша?", "Қалалар (36)", "Облыстар (17)"), titles(ask("q-empty-kk", "", "", "kk")));
        assertEquals(5, ask("q-empty-en", "", "", "en").path("results").size());
    }

    @Test
    void nonsenseGetsTheDontKnowAnswer() {
        JsonNode answer = ask("q-none", "xqzv wplk", "", "en");
        assertEquals(1, answer.path("results").size());
        String text = answer.path("results").get(0).path("input_message_content").path("message_text").asText();
        assertTrue(text.startsWith("I don't know that."), text);
    }
}
