package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floods in and bursts out, end to end. A flooder is answered at the flood-control rate with one notice and the rest
 * of the flood dropped, while another user at the same time is answered in full; group chatter counts against nobody.
 * Replies to one group are paced by the group limit and arrive all and in order, while a private chat goes on.
 */
class FloodAndPacingTest {

    static final Rate OFF = Rate.UNLIMITED;

    @TempDir
    Path dir;
    TestBot bot;
    int nextMessageId = 100;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    /** Waits until the poller has taken every update up to {@code lastId}: each has had its verdict by then. */
    private void awaitTaken(int lastId) {
        bot.api.await("getUpdates", 1, r -> r.params().path("offset").asInt() > lastId, Duration.ofSeconds(15));
    }

    private int say(long chat, long user, String language, String text) {
        int messageId = nextMessageId++;
        return bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").put("text", text).put("message_id", messageId);
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat)
                    .put("type", chat < 0 ? "supergroup" : "private");
            u.withObjectProperty("message").withObjectProperty("from").put("id", user).put("language_code", language);
        });
    }

    @Test
    void aFlooderGetsFiveAnswersAndOneNoticeWhileAnotherUserGetsEverything() {
        bot = TestBot.start(dir, TestBot.FAST.withLimits(new Limits(Rate.of(5, Duration.ofSeconds(5)),
                Rate.of(10, Duration.ofSeconds(5)), OFF, OFF, OFF)));
        long flooder = 7001;
        long other = 7002;
        int last = 0;
        for (int i = 0; i < 40; i++) {
            last = say(flooder, flooder, "ru", "Какая столица Казахстана?");
            if (i % 8 == 0) {
                last = say(other, other, "en", "What is the currency of Kazakhstan?");
            }
        }
        awaitTaken(last);
        bot.awaitIdle();

        List<FakeBotApi.Request> toFlooder = bot.api.delivered(flooder);
        assertEquals(6, toFlooder.size(), "five answers and one notice: " + toFlooder);
        for (int i = 0; i < 5; i++) {
            assertTrue(toFlooder.get(i).text().contains("Столица: Астана"), toFlooder.get(i).text());
        }
        assertEquals("Вы отправляете сообщения слишком часто. Я снова отвечу через несколько секунд.",
                toFlooder.get(5).text(), "in the flooder's language, after the answers");
        List<FakeBotApi.Request> toOther = bot.api.delivered(other);
        assertEquals(5, toOther.size(), "every message of the other user: " + toOther);
        toOther.forEach(r -> assertTrue(r.text().contains("Currency: tenge"), r.text()));
        assertEquals(10, bot.log.stats(5).total(), "the dropped messages were never answered or logged");
    }

    @Test
    void groupChatterTheBotIgnoresCountsAgainstNobody() {
        bot = TestBot.start(dir, TestBot.FAST.withLimits(new Limits(Rate.of(5, Duration.ofSeconds(5)),
                Rate.of(10, Duration.ofSeconds(5)), OFF, OFF, OFF)));
        long group = -1007000000001L;
        long chatty = 7003;
        for (int i = 0; i < 30; i++) {
            say(group, chatty, "en", "just chatting, message " + i);
        }
        int last = 0;
        for (String city : List.of("Almaty", "Astana", "Shymkent")) {
            last = say(group, chatty, "en", "/city " + city);
        }
        awaitTaken(last);
        bot.awaitIdle();
        // each card comes with its map: three photos, each captioned with its card (or its title)
        List<FakeBotApi.Request> maps = bot.api.posts(group).stream().filter(FakeBotApi.Request::photo).toList();
        assertEquals(3, maps.size(), maps.toString());
        assertTrue(maps.get(0).text().startsWith("<b>Almaty — city</b>"), maps.get(0).text());
        assertTrue(maps.get(2).text().startsWith("<b>Shymkent — city</b>"), maps.get(2).text());
    }

    @Test
    void aFloodInAGroupGetsItsNoticeAsAReplyThere() {
        bot = TestBot.start(dir, TestBot.FAST.withLimits(new Limits(Rate.of(2, Duration.ofSeconds(10)),
                Rate.of(10, Duration.ofSeconds(5)), OFF, OFF, OFF)));
        long group = -1007000000002L;
        int last = 0;
        int firstMessage = nextMessageId;
        for (int i = 0; i < 6; i++) {
            last = say(group, 7004, "kk", "/city Almaty");
        }
        awaitTaken(last);
        bot.awaitIdle();
        List<FakeBotApi.Request> sent = bot.api.delivered(group);
        assertEquals(3, sent.size(), sent.toString());
        FakeBotApi.Request notice = sent.get(2);
        assertEquals("Сіз хабарламаларды тым жиі жіберіп жатырсыз. Бірнеше секундтан кейін қайта жауап беремін.",
                notice.text());
        assertEquals(firstMessage + 2, notice.params().path("reply_parameters").path("message_id").asInt(),
                "a reply to the first refused message");
        assertEquals(firstMessage, sent.get(0).params().path("reply_parameters").path("message_id").asInt());
    }

    @Test
    void aBurstOfRepliesToOneGroupIsPacedAndArrivesAllInOrderWhileAPrivateChatGoesOn() {
        bot = TestBot.start(dir, TestBot.FAST.withLimits(new Limits(OFF, OFF, OFF, OFF,
                Rate.of(3, Duration.ofSeconds(1)))));
        long group = -1007000000003L;
        List<String> cities = List.of("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar",
                "Oskemen", "Semey");
        for (String city : cities) {
            say(group, 7005, "en", "/city " + city);
        }
        bot.api.awaitPosts(group, 3);
        say(7006, 7006, "en", "What is the capital of Kazakhstan?");
        // each card comes with its map: nine photos (captioned with the card, or its title and then the card)
        bot.api.await("sendPhoto", 9, r -> r.chatId() == group, Duration.ofSeconds(20));
        bot.awaitIdle();

        List<FakeBotApi.Request> sent = bot.api.posts(group);
        List<FakeBotApi.Request> maps = sent.stream().filter(FakeBotApi.Request::photo).toList();
        assertEquals(9, maps.size());
        for (int i = 0; i < 9; i++) {
            assertTrue(maps.get(i).text().startsWith("<b>" + cities.get(i) + " — city</b>"), i + ": "
                    + maps.get(i).text());
        }
        // the pacer lets a message go only when the window allows; what the fake sees is that plus each request's
        // own trip over HTTP, which varies by a few milliseconds (more on a loaded machine): hence the 100 ms
        int n = sent.size();
        for (int i = 0; i + 3 < n; i++) {
            long gap = sent.get(i + 3).nanos() - sent.get(i).nanos();
            assertTrue(gap >= Duration.ofMillis(900).toNanos(), "never more than 3 in a second: " + gap / 1e6);
        }
        assertTrue(sent.get(n - 1).nanos() - sent.get(0).nanos() >= Duration.ofMillis((n - 3) / 3 * 1000 - 100)
                .toNanos(), n + " posts at 3 a second");
        FakeBotApi.Request privately = bot.api.delivered(7006).get(0);
        assertTrue(privately.text().contains("Capital: Astana"), privately.text());
        assertTrue(privately.nanos() < sent.get(n - 1).nanos(), "the private chat was not held up by the group");
    }
}
