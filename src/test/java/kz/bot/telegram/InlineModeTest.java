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
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline mode, end to end in three languages: an inline_query update in, answerInlineQuery out. */
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

    private static String posted(JsonNode result) {
        return result.path("input_message_content").path("message_text").asText();
    }

    @Test
    void aPlaceNameGivesEachAnswerOnceTitledByWhatItAnswersWithOneCleanLineAndItsSource() {
        JsonNode answer = ask("q-almaty", "almaty", "", "en");
        JsonNode results = answer.path("results");
        List<String> titles = titles(answer);
        assertEquals("Almaty — city", titles.get(0), "the core's answer first");
        assertTrue(titles.contains("Almaty — region"), titles.toString());
        assertEquals(titles.size(), new HashSet<>(titles).size(), "no title twice: " + titles);
        Set<String> ids = new HashSet<>();
        for (JsonNode r : results) {
            assertTrue(ids.add(r.path("id").asText()), "ids are unique");
            String description = r.path("description").asText();
            assertFalse(description.contains("\n") || description.contains(".."), description);
            assertTrue(description.length() <= InlineMode.DESCRIPTION_CHARS, description);
            assertTrue(posted(r).contains("<i>Source"), "the posted message names its source: " + posted(r));
            assertEquals("html", r.path("input_message_content").path("parse_mode").asText().toLowerCase());
        }
        JsonNode first = results.get(0);
        assertTrue(first.path("description").asText().startsWith("Status: city of republican significance"
                + InlineText.SEPARATOR), first.path("description").asText());
        assertTrue(posted(first).startsWith("<b>Almaty — city</b>\n"), posted(first));
        assertTrue(answer.path("is_personal").asBoolean(), "'almaty' does not say its language: the user's decides");
        assertEquals(300, answer.path("cache_time").asInt());
        assertFalse(answer.has("button"));
    }

    @Test
    void aQuestionInItsOwnLanguageIsNotPersonalAndItsFactIsTheTitle() {
        JsonNode ru = ask("q-ru", "Население Алматы", "", "en");
        assertFalse(ru.path("is_personal").asBoolean(), "the text says Russian: the same for everyone");
        JsonNode first = ru.path("results").get(0);
        assertEquals("Алматы — Население: 2 347 924 (2026)", first.path("title").asText());
        assertTrue(posted(first).contains("<i>Источник: Города Казахстана"), posted(first));
        assertFalse(first.path("description").asText().startsWith("Более старый источник"),
                "asides are not the description: " + first.path("description").asText());
        JsonNode kk = ask("q-kk", "Қазақстанның астанасы қандай?", "", "ru");
        assertFalse(kk.path("is_personal").asBoolean());
        assertTrue(titles(kk).get(0).startsWith("Қазақстан — Астанасы: Астана"), titles(kk).toString());
    }

    @Test
    void nothingKnownGivesNoResultButTheButtonToAPrivateChatInTheUsersLanguage() {
        String[][] cases = {{"en", "Ask me in a private chat"}, {"ru", "Спросить меня в личном чате"},
                {"kk", "Маған жеке чатта сұрақ қойыңыз"}};
        for (String[] c : cases) {
            JsonNode answer = ask("q-none-" + c[0], "xqzv wplk", "", c[0]);
            assertEquals(0, answer.path("results").size(), answer.toString());
            assertEquals(c[1], answer.path("button").path("text").asText());
            assertEquals(InlineMode.START_PARAMETER, answer.path("button").path("start_parameter").asText());
        }
        assertEquals(List.of(), bot.api.refusals());
    }

    @Test
    void anEmptyQueryOffersTheStartingPointsInTheUsersLanguage() {
        for (Language l : Language.values()) {
            JsonNode answer = ask("q-empty-" + l.code(), "", "", l.code());
            List<String> titles = titles(answer);
            assertTrue(answer.path("is_personal").asBoolean(), "depends on the user's language");
            assertEquals("", answer.path("next_offset").asText());
            List<String> expected = new ArrayList<>();
            for (String q : CallbackData.examples(l).subList(0, Welcome.EXAMPLES)) {
                if (bot.library.answer(new Question(q, l)).found()) {
                    expected.add(q); // a starting question the core cannot answer yet is left out
                }
            }
            for (Command c : Command.starters()) {
                expected.add(bot.library.answer(new Question(c.slash(), l)).title());
            }
            assertEquals(expected, titles);
        }
        JsonNode ru = ask("q-empty-ru2", "", "", "ru");
        assertTrue(titles(ru).containsAll(List.of("Города (36)", "Области (17)")), titles(ru).toString());
    }

    @Test
    void resultsComeTenAtATimeAndTheNextPageContinues() {
        String query = "a";
        List<Answer> all = bot.library.answers(new Question(query, Language.EN), InlineMode.MAX_RESULTS);
        JsonNode first = ask("q-a-1", query, "", "en");
        assertTrue(first.path("results").size() <= InlineMode.PAGE);
        if (first.path("next_offset").asText().isEmpty()) {
            assertTrue(all.size() <= InlineMode.PAGE, "a next page whenever there are more: " + all.size());
            return;
        }
        assertEquals("10", first.path("next_offset").asText());
        JsonNode second = ask("q-a-2", query, "10", "en");
        assertEquals("r10", second.path("results").get(0).path("id").asText());
        Set<String> titles = new HashSet<>(titles(first));
        for (String t : titles(second)) {
            assertFalse(titles.contains(t), "nothing twice across pages: " + t);
        }
    }
}
