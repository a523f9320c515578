package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An edited question is answered again by editing the bot's reply, end to end in three languages; an edit of
 * anything the bot did not answer, or answered more than 48 hours ago, is left alone.
 */
class EditTest extends WithBot {

    private static List<FakeBotApi.Request> editsIn(long chat, String method) {
        return bot.api.requests(method).stream().filter(r -> r.chatId() == chat).toList();
    }

    /** Once a later question in the same chat is answered, everything before it was handled. */
    private static void barrier(long chat, int postsBefore) {
        people.say(chat, "en", "/cities");
        bot.api.awaitPosts(chat, postsBefore + 1);
        bot.awaitIdle();
    }

    @Test
    void anEditedQuestionIsAnsweredByEditingTheReplyInThreeLanguages() {
        String[][] cases = {{"en", "Population of Almaty", "Population of Astana", "Astana — Population: 1,638,233"},
                {"ru", "Население Алматы", "Население Караганды", "Караганда — Население: 515 632"},
                {"kk", "Астананың халқы қанша?", "Шымкенттің халқы қанша?", "Шымкент — Халқы: 1 293 648"}};
        long chat = 8100;
        for (String[] c : cases) {
            chat++;
            People.Said question = people.say(chat, c[0], c[1]);
            FakeBotApi.Request reply = bot.api.awaitMessages(chat, 1).get(0);
            int replyId = bot.api.messageId(reply);
            bot.awaitIdle(); // the reply is sent and remembered
            people.edit(question, chat, c[0], c[2], Duration.ofMinutes(5));
            long chatId = chat;
            FakeBotApi.Request edit = bot.api.await("editMessageText", 1, r -> r.chatId() == chatId,
                    Duration.ofSeconds(10)).get(0);
            assertEquals(replyId, edit.params().path("message_id").asInt());
            assertTrue(edit.text().startsWith(c[3]), edit.text());
            bot.awaitIdle();
            assertEquals(1, bot.api.posts(chat).size(), "no second answer under the question");
            bot.awaitIdle();
            people.edit(question, chat, c[0], c[1], Duration.ofMinutes(6));
            FakeBotApi.Request again = bot.api.await("editMessageText", 2, r -> r.chatId() == chatId,
                    Duration.ofSeconds(10)).get(1);
            assertEquals(replyId, again.params().path("message_id").asInt(), "edited again, the same reply");
            assertEquals(reply.text(), again.text());
        }
    }

    @Test
    void anEditOfAQuestionAnsweredWithAMapDeletesTheMapAndEditsTheCard() {
        long chat = 8201;
        People.Said question = people.say(chat, "en", "/city Almaty");
        List<FakeBotApi.Request> posts = bot.api.awaitPosts(chat, 2);
        int photo = bot.api.messageId(posts.get(0));
        int text = bot.api.messageId(posts.get(1));
        bot.awaitIdle();
        people.edit(question, chat, "en", "/city Astana", Duration.ofMinutes(1));
        FakeBotApi.Request edit = bot.api.await("editMessageText", 1, r -> r.chatId() == chat,
                Duration.ofSeconds(10)).get(0);
        assertEquals(text, edit.params().path("message_id").asInt());
        assertTrue(edit.text().startsWith("<b>Astana — city</b>"), edit.text());
        List<List<String>> labels = People.labels(edit);
        assertTrue(labels.contains(List.of("Map", "Nearby")), "the map is offered as a button: " + labels);
        FakeBotApi.Request deleted = bot.api.await("deleteMessage", 1, r -> r.chatId() == chat,
                Duration.ofSeconds(10)).get(0);
        assertEquals(photo, deleted.params().path("message_id").asInt(), "Almaty's map would be wrong now");
    }

    @Test
    void anEditOfAQuestionAnsweredByAPhotoAloneReplacesIt() {
        long chat = 8301;
        People.Said question = people.say(chat, "en", "/city Kentau");
        FakeBotApi.Request photo = bot.api.awaitPosts(chat, 1).get(0);
        assertTrue(photo.photo());
        bot.awaitIdle();
        people.edit(question, chat, "en", "Population of Almaty", Duration.ofMinutes(1));
        FakeBotApi.Request answer = bot.api.awaitMessages(chat, 1).get(0);
        assertTrue(answer.text().startsWith("Almaty — Population"), answer.text());
        FakeBotApi.Request deleted = bot.api.await("deleteMessage", 1, r -> r.chatId() == chat,
                Duration.ofSeconds(10)).get(0);
        assertEquals(bot.api.messageId(photo), deleted.params().path("message_id").asInt());
        bot.awaitIdle();
        people.edit(question, chat, "en", "Population of Astana", Duration.ofMinutes(2));
        FakeBotApi.Request edit = bot.api.await("editMessageText", 1, r -> r.chatId() == chat,
                Duration.ofSeconds(10)).get(0);
        assertEquals(bot.api.messageId(answer), edit.params().path("message_id").asInt(),
                "the new reply is remembered");
    }

    @Test
    void editsOfOldOrUnansweredMessagesAreLeftAlone() {
        long chat = 8401;
        People.Said old = people.say(chat, "en", "Population of Almaty");
        bot.api.awaitMessages(chat, 1);
        bot.awaitIdle();
        people.edit(old, chat, "en", "Population of Astana", Duration.ofHours(49));
        people.edit(new People.Said(chat, 99_999), chat, "en", "Population of Astana", Duration.ofMinutes(1));
        barrier(chat, 1);
        assertEquals(List.of(), editsIn(chat, "editMessageText"));
        assertEquals(2, bot.api.posts(chat).size(), "the first answer and the barrier's, nothing else");
    }

    @Test
    void inAGroupTheEditedQuestionsReplyIsEdited() {
        long group = -1008500000001L;
        People.Said question = people.say(group, 8501, "ru", "@OurBot Население Алматы", null);
        FakeBotApi.Request reply = bot.api.awaitMessages(group, 1).get(0);
        assertEquals(question.id(), reply.params().path("reply_parameters").path("message_id").asInt());
        bot.awaitIdle();
        people.edit(question, 8501, "ru", "@OurBot Население Астаны", Duration.ofMinutes(1));
        FakeBotApi.Request edit = bot.api.await("editMessageText", 1, r -> r.chatId() == group,
                Duration.ofSeconds(10)).get(0);
        assertEquals(bot.api.messageId(reply), edit.params().path("message_id").asInt());
        assertTrue(edit.text().startsWith("Астана — Население"), edit.text());
    }
}
