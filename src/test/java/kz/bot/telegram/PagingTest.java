package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.bot.ShippedKnowledge;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Long answers and long lists page instead of being cut, end to end: "More" and "Back" edit the message in place to
 * the next or previous page of /sources, of a list's keyboard, in the user's language; nothing is lost on the way.
 */
class PagingTest extends WithBot {

    /**
     * Presses {@code label} as {@code shown} shows it (the message as sent, or its latest edit) on the bot's
     * message {@code message}; returns the edit it caused (the message's new page).
     */
    private static FakeBotApi.Request press(long chat, String language, FakeBotApi.Request message,
                                            FakeBotApi.Request shown, String label) {
        int messageId = bot.api.messageId(message);
        int edits = bot.api.requests("editMessageText").size();
        String query = people.press(chat, language, message, People.button(shown, label));
        bot.api.await("answerCallbackQuery", 1, r -> r.params().path("callback_query_id").asText().equals(query),
                Duration.ofSeconds(10));
        FakeBotApi.Request edit = bot.api.await("editMessageText", edits + 1, r -> true, Duration.ofSeconds(10))
                .get(edits);
        assertEquals(messageId, edit.params().path("message_id").asInt(), "the same message is edited");
        assertEquals(chat, edit.chatId());
        return edit;
    }

    @Test
    void sourcesPageWithMoreAndBackAndEveryLineArrivesOnce() {
        long chat = 7101;
        Answer sources = bot.library.answer(new Question("/sources", Language.EN));
        people.say(chat, "en", "/sources");
        FakeBotApi.Request first = bot.api.awaitMessages(chat, 1).get(0);
        assertEquals(List.of(List.of("More ▸")), People.labels(first));
        assertEquals("p:2:enmn:x:sources", People.button(first, "More ▸"));
        List<String> pages = new ArrayList<>(List.of(first.text()));
        FakeBotApi.Request current = first;
        while (People.labels(current).get(0).contains("More ▸")) {
            current = press(chat, "en", first, current, "More ▸");
            pages.add(current.text());
            if (People.labels(current).get(0).contains("More ▸")) {
                assertEquals(List.of(List.of("◂ Back", "More ▸")), People.labels(current));
            }
        }
        int n = pages.size();
        assertTrue(n >= 3, n + " pages");
        assertEquals(List.of(List.of("◂ Back")), People.labels(current), "the last page only goes back");
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String page = pages.get(i);
            assertTrue(page.length() <= ChatSettings.defaults().pageChars(), "page of " + page.length());
            assertNull(FakeBotApi.htmlProblem(page), page);
            assertTrue(page.startsWith("<b>Documents I answer from (" + ShippedKnowledge.documents() + ")</b> ("
                    + (i + 1) + "/" + n + ")\n"), page);
            seen.append(FakeBotApi.plain(page.substring(page.indexOf('\n') + 1))).append('\n');
        }
        for (String line : sources.body().split("\n")) {
            assertTrue(seen.toString().contains(line), "every line arrives whole, none cut at a page's end: " + line);
        }
        FakeBotApi.Request back = press(chat, "en", first, current, "◂ Back");
        assertEquals(pages.get(n - 2), back.text());
    }

    @Test
    void moreAndBackSayWhatTheyDoInTheUsersLanguage() {
        Map<String, String[]> labels = Map.of("ru", new String[] {"Ещё ▸", "◂ Назад"},
                "kk", new String[] {"Тағы ▸", "◂ Артқа"});
        long chat = 7200;
        for (var e : labels.entrySet()) {
            chat++;
            people.say(chat, e.getKey(), "/sources");
            FakeBotApi.Request first = bot.api.awaitMessages(chat, 1).get(0);
            assertEquals(List.of(List.of(e.getValue()[0])), People.labels(first));
            FakeBotApi.Request second = press(chat, e.getKey(), first, first, e.getValue()[0]);
            assertEquals(List.of(e.getValue()[1], e.getValue()[0]), People.labels(second).get(0));
            assertTrue(second.text().contains(" (2/"), second.text());
        }
    }

    @Test
    void aListLongerThanAKeyboardPagePagesItsButtons() {
        long chat = 7301;
        people.say(chat, "en", "/cities");
        FakeBotApi.Request first = bot.api.awaitMessages(chat, 1).get(0);
        List<List<String>> rows = People.labels(first);
        assertEquals(List.of("More ▸"), rows.get(rows.size() - 1));
        assertEquals(30, rows.subList(0, rows.size() - 1).stream().mapToInt(List::size).sum());
        FakeBotApi.Request second = press(chat, "en", first, first, "More ▸");
        assertEquals(first.text(), second.text(), "the text stays; the buttons page");
        List<List<String>> more = People.labels(second);
        assertEquals(List.of("◂ Back"), more.get(more.size() - 1));
        List<String> cities = more.subList(0, more.size() - 1).stream().flatMap(List::stream).toList();
        assertEquals(6, cities.size(), cities.toString());
        assertEquals("Zhezkazgan", cities.get(5));
        assertEquals("c:Zhezkazgan", People.button(second, "Zhezkazgan"));
    }

    @Test
    void aPageButtonWhoseAnswerIsForgottenSaysSo() {
        long chat = 7401;
        people.say(chat, "en", "/sources");
        FakeBotApi.Request first = bot.api.awaitMessages(chat, 1).get(0);
        String query = people.press(chat, "en", first, "p:2:en:k:forgottenToken");
        FakeBotApi.Request alert = bot.api.await("answerCallbackQuery", 1,
                r -> r.params().path("callback_query_id").asText().equals(query), Duration.ofSeconds(10)).get(0);
        assertEquals("This button has expired. Please send the command again.", alert.params().path("text").asText());
        assertTrue(alert.params().path("show_alert").asBoolean());
    }
}
