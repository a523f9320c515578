package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /reload and /stats end to end, each test with its own knowledge copy, data directory and bot. */
class AdminTest {

    static final long ADMIN_CHAT = TestBot.ADMIN_ID;
    static final long USER_CHAT = TestBot.USER_ID;

    @TempDir
    Path dir;
    TestBot bot;
    int sentToAdmin;
    int sentToUser;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    /** {@code text} from user {@code from} in a private chat; returns the reply's HTML. */
    private String say(long from, String text) {
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").put("text", text);
            u.withObjectProperty("message").withObjectProperty("from").put("id", from);
            u.withObjectProperty("message").withObjectProperty("chat").put("id", from);
        });
        int n = from == ADMIN_CHAT ? ++sentToAdmin : ++sentToUser;
        List<FakeBotApi.Request> sent = bot.api.awaitMessages(from, n);
        return sent.get(n - 1).text();
    }

    private void replaceInKnowledge(String file, String from, String to) throws IOException {
        Path f = bot.knowledge.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void reloadPutsAChangedFactInService() throws IOException {
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"));
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        String report = say(ADMIN_CHAT, "/reload");
        assertTrue(report.matches("<b>Knowledge base reloaded</b>\n" + ShippedKnowledge.documents()
                + " documents, \\d+ passages, \\d+ facts"
                + " \\(36 cities, 17 regions\\) in \\d+ ms\\.\nNo problems found\\."), report);
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: golden tenge (KZT)"));
    }

    @Test
    void aBrokenFileIsReportedWithFileAndLineAndTheOldKnowledgeStays() throws IOException {
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        // the file ends with a line break: the appended blank line comes next, then the entry
        int atlantis = Files.readAllLines(bot.knowledge.resolve("cities.txt"), StandardCharsets.UTF_8).size() + 2;
        Files.writeString(bot.knowledge.resolve("cities.txt"), "\n**Atlantis**\nRussian: Атлантида\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String report = say(ADMIN_CHAT, "/reload");
        assertTrue(report.startsWith("<b>Reload rejected</b>\nThe knowledge files have 1 problem(s)"), report);
        assertTrue(report.contains("The knowledge base in service stays unchanged"), report);
        assertTrue(report.contains("• cities.txt:" + atlantis
                + ": city entry 'Atlantis' has no population in parentheses"),
                report);
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"),
                "the old answer stays");
    }

    @Test
    void reloadWithoutChangesSaysSo() {
        String report = say(ADMIN_CHAT, "/reload");
        assertTrue(report.startsWith("<b>Knowledge unchanged</b>"), report);
    }

    @Test
    void aNonAdminIsRefusedAndNothingIsReloaded() throws IOException {
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        assertEquals("Sorry, /reload is only for the bot's administrators.", say(USER_CHAT, "/reload"));
        assertEquals("Sorry, /stats is only for the bot's administrators.", say(USER_CHAT, "/stats@OurBot"));
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"),
                "still the old knowledge");
    }

    @Test
    void anAnonymousGroupAdminAndAForwardedAdminMessageGrantNothing() throws IOException {
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        bot.api.feed("group-anonymous-admin.json");
        String refusal = bot.api.awaitMessages(TestBot.GROUP_ID, 1).get(0).text();
        assertEquals("Sorry, /reload is only for the bot's administrators.", refusal);
        bot.api.feed("forwarded-admin.json");
        assertEquals("Sorry, /reload is only for the bot's administrators.", bot.api.awaitMessages(2002, 1).get(0)
                .text());
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"));
    }

    @Test
    void anAdminsIdInTheChatIdFieldGrantsNothing() throws IOException {
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        for (String command : List.of("/reload", "/stats")) {
            bot.api.feed("private-text.json", u -> {
                u.withObjectProperty("message").put("text", command);
                u.withObjectProperty("message").withObjectProperty("chat").put("id", ADMIN_CHAT);
                u.withObjectProperty("message").withObjectProperty("from").put("id", USER_CHAT);
            });
        }
        List<FakeBotApi.Request> sent = bot.api.awaitMessages(ADMIN_CHAT, 2);
        assertEquals("Sorry, /reload is only for the bot's administrators.", sent.get(0).text());
        assertEquals("Sorry, /stats is only for the bot's administrators.", sent.get(1).text());
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"),
                "nothing was reloaded");
    }

    @Test
    void anAdminInAGroupIsAskedToWritePrivatelyAndNothingIsShownOrDone() throws IOException {
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        for (String command : List.of("/stats@OurBot", "/reload")) {
            bot.api.feed("group-command.json", u -> {
                u.withObjectProperty("message").put("text", command);
                u.withObjectProperty("message").withObjectProperty("from").put("id", ADMIN_CHAT);
            });
        }
        List<FakeBotApi.Request> sent = bot.api.awaitMessages(TestBot.GROUP_ID, 2);
        assertEquals("Please send /stats to me in a private chat: its answer is for administrators only.",
                sent.get(0).text());
        assertEquals("Please send /reload to me in a private chat: its answer is for administrators only.",
                sent.get(1).text());
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"),
                "nothing was reloaded");
    }

    /** Inline results are posted into any chat for anyone to read: even an administrator's show no admin data. */
    @Test
    void inlineQueriesNeverRunAdminCommandsOrShowTheirData() throws IOException {
        replaceInKnowledge("kazakhstan-basics.txt", "Currency: tenge (KZT)", "Currency: golden tenge (KZT)");
        say(USER_CHAT, "What is the airspeed of a swallow?"); // something /stats would list
        int n = 0;
        for (long from : List.of(ADMIN_CHAT, USER_CHAT)) {
            for (String query : List.of("/stats", "/reload", "/stats@OurBot", "stats", "reload")) {
                String id = "admin-inline-" + n++;
                bot.api.feed("inline-query.json", u -> {
                    u.withObjectProperty("inline_query").put("id", id).put("query", query);
                    u.withObjectProperty("inline_query").withObjectProperty("from").put("id", from);
                });
                var answer = bot.api.await("answerInlineQuery", 1,
                        r -> r.params().path("inline_query_id").asText().equals(id), java.time.Duration.ofSeconds(10))
                        .get(0).params().toString();
                for (String secret : List.of("Uptime", "Questions answered", "swallow", "Knowledge base reloaded",
                        "Knowledge unchanged", "Reload", "problem")) {
                    assertFalse(answer.contains(secret), query + " from " + from + " showed '" + secret + "': "
                            + answer);
                }
                if (query.startsWith("/")) {
                    // to the core an admin command is an unknown command: no result, only the way to a private chat
                    assertTrue(answer.contains("\"results\":[]") && answer.contains("Ask me in a private chat"),
                            answer);
                }
            }
        }
        assertTrue(say(USER_CHAT, "What is the currency of Kazakhstan?").contains("Currency: tenge (KZT)"),
                "nothing was reloaded");
    }

    @Test
    void aForgedButtonCannotRunAnAdminCommandEvenForAnAdmin() {
        for (String data : List.of("x:stats", "x:reload")) {
            bot.api.feed("callback-city.json", u -> {
                u.withObjectProperty("callback_query").put("id", "forged-" + data).put("data", data);
                u.withObjectProperty("callback_query").withObjectProperty("from").put("id", ADMIN_CHAT);
                u.withObjectProperty("callback_query").withObjectProperty("message").withObjectProperty("chat")
                        .put("id", ADMIN_CHAT);
            });
        }
        List<FakeBotApi.Request> sent = bot.api.awaitMessages(ADMIN_CHAT, 2);
        assertEquals("I don't know the command /stats. Send /help to see what I can do.", sent.get(0).text());
        assertEquals("I don't know the command /reload. Send /help to see what I can do.", sent.get(1).text());
    }

    @Test
    void reportsAreInTheAdminsLanguage() {
        String[][] cases = {{"ru", "<b>Статистика</b>\nВремя работы: 0 мин ", "Вопросов задано: "},
                {"kk", "<b>Статистика</b>\nЖұмыс уақыты: 0 мин ", "Қойылған сұрақтар: "}};
        int n = 0;
        for (String[] c : cases) {
            bot.api.feed("private-text.json", u -> {
                u.withObjectProperty("message").put("text", "/stats");
                u.withObjectProperty("message").withObjectProperty("from").put("id", ADMIN_CHAT)
                        .put("language_code", c[0]);
                u.withObjectProperty("message").withObjectProperty("chat").put("id", ADMIN_CHAT);
            });
            String stats = bot.api.awaitMessages(ADMIN_CHAT, ++n).get(n - 1).text();
            assertTrue(stats.startsWith(c[1]), stats);
            assertTrue(stats.contains(c[2]), stats);
        }
    }

    @Test
    void statsCountQuestionsAndListTheUnansweredOnes() {
        say(USER_CHAT, "What is the capital of Kazakhstan?");
        say(USER_CHAT, "What is the airspeed of a swallow?");
        say(USER_CHAT, "what is the airspeed of a swallow?");
        say(USER_CHAT, "Who won the <World Cup>?");
        String stats = say(ADMIN_CHAT, "/stats");
        assertTrue(stats.startsWith("<b>Statistics</b>\nUptime: 0 min "), stats);
        assertTrue(stats.contains("\nQuestions answered: 4\n"), stats);
        assertTrue(stats.contains("\nAnswered with “I don't know”: 3 (75.0%)\n"), stats);
        assertTrue(stats.endsWith("Most frequent unanswered questions:\n"
                + "1. What is the airspeed of a swallow? — 2×\n2. Who won the &lt;World Cup&gt;? — 1×"), stats);
        assertFalse(stats.contains("/stats"), "admin commands are not questions");
    }
}
