package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private chats, end to end: update JSON in through the real poller, sendMessage out through the real client. */
class PrivateChatTest {

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

    /** Each test talks in a chat of its own, so requests of other tests never count. */
    private static long chat(long id) {
        return id;
    }

    @Test
    void aQuestionIsAnsweredWithTheFactAndItsSource() {
        long chat = chat(3001);
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
            u.withObjectProperty("message").withObjectProperty("from").put("id", chat);
        });
        FakeBotApi.Request reply = bot.api.awaitMessages(chat, 1).get(0);
        assertEquals("html", reply.params().path("parse_mode").asText().toLowerCase(java.util.Locale.ROOT));
        assertTrue(reply.text().contains("Capital: Astana"), reply.text());
        assertTrue(reply.text().contains("<i>Source: Kazakhstan: national basics"), reply.text());
        assertFalse(reply.params().has("reply_parameters"), "no quoting in a private chat");
    }

    @Test
    void theUsersLanguageIsTheFallbackAndTheTextDecides() {
        long chat = chat(3002);
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
            u.withObjectProperty("message").withObjectProperty("from").put("language_code", "kk");
            u.withObjectProperty("message").put("text", "Какая столица Казахстана?");
        });
        String text = bot.api.awaitMessages(chat, 1).get(0).text();
        assertTrue(text.contains("Столица: Астана"), text);
    }

    @Test
    void htmlInTheQuestionComesBackEscaped() {
        long chat = chat(3003);
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
            u.withObjectProperty("message").put("text", "/city <script>alert('x')</script> & <b>");
        });
        String text = bot.api.awaitMessages(chat, 1).get(0).text();
        assertTrue(text.contains("«&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;»"), text);
        assertFalse(text.contains("<script>"), text);
        assertEquals(null, FakeBotApi.htmlProblem(text));
    }

    @Test
    void aStickerGetsTheOneLineHintInTheUsersLanguage() {
        long chat = chat(3004);
        bot.api.feed("private-sticker.json", u -> u.withObjectProperty("message").withObjectProperty("chat").put("id", chat));
        String text = bot.api.awaitMessages(chat, 1).get(0).text();
        assertEquals("Я понимаю только текст. Спросите о Казахстане словами или отправьте /help.", text);
    }

    @Test
    void citiesComeWithButtonsWhoseDataFits64Bytes() {
        long chat = chat(3005);
        bot.api.feed("private-command.json", u -> u.withObjectProperty("message").withObjectProperty("chat").put("id", chat));
        FakeBotApi.Request reply = bot.api.awaitMessages(chat, 1).get(0);
        assertTrue(reply.text().startsWith("<b>Cities (36)</b>"), reply.text());
        var rows = reply.params().path("reply_markup").path("inline_keyboard");
        int buttons = 0;
        boolean almaty = false;
        for (var row : rows) {
            assertTrue(row.size() <= 3);
            for (var button : row) {
                buttons++;
                assertTrue(button.path("callback_data").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        .length <= 64);
                almaty |= button.path("text").asText().equals("Almaty")
                        && button.path("callback_data").asText().equals("c:Almaty");
            }
        }
        // 36 cities: the first page of 30, and "More" for the rest (the paging itself: PagingTest)
        assertEquals(ChatSettings.defaults().pageButtons() + 1, buttons);
        var more = rows.get(rows.size() - 1).get(0);
        assertEquals("More ▸", more.path("text").asText());
        assertEquals("p:2:enmn:x:cities", more.path("callback_data").asText());
        assertTrue(almaty, "the Almaty button says c:Almaty");
    }

    @Test
    void aMisspelledNameOffersTheCandidatesAsButtons() {
        long chat = chat(3008);
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
            u.withObjectProperty("message").put("text", "/city Alma");
        });
        FakeBotApi.Request reply = bot.api.awaitMessages(chat, 1).get(0);
        assertTrue(reply.text().startsWith("I don't know a city called «Alma».\nDid you mean: Almaty"), reply.text());
        var first = reply.params().path("reply_markup").path("inline_keyboard").get(0).get(0);
        assertEquals("Almaty", first.path("text").asText());
        assertEquals("c:Almaty", first.path("callback_data").asText());
    }

    @Test
    void aButtonPressIsAcknowledgedThenTheCityCardIsSent() {
        long chat = chat(3006);
        bot.api.feed("callback-city.json", u -> u.withObjectProperty("callback_query").withObjectProperty("message").withObjectProperty("chat")
                .put("id", chat));
        FakeBotApi.Request card = bot.api.awaitMessages(chat, 1).get(0);
        List<FakeBotApi.Request> acks = bot.api.await("answerCallbackQuery", 1,
                r -> r.params().path("callback_query_id").asText().equals("4382bfdwdsb323b2d9"),
                java.time.Duration.ofSeconds(5));
        assertTrue(card.text().startsWith("<b>Almaty — city</b>"), card.text());
        assertTrue(card.text().contains("Population: 2,347,924 (2026)"), card.text());
        assertTrue(acks.get(0).nanos() < card.nanos(), "the callback is answered before the card is sent");
    }

    @Test
    void aForgedOrExpiredButtonIsAnsweredWithAnAlertAndNothingElse() {
        long chat = chat(3007);
        bot.api.feed("callback-city.json", u -> {
            u.withObjectProperty("callback_query").put("id", "forged-1").put("data", "t:unknownToken");
            u.withObjectProperty("callback_query").withObjectProperty("message").withObjectProperty("chat").put("id", chat);
        });
        var ack = bot.api.await("answerCallbackQuery", 1,
                r -> r.params().path("callback_query_id").asText().equals("forged-1"),
                java.time.Duration.ofSeconds(5)).get(0);
        assertEquals("This button has expired. Please send the command again.", ack.params().path("text").asText());
        assertTrue(ack.params().path("show_alert").asBoolean());
        // the chat's lane is ordered: once a later question is answered, the forged press is known to be done
        bot.api.feed("private-text.json", u -> u.withObjectProperty("message").withObjectProperty("chat").put("id", chat));
        bot.api.awaitMessages(chat, 1);
        assertEquals(1, bot.api.requests("sendMessage").stream().filter(r -> r.chatId() == chat).count());
    }

    @Test
    void searchEchoesACutQuestionWithoutSplittingAnEmoji() {
        long chat = chat(3009);
        // the echo is cut at 59 characters: here the 59th is the first half of the emoji
        String words = "a".repeat(58) + "\uD83D\uDE00" + " bbb";
        bot.api.feed("private-text.json", u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
            u.withObjectProperty("message").put("text", "/search " + words);
        });
        String text = bot.api.awaitMessages(chat, 1).get(0).text();
        assertEquals("Nothing in my documents matches «" + "a".repeat(58) + "\uD83D\uDE00…».", text);
    }
}
