package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bot.config.Config;
import kz.bot.config.ConfigException;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Start-up (getMe, the command menu), start-up failures, and the token's absence from every log line. */
class StartupTest {

    private static final String SECRET_HALF = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);

    @TempDir
    Path dir;

    @Test
    void getMeThenTheCommandMenuInThreeLanguagesWithAdminCommandsOnlyInTheAdminsChat() {
        try (TestBot bot = TestBot.start(dir)) {
            assertEquals(new BotIdentity(FakeBotApi.BOT_ID, "OurBot"), bot.bot.identity());
            assertEquals("getme", bot.api.requests().get(0).method());
            List<FakeBotApi.Request> menus = bot.api.await("setMyCommands", 6, r -> true,
                    java.time.Duration.ofSeconds(5));
            assertEquals(6, menus.size());
            List<String> seen = new ArrayList<>();
            for (FakeBotApi.Request r : menus) {
                JsonNode p = r.params();
                String scope = p.path("scope").path("type").asText()
                        + (p.path("scope").has("chat_id") ? ":" + p.path("scope").path("chat_id").asText() : "");
                seen.add(scope + "/" + p.path("language_code").asText("-"));
                List<String> names = new ArrayList<>();
                p.path("commands").forEach(c -> names.add(c.path("command").asText()));
                boolean admin = scope.equals("chat:42");
                assertEquals(admin, names.contains("reload"), scope + " " + names);
                assertEquals(admin, names.contains("stats"), scope + " " + names);
                assertTrue(names.containsAll(List.of("help", "city", "cities", "region", "regions", "search",
                        "sources")), names.toString());
                p.path("commands").forEach(c -> {
                    assertTrue(c.path("command").asText().matches("[a-z0-9_]{1,32}"));
                    assertTrue(c.path("description").asText().length() <= 256);
                });
            }
            assertEquals(Set.of("default/-", "default/ru", "default/kk", "chat:42/-", "chat:42/ru", "chat:42/kk"),
                    Set.copyOf(seen));
            FakeBotApi.Request russian = menus.stream().filter(r -> r.params().path("language_code").asText()
                    .equals("ru") && r.params().path("scope").path("type").asText().equals("default")).findFirst()
                    .orElseThrow();
            assertEquals("Все города", russian.params().path("commands").get(2).path("description").asText());
        }
    }

    @Test
    void aTokenTheApiRefusesStopsStartUpWithAMessageThatDoesNotContainIt() throws Exception {
        String wrong = "987654321:WrongTokenWrongToken_xyz";
        try (FakeBotApi api = new FakeBotApi();
             Library library = Library.open(TestBot.copyKnowledge(dir.resolve("k")), dir.resolve("d"));
             QuestionLog log = QuestionLog.open(dir.resolve("d/q.db"))) {
            Config config = new Config(dir, dir, Optional.of(wrong), api.url(), Set.of(), Optional.empty());
            TelegramStartException e = assertThrows(TelegramStartException.class,
                    () -> TelegramBot.start(config, library, log, TestBot.FAST));
            assertEquals("the Bot API refused TELEGRAM_BOT_TOKEN (401): check the token from @BotFather",
                    e.getMessage());
            assertEquals(1, api.unauthorizedRequests(), "a refused token is not retried");
            assertEquals(List.of(), api.requests());
        }
    }

    @Test
    void anUnreachableApiStopsStartUpAfterTheRetries() throws Exception {
        URI closed;
        try (FakeBotApi api = new FakeBotApi()) {
            closed = api.url();
        }
        try (Library library = Library.open(TestBot.copyKnowledge(dir.resolve("k")), dir.resolve("d"));
             QuestionLog log = QuestionLog.open(dir.resolve("d/q.db"))) {
            Config config = new Config(dir, dir, Optional.of(FakeBotApi.TOKEN), closed, Set.of(), Optional.empty());
            TelegramStartException e = assertThrows(TelegramStartException.class,
                    () -> TelegramBot.start(config, library, log, TestBot.FAST));
            assertTrue(e.getMessage().startsWith("cannot reach the Bot API: getme failed: ConnectException"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(SECRET_HALF));
        }
    }

    @Test
    void theApiUrlMustBeHostAndPortOnly() {
        TelegramUrl url = ApiEndpoint.of(URI.create("http://127.0.0.1:8081"));
        assertEquals(List.of("http", "127.0.0.1", 8081), List.of(url.getSchema(), url.getHost(), url.getPort()));
        assertEquals(443, ApiEndpoint.of(URI.create("https://api.telegram.org")).getPort());
        ConfigException e = assertThrows(ConfigException.class,
                () -> ApiEndpoint.of(URI.create("https://example.org/telegram")));
        assertTrue(e.getMessage().startsWith("TELEGRAM_API_URL must be scheme://host[:port] without a path"));
    }

    /**
     * Runs through everything that logs — start, 429, 5xx, a failing poll, a failing handler, a refused token, an
     * unreachable server, shutdown — with standard error captured, and looks for the token.
     */
    @Test
    void theTokenNeverAppearsInTheLogs() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (TestBot bot = TestBot.start(dir.resolve("one"), Optional.empty(), handler -> update -> {
                if (update.hasMessage() && "boom".equals(update.getMessage().getText())) {
                    throw new IllegalStateException("failing on purpose with the token " + FakeBotApi.TOKEN);
                }
                handler.handle(update);
            })) {
                bot.api.failNext("sendMessage", FakeBotApi.tooManyRequests(1));
                bot.api.failNext("sendMessage", FakeBotApi.badGateway());
                bot.api.failNext("sendMessage", FakeBotApi.error(400, "Bad Request: chat not found"));
                bot.api.failNext("getUpdates", FakeBotApi.badGateway());
                for (String text : List.of("boom", "What is the capital of Kazakhstan?", "/city Almaty",
                        "/cities")) {
                    bot.api.feed("private-text.json", u -> u.withObjectProperty("message").put("text", text));
                }
                bot.api.awaitMessages(TestBot.USER_ID, 3);
            }
            aTokenTheApiRefusesStopsStartUpWithAMessageThatDoesNotContainIt();
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("update 1000 failed: IllegalStateException: failing on purpose with the token "
                + "<redacted>"), logs);
        assertTrue(logs.contains("429 Too Many Requests"), logs);
        assertTrue(logs.contains("given up after 3 attempt(s): 400 Bad Request: chat not found"), logs);
        assertTrue(logs.contains("getUpdates refused: 502 (no description); polling again in"), logs);
        assertFalse(logs.contains(SECRET_HALF), logs);
    }
}
