package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.bot.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook mode: updates arrive by HTTP POST, and only with the secret header. */
class WebhookTest {

    static final String SECRET = "s3cret-Token_1";
    static final URI PUBLIC_URL = URI.create("https://bot.example.org/telegram/hook");

    @TempDir
    static Path dir;
    static TestBot bot;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        bot = TestBot.start(dir, Optional.of(new Config.Webhook(PUBLIC_URL, "127.0.0.1", 0, SECRET)),
                UnaryOperator.identity());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static ObjectNode question(long chat, String text) {
        ObjectNode update = FakeBotApi.fixture("private-text.json");
        update.put("update_id", 800000 + (int) (chat % 1000) * 1000 + text.length());
        update.withObjectProperty("message").put("text", text);
        update.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
        return update;
    }

    private static int post(String path, String secret, String method, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.bot.webhookPort() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretAndNothingPolls() {
        FakeBotApi.Request set = bot.api.requests("setWebhook").get(0);
        assertEquals(PUBLIC_URL.toString(), set.params().path("url").asText());
        assertEquals(SECRET, set.params().path("secret_token").asText());
        assertTrue(set.params().path("allowed_updates").asText().contains("inline_query"), set.params().toString());
        assertEquals(List.of(), bot.api.requests("getUpdates"));
        assertEquals(List.of(), bot.api.requests("deleteWebhook"));
    }

    @Test
    void aWrongOrMissingSecretGets401AndIsNotProcessedTheRightOneIs() throws Exception {
        long chat = 5001;
        String path = PUBLIC_URL.getPath();
        assertEquals(401, post(path, "wrong-secret", "POST", FakeBotApi.json(question(chat, "/city Almaty"))));
        assertEquals(401, post(path, null, "POST", FakeBotApi.json(question(chat, "/city Astana"))));
        assertEquals(401, post(path, SECRET.substring(0, SECRET.length() - 1), "POST",
                FakeBotApi.json(question(chat, "/region Abai"))));
        assertEquals(200, post(path, SECRET, "POST", FakeBotApi.json(question(chat,
                "What is the capital of Kazakhstan?"))));
        FakeBotApi.Request reply = bot.api.awaitMessages(chat, 1).get(0);
        assertTrue(reply.text().contains("Capital: Astana"), reply.text());
        assertEquals(1, bot.api.requests("sendMessage").stream().filter(r -> r.chatId() == chat).count(),
                "only the update with the right secret was answered");
    }

    @Test
    void aRedeliveredUpdateIsAnsweredOnce() throws Exception {
        long chat = 5002;
        String update = FakeBotApi.json(question(chat, "What is the currency of Kazakhstan?"));
        assertEquals(200, post(PUBLIC_URL.getPath(), SECRET, "POST", update));
        assertEquals(200, post(PUBLIC_URL.getPath(), SECRET, "POST", update), "acknowledged, so Telegram stops");
        assertEquals(200, post(PUBLIC_URL.getPath(), SECRET, "POST", FakeBotApi.json(question(chat,
                "What is the capital of Kazakhstan?"))));
        bot.api.awaitMessages(chat, 2);
        bot.awaitIdle();
        List<FakeBotApi.Request> sent = bot.api.delivered(chat);
        assertEquals(2, sent.size(), sent.toString());
        assertTrue(sent.get(0).text().contains("Currency: tenge"), sent.get(0).text());
        assertTrue(sent.get(1).text().contains("Capital: Astana"), sent.get(1).text());
    }

    @Test
    void anUpdateThatCannotBeReadIsAcknowledgedAndSkipped() throws Exception {
        long chat = 5003;
        ObjectNode odd = question(chat, "/city Almaty");
        odd.withObjectProperty("message").put("date", "yesterday");
        assertEquals(200, post(PUBLIC_URL.getPath(), SECRET, "POST", FakeBotApi.json(odd)),
                "Telegram would send the same bytes again and again");
        assertEquals(400, post(PUBLIC_URL.getPath(), SECRET, "POST", "{\"no_update_id\":1}"));
        assertEquals(200, post(PUBLIC_URL.getPath(), SECRET, "POST", FakeBotApi.json(question(chat,
                "What is the capital of Kazakhstan?"))));
        bot.api.awaitMessages(chat, 1);
        bot.awaitIdle();
        List<FakeBotApi.Request> sent = bot.api.delivered(chat);
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).text().contains("Capital: Astana"), sent.get(0).text());
    }

    @Test
    void otherPathsMethodsAndBodiesAreRefused() throws Exception {
        assertEquals(404, post("/other", SECRET, "POST", "{}"));
        assertEquals(401, post(PUBLIC_URL.getPath(), null, "GET", ""));
        assertEquals(405, post(PUBLIC_URL.getPath(), SECRET, "PUT", "{}"));
        assertEquals(400, post(PUBLIC_URL.getPath(), SECRET, "POST", "{not json"));
        assertEquals(413, post(PUBLIC_URL.getPath(), SECRET, "POST", "x".repeat(WebhookServer.MAX_BODY + 1)));
    }
}
