package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.bot.answer.Messages;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * What a new user meets, end to end in three languages: the descriptions set at start-up, the /start welcome with
 * its buttons, /help built from the commands, and the welcome's question buttons answered when pressed.
 */
class WelcomeTest extends WithBot {

    @Test
    void theDescriptionsAreSetAtStartUpInThreeLanguages() {
        List<FakeBotApi.Request> long_ = bot.api.await("setMyDescription", 3, r -> true, Duration.ofSeconds(5));
        List<FakeBotApi.Request> short_ = bot.api.await("setMyShortDescription", 3, r -> true, Duration.ofSeconds(5));
        for (Language l : Language.values()) {
            String code = l == Language.EN ? "" : l.code();
            FakeBotApi.Request d = long_.stream().filter(r -> r.params().path("language_code").asText().equals(code))
                    .findFirst().orElseThrow(() -> new AssertionError("no description for '" + code + "'"));
            assertEquals(Messages.get(l).say("bot_description"), d.params().path("description").asText());
            assertTrue(d.params().path("description").asText().length() <= 512);
            FakeBotApi.Request s = short_.stream().filter(r -> r.params().path("language_code").asText()
                    .equals(code)).findFirst().orElseThrow();
            assertTrue(s.params().path("short_description").asText().length() <= 120);
        }
        FakeBotApi.Request english = long_.stream().filter(r -> !r.params().has("language_code")).findFirst()
                .orElseThrow(() -> new AssertionError("English is the default: no language code"));
        assertTrue(english.params().path("description").asText().startsWith("I answer questions about Kazakhstan"));
        assertEquals(List.of(), bot.api.refusals());
    }

    @Test
    void startWelcomesWithQuestionsCommandsAndTryMeInAnyChatInTheUsersLanguage() {
        Map<String, List<String>> expected = Map.of(
                "en", List.of("What is the capital of Kazakhstan?", "All cities", "Try me in any chat"),
                "ru", List.of("Какая столица Казахстана?", "Все города", "Спросить в любом чате"),
                "kk", List.of("Қазақстанның астанасы қандай?", "Барлық қалалар", "Кез келген чатта сұрау"));
        long chat = 4100;
        for (var e : expected.entrySet()) {
            chat++;
            Language language = Language.fromCode(e.getKey()).orElseThrow();
            people.say(chat, e.getKey(), "/start");
            FakeBotApi.Request welcome = bot.api.awaitMessages(chat, 1).get(0);
            assertEquals(Messages.get(language).say("welcome"), welcome.text());
            List<List<String>> rows = People.labels(welcome);
            assertEquals(e.getValue().get(0), rows.get(0).get(0));
            assertEquals(List.of(e.getValue().get(1), Messages.get(language).say("command_regions")), rows.get(3));
            JsonNode last = welcome.params().path("reply_markup").path("inline_keyboard").get(4).get(0);
            assertEquals(e.getValue().get(2), last.path("text").asText());
            assertEquals("", last.path("switch_inline_query").asText("missing"), "switches to inline mode");
            assertEquals("e:" + e.getKey() + "0", People.button(welcome, e.getValue().get(0)));
            assertEquals("x:cities", People.button(welcome, e.getValue().get(1)));
        }
    }

    @Test
    void helpIsNotTheWelcomeAndListsThePublicCommandsFromTheEnum() {
        people.say(4201, "ru", "/help");
        FakeBotApi.Request help = bot.api.awaitMessages(4201, 1).get(0);
        assertFalse(help.text().equals(Messages.get(Language.RU).say("welcome")));
        String text = FakeBotApi.plain(help.text());
        assertTrue(text.contains("Команды:\n/start — Приветствие и вопросы для начала\n/help — Что я умею\n"
                + "/city <название> — Город: население, область, чем известен\n/cities — Все города"), text);
        assertTrue(text.contains("/search <слова> — Поиск по текстам: \"фраза\", -без, начало*"), text);
        assertFalse(text.contains("/reload") || text.contains("/stats"), "admin commands are the admins' own");
        assertFalse(help.params().has("reply_markup"));
    }

    @Test
    void aQuestionButtonOfTheWelcomeIsAnsweredInItsLanguage() {
        Map<String, String> comparisons = Map.of("en", "Almaty is bigger than Astana",
                "ru", "Алматы больше, чем Астана", "kk", "Алматы Астана қаласынан үлкен");
        long chat = 4300;
        for (var e : comparisons.entrySet()) {
            chat++;
            people.say(chat, e.getKey(), "/start");
            FakeBotApi.Request welcome = bot.api.awaitMessages(chat, 1).get(0);
            Language language = Language.fromCode(e.getKey()).orElseThrow();
            String question = CallbackData.examples(language).get(2);
            String data = People.button(welcome, question);
            assertEquals("e:" + e.getKey() + "2", data);
            people.press(chat, e.getKey(), welcome, data);
            FakeBotApi.Request answer = bot.api.awaitMessages(chat, 2).get(1);
            assertTrue(answer.text().startsWith(e.getValue()), answer.text());
        }
    }

    @Test
    void theMenuComesFromTheCommandsWithTheirHelpLines() {
        List<FakeBotApi.Request> menus = bot.api.await("setMyCommands", 6, r -> true, Duration.ofSeconds(5));
        FakeBotApi.Request kazakh = menus.stream().filter(r -> r.params().path("language_code").asText()
                .equals("kk") && r.params().path("scope").path("type").asText().equals("default")).findFirst()
                .orElseThrow();
        List<String> names = new ArrayList<>();
        kazakh.params().path("commands").forEach(c -> names.add(c.path("command").asText() + " — "
                + c.path("description").asText()));
        List<String> expected = new ArrayList<>();
        for (Command c : Command.values()) {
            if (c.inMenu() && !c.adminOnly()) {
                expected.add(c.word() + " — " + Messages.get(Language.KK).say(c.helpKey()));
            }
        }
        assertEquals(expected, names);
        assertEquals("help — Не істей аламын", names.get(0));
    }
}
