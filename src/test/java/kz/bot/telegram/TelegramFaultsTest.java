package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telegram failing in every way it can — a stalled request, a stalled poll, the Bot API going away and coming back on
 * the same port, malformed answers, an update the library cannot read, an update delivered twice — and the bot
 * recovering by itself: every question answered exactly once (counted as messages the fake Bot API actually posted),
 * and the token in no log line. (429 and 5xx on sendMessage and getUpdates: {@link DeliveryTest}.)
 */
class TelegramFaultsTest {

    static final String SECRET_HALF = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
    /** Short timeouts so that a stall is noticed quickly; the rest as in every test. */
    static final BotSettings IMPATIENT = new BotSettings(1, 4, new RetryPolicy(4, Duration.ofMillis(50),
            Duration.ofMillis(200)), Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(500),
            Duration.ofSeconds(3), 300, TestBot.ROOMY, 1000, TestBot.FAST.patience(),
            TestBot.FAST.webhook());

    @TempDir
    Path dir;
    TestBot bot;
    LogCapture logs;

    @BeforeEach
    void capture() {
        logs = LogCapture.start();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        logs.close();
        assertFalse(logs.text().contains(SECRET_HALF), "the token leaked into the logs:\n" + logs.text());
    }

    private void assertAnsweredOnce(long chat, String expected) {
        List<FakeBotApi.Request> posted = bot.api.delivered(chat);
        assertEquals(1, posted.size(), "messages posted to " + chat + ": " + posted);
        assertTrue(posted.get(0).text().contains(expected), posted.get(0).text());
    }

    private void awaitDelivered(long chat) {
        bot.api.await("sendMessage", 1, r -> r.chatId() == chat && !bot.api.delivered(chat).isEmpty(),
                Duration.ofSeconds(15));
    }

    private void awaitLogged(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!logs.text().contains(text)) {
            assertTrue(System.nanoTime() < deadline, "never logged: " + text);
            Thread.sleep(20);
        }
    }

    @Test
    void aStalledSendIsGivenUpOnAfterTheTimeoutAndSentAgainOnce() {
        bot = TestBot.start(dir, IMPATIENT);
        bot.api.failNext("sendMessage", FakeBotApi.stall(Duration.ofMillis(1500)));
        bot.ask(6001, "What is the capital of Kazakhstan?");
        awaitDelivered(6001);
        bot.awaitIdle();
        List<FakeBotApi.Request> attempts = bot.api.requests("sendMessage").stream()
                .filter(r -> r.chatId() == 6001).toList();
        assertEquals(2, attempts.size(), "the stalled attempt and the retry");
        long waited = attempts.get(1).nanos() - attempts.get(0).nanos();
        assertTrue(waited >= Duration.ofMillis(500).toNanos(), "retried after the 500 ms timeout: " + waited / 1e6);
        assertTrue(waited < Duration.ofMillis(1500).toNanos(), "not after the stall ended: " + waited / 1e6);
        assertAnsweredOnce(6001, "Capital: Astana");
        // the whole call's timeout (OkHttp: "timeout") or a read's ("Read timed out"), whichever fires first
        assertTrue(logs.text().contains("sendmessage attempt 1 failed (InterruptedIOException: timeout")
                || logs.text().contains("sendmessage attempt 1 failed (SocketTimeoutException"), logs.text());
    }

    @Test
    void aPollWhoseAnswerIsLostHandsItsUpdatesOutAgainAndEachIsAnsweredOnce() {
        bot = TestBot.start(dir, IMPATIENT);
        int polls = bot.api.requests("getUpdates").size();
        // the next poll hands the update out, but its answer comes after the client's timeout (1 s + 0.5 s)
        bot.api.failNext("getUpdates", FakeBotApi.late(Duration.ofMillis(2500)));
        bot.api.await("getUpdates", polls + 1, r -> true, Duration.ofSeconds(5));
        bot.ask(6002, "What is the currency of Kazakhstan?");
        awaitDelivered(6002);
        bot.awaitIdle();
        assertAnsweredOnce(6002, "Currency: tenge");
        // the call's deadline or the socket's read timeout, whichever fires first on a loaded machine — where the
        // update may also come with a later poll before the late one has timed out
        assertTrue(logs.await(t -> t.contains("getUpdates failed (InterruptedIOException: timeout")
                || t.contains("getUpdates failed (SocketTimeoutException: Read timed out"), Duration.ofSeconds(5)),
                "the poll timed out: " + logs.text());
    }

    @Test
    void whileTheBotApiIsDownRepliesWaitAndUpdatesQueueThenAllGoOutOnce() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch outage = new CountDownLatch(1);
        BotSettings patient = IMPATIENT.withRetry(new RetryPolicy(60, Duration.ofMillis(50), Duration.ofMillis(200)));
        bot = TestBot.start(dir, patient, Optional.empty(), handler -> update -> {
            if (update.hasMessage() && update.getMessage().getChatId() == 6003) {
                entered.countDown();
                outage.await(10, TimeUnit.SECONDS); // answer only once the Bot API has gone away
            }
            handler.handle(update);
        });
        bot.ask(6003, "What is the capital of Kazakhstan?");
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        bot.api.stop();
        outage.countDown();
        bot.ask(6004, "What is the currency of Kazakhstan?"); // queued at Telegram while the bot cannot reach it
        awaitLogged("sendmessage attempt 1 failed ("); // refused, or a pooled connection found closed
        Thread.sleep(1000); // a second more of connection refused, for the reply and for the poller
        bot.api.restart();
        awaitDelivered(6003);
        awaitDelivered(6004);
        bot.awaitIdle();
        assertAnsweredOnce(6003, "Capital: Astana");
        assertAnsweredOnce(6004, "Currency: tenge");
        assertTrue(logs.text().contains("ConnectException"), "the outage was seen: " + logs.text());
        assertFalse(logs.text().contains("given up"), "no reply was given up");
    }

    @Test
    void malformedAnswersAndAnUnreadableUpdateCostNothingButThemselves() {
        bot = TestBot.start(dir, IMPATIENT);
        bot.api.failNext("sendMessage", FakeBotApi.malformed());
        bot.api.failNext("getUpdates", FakeBotApi.malformed());
        ObjectNode unreadable = FakeBotApi.fixture("private-text.json");
        unreadable.remove("update_id");
        unreadable.withObjectProperty("message").put("message_id", "not a number");
        unreadable.withObjectProperty("message").withObjectProperty("chat").put("id", 6005);
        int bad = bot.api.feed(unreadable);
        bot.ask(6006, "What is the capital of Kazakhstan?");
        awaitDelivered(6006);
        bot.awaitIdle();
        assertAnsweredOnce(6006, "Capital: Astana");
        assertEquals(List.of(), bot.api.delivered(6005), "the unreadable update is skipped, not answered");
        assertTrue(logs.text().contains("update " + bad + " could not be read and is skipped"), logs.text());
        assertEquals(2, bot.api.requests("sendMessage").stream().filter(r -> r.chatId() == 6006).count(),
                "the malformed answer and the retry");
    }

    @Test
    void anUpdateHandedOutAgainIsNotAnsweredAgain() {
        bot = TestBot.start(dir, IMPATIENT);
        int id = bot.ask(6007, "What is the capital of Kazakhstan?");
        awaitDelivered(6007);
        ObjectNode again = FakeBotApi.fixture("private-text.json");
        again.put("update_id", id);
        again.withObjectProperty("message").withObjectProperty("chat").put("id", 6007);
        bot.api.failNext("getUpdates", FakeBotApi.updates(again));
        bot.ask(6008, "What is the currency of Kazakhstan?"); // after the replay: when it is answered, all is done
        awaitDelivered(6008);
        bot.awaitIdle();
        assertAnsweredOnce(6007, "Capital: Astana");
        assertAnsweredOnce(6008, "Currency: tenge");
    }
}
