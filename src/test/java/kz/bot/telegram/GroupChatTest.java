package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups, end to end. Silence is shown with a barrier: after the updates that must go unanswered, a command is sent
 * in the same group; a group's updates are handled in order, so once its answer is out, the earlier ones were handled
 * — and the answer must be the only message in that group.
 */
class GroupChatTest {

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

    private static Consumer<ObjectNode> in(long group, String text) {
        return u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", group);
            if (text != null) {
                u.withObjectProperty("message").put("text", text);
            }
        };
    }

    /** Sends a command that is answered, waits for it, and returns every message the bot sent to {@code group}. */
    private static List<FakeBotApi.Request> afterBarrier(long group, int expected) {
        bot.api.feed("group-command.json", u -> {
            in(group, "/city@OurBot Astana").accept(u);
            u.withObjectProperty("message").put("message_id", 999);
        });
        List<FakeBotApi.Request> sent = bot.api.awaitMessages(group, expected);
        FakeBotApi.Request last = sent.get(sent.size() - 1);
        assertTrue(last.text().startsWith("<b>Astana — city</b>"), last.text());
        assertEquals(999, last.params().path("reply_parameters").path("message_id").asInt());
        return bot.api.requests("sendMessage").stream().filter(r -> r.chatId() == group).toList();
    }

    @Test
    void aCommandAddressedToUsIsAnsweredAsAReplyToIt() {
        long group = -1002000000001L;
        bot.api.feed("group-command.json", in(group, null));
        FakeBotApi.Request reply = bot.api.awaitMessages(group, 1).get(0);
        assertTrue(reply.text().startsWith("<b>Almaty — city</b>"), reply.text());
        assertTrue(reply.text().contains("Population: 2,347,924 (2026)"), reply.text());
        assertEquals(301, reply.params().path("reply_parameters").path("message_id").asInt());
        assertTrue(reply.params().path("reply_parameters").path("allow_sending_without_reply").asBoolean());
    }

    @Test
    void aCommandForAnotherBotChatterAndPhotosGetSilence() {
        long group = -1002000000002L;
        bot.api.feed("group-command.json", in(group, "/city@SomeOtherBot Almaty"));
        bot.api.feed("group-chatter.json", in(group, null));
        bot.api.feed("group-photo.json", in(group, null));
        bot.api.feed("group-mention.json", in(group, "ask @OurBotFan, not me"));
        List<FakeBotApi.Request> sent = afterBarrier(group, 1);
        assertEquals(1, sent.size(), "only the barrier's answer: " + sent);
    }

    @Test
    void aMentionIsAnsweredWithoutTheMention() {
        long group = -1002000000003L;
        bot.api.feed("group-mention.json", in(group, null));
        FakeBotApi.Request reply = bot.api.awaitMessages(group, 1).get(0);
        assertTrue(reply.text().startsWith("Kazakhstan — Capital: Astana"), reply.text());
        assertEquals(303, reply.params().path("reply_parameters").path("message_id").asInt());
    }

    @Test
    void aReplyToTheBotIsAnswered() {
        long group = -1002000000004L;
        bot.api.feed("group-reply-to-bot.json", in(group, null));
        FakeBotApi.Request reply = bot.api.awaitMessages(group, 1).get(0);
        assertTrue(reply.text().contains("Population: 2,347,924"), reply.text());
        assertEquals(304, reply.params().path("reply_parameters").path("message_id").asInt());
    }

    @Test
    void updatesWithMissingFieldsChannelPostsAndEditsAreIgnoredWithoutHarm() {
        long group = -1002000000005L;
        bot.api.feed("message-without-from.json", in(group, null));
        bot.api.feed("channel-post.json");
        bot.api.feed("edited-message.json");
        bot.api.feed("group-command.json", u -> {
            in(group, null).accept(u);
            u.withObjectProperty("message").remove("from");
        });
        List<FakeBotApi.Request> sent = afterBarrier(group, 2);
        assertEquals(2, sent.size(), "the command without a sender is answered, the rest is not: " + sent);
        assertTrue(sent.get(0).text().startsWith("<b>Almaty — city</b>"), sent.get(0).text());
        assertEquals(0, bot.api.requests("sendMessage").stream()
                .filter(r -> r.chatId() == -1009876543210L || r.chatId() == 1001L).count(),
                "nothing to the channel, nothing for the edit");
    }
}
