package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending under failure: 429, 5xx, permanent errors, failing handlers, a failing poll; and order per chat. */
class DeliveryTest {

    @TempDir
    Path dir;
    TestBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private void ask(long chat, String text) {
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").put("text", text);
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
            u.withObjectProperty("message").withObjectProperty("from").put("id", chat);
        });
    }

    @Test
    void a429IsWaitedOutAndTheSameMessageResentWhileOtherChatsGoOn() {
        bot = TestBot.start(dir);
        bot.api.failNext("sendMessage", FakeBotApi.tooManyRequests(1));
        ask(4001, "What is the capital of Kazakhstan?");
        FakeBotApi.Request refused = bot.api.awaitMessages(4001, 1).get(0);
        ask(4002, "What is the currency of Kazakhstan?");
        FakeBotApi.Request other = bot.api.awaitMessages(4002, 1).get(0);
        List<FakeBotApi.Request> attempts = bot.api.awaitMessages(4001, 2);
        assertEquals(2, attempts.size());
        assertEquals(refused.text(), attempts.get(1).text(), "the same message again");
        assertTrue(attempts.get(1).text().contains("Capital: Astana"));
        long waited = attempts.get(1).nanos() - refused.nanos();
        assertTrue(waited >= Duration.ofMillis(950).toNanos(), "retry_after honoured: waited " + waited / 1e6 + " ms");
        assertTrue(other.nanos() < attempts.get(1).nanos(), "the other chat was not held up by the 429");
        assertTrue(other.text().contains("Currency: tenge (KZT)"));
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheMessageGoesThrough() {
        bot = TestBot.start(dir);
        bot.api.failNext("sendMessage", FakeBotApi.badGateway());
        bot.api.failNext("sendMessage", FakeBotApi.error(500, "Internal Server Error"));
        ask(4003, "What is the capital of Kazakhstan?");
        List<FakeBotApi.Request> attempts = bot.api.awaitMessages(4003, 3);
        assertEquals(3, attempts.size());
        assertEquals(attempts.get(0).text(), attempts.get(2).text());
        assertTrue(attempts.get(2).nanos() - attempts.get(1).nanos() >= Duration.ofMillis(95).toNanos(),
                "the second backoff is twice the first (50 ms, then 100 ms)");
    }

    @Test
    void aRefusedMessageIsNotRetriedAndTheChatsNextMessageStillGoesOut() {
        bot = TestBot.start(dir);
        bot.api.failNext("sendMessage", FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));
        ask(4004, "What is the capital of Kazakhstan?");
        ask(4004, "What is the currency of Kazakhstan?");
        List<FakeBotApi.Request> sent = bot.api.awaitMessages(4004, 2);
        assertTrue(sent.get(0).text().contains("Capital: Astana"));
        assertTrue(sent.get(1).text().contains("Currency: tenge"), "not the capital again: " + sent.get(1).text());
    }

    @Test
    void aHandlerThatThrowsCostsOnlyItsOwnUpdate() {
        bot = TestBot.start(dir, Optional.empty(), handler -> update -> {
            if (update.hasMessage() && "boom".equals(update.getMessage().getText())) {
                throw new IllegalStateException("handler failed on purpose");
            }
            handler.handle(update);
        });
        ask(4005, "boom");
        com.fasterxml.jackson.databind.node.ObjectNode noChat = FakeBotApi.fixture("private-text.json");
        noChat.remove("update_id");
        noChat.putObject("message").put("message_id", 1).put("date", 1764000000).put("text", "no chat, no sender");
        bot.api.feed(noChat);
        ask(4005, "What is the capital of Kazakhstan?");
        ask(4006, "What is the currency of Kazakhstan?");
        assertTrue(bot.api.awaitMessages(4005, 1).get(0).text().contains("Capital: Astana"));
        assertTrue(bot.api.awaitMessages(4006, 1).get(0).text().contains("Currency: tenge"));
    }

    @Test
    void aFailingPollIsRetriedAndPollingGoesOn() {
        bot = TestBot.start(dir);
        bot.api.failNext("getUpdates", FakeBotApi.badGateway());
        bot.api.failNext("getUpdates", FakeBotApi.error(500, "Internal Server Error"));
        ask(4007, "What is the capital of Kazakhstan?");
        assertTrue(bot.api.awaitMessages(4007, 1).get(0).text().contains("Capital: Astana"));
    }

    @Test
    void aChatsRepliesKeepTheOrderOfItsQuestions() {
        bot = TestBot.start(dir);
        List<String> questions = List.of("/region Mangystau", "What is the capital of Kazakhstan?", "/city Astana",
                "What is the currency of Kazakhstan?", "/sources", "What is the population of Almaty?");
        List<String> expected = List.of("Mangystau", "Capital: Astana", "Astana — city", "Currency: tenge",
                "Documents I answer from", "Population");
        for (String q : questions) {
            ask(4008, q);
        }
        bot.api.awaitMessages(4008, questions.size() - 1); // the region's card comes as one captioned map
        bot.awaitIdle();
        // a card comes with its map (the photo, then the card when it is too long for a caption): the answers, in
        // the order of their questions, are found one after another along everything posted
        StringBuilder all = new StringBuilder();
        bot.api.posts(4008).forEach(r -> all.append(r.text()).append('\n'));
        int at = 0;
        for (int i = 0; i < questions.size(); i++) {
            int found = all.indexOf(expected.get(i), at);
            assertTrue(found >= at, i + ": " + expected.get(i) + " after " + at + " in " + all);
            at = found + expected.get(i).length();
        }
    }
}
