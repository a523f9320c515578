package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Which messages are for the bot, read from real update JSON. */
class AddressingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Addressing addressing = new Addressing(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

    private static Message message(String fixture, Consumer<ObjectNode> edit) {
        ObjectNode update = FakeBotApi.fixture(fixture);
        edit.accept(update);
        try {
            return JSON.treeToValue(update, Update.class).getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Message message(String fixture) {
        return message(fixture, u -> { });
    }

    private static Consumer<ObjectNode> text(String text) {
        return u -> u.withObjectProperty("message").put("text", text);
    }

    private static Addressing.Verdict ask(String text) {
        return new Addressing.Ask(text);
    }

    @Test
    void groupCommandsAddressedToUsOrToNobodyAreOurs() {
        assertEquals(ask("/city Almaty"), addressing.read(message("group-command.json")));
        assertEquals(ask("/city Almaty"), addressing.read(message("group-command.json", text("/city@ourbot Almaty"))));
        assertEquals(ask("/cities"), addressing.read(message("group-command.json", text("/cities"))));
    }

    @Test
    void aCommandForAnotherBotIsNotOurs() {
        Addressing.Verdict v = addressing.read(message("group-command.json", text("/city@SomeOtherBot Almaty")));
        assertEquals(new Addressing.Ignore("command for @SomeOtherBot"), v);
    }

    @Test
    void aMentionIsAnsweredWithoutTheMention() {
        assertEquals(ask("what is the capital of Kazakhstan?"), addressing.read(message("group-mention.json")));
        assertEquals(ask("capital of Kazakhstan, please"),
                addressing.read(message("group-mention.json", text("capital of Kazakhstan, @ourbot please"))));
        assertTrue(addressing.read(message("group-mention.json", text("@OurBotFan hello")))
                instanceof Addressing.Ignore, "another user's name that starts like ours");
        assertTrue(addressing.read(message("group-mention.json", text("mail me at x@OurBot")))
                instanceof Addressing.Ignore, "not a mention");
    }

    @Test
    void aReplyToTheBotIsAnswered() {
        assertEquals(ask("What is the population of Almaty?"), addressing.read(message("group-reply-to-bot.json")));
        Message toSomeoneElse = message("group-reply-to-bot.json",
                u -> u.withObjectProperty("message").withObjectProperty("reply_to_message").withObjectProperty("from").put("id", 555).put("is_bot", false));
        assertTrue(addressing.read(toSomeoneElse) instanceof Addressing.Ignore);
    }

    @Test
    void groupChatterPhotosAndChannelForwardsAreIgnored() {
        assertEquals(new Addressing.Ignore("group chatter"), addressing.read(message("group-chatter.json")));
        assertEquals(new Addressing.Ignore("group message without text"), addressing.read(message("group-photo.json")));
        assertEquals(new Addressing.Ignore("group chatter"), addressing.read(message("message-without-from.json")));
    }

    @Test
    void anAnonymousAdminIsAPersonButAnotherBotIsNot() {
        assertEquals(ask("/reload"), addressing.read(message("group-anonymous-admin.json")));
        Message fromBot = message("group-chatter.json", u -> u.withObjectProperty("message")
                .withObjectProperty("from").put("is_bot", true));
        assertEquals(new Addressing.Ignore("another bot"), addressing.read(fromBot));
    }

    @Test
    void inPrivateEveryTextIsAQuestionAndAnythingElseGetsTheHint() {
        assertEquals(ask("What is the capital of Kazakhstan?"), addressing.read(message("private-text.json")));
        assertEquals(ask("/city Astana"), addressing.read(message("private-text.json", text("/city@OurBot Astana"))));
        assertEquals(new Addressing.NonText(), addressing.read(message("private-sticker.json")));
    }

    @Test
    void onlyTheSenderInPersonCanBeAnAdmin() {
        Admins admins = new Admins(Set.of(42L, 1001L));
        assertTrue(admins.sentBy(message("private-text.json")), "user 1001 writing in person");
        assertFalse(admins.sentBy(message("forwarded-admin.json")), "admin 42's words forwarded by someone else");
        assertFalse(new Admins(Set.of(42L, 2002L)).sentBy(message("forwarded-admin.json")),
                "even an admin forwarding a message does not send a command");
        assertFalse(new Admins(Set.of(Admins.GROUP_ANONYMOUS_BOT, -1001234567890L))
                .sentBy(message("group-anonymous-admin.json")), "an anonymous group admin");
        assertFalse(new Admins(Set.of(-1001234567890L)).sentBy(message("group-chatter.json")),
                "the group's chat id is no one's user id");
        assertFalse(admins.sentBy(message("message-without-from.json")), "no sender at all");
    }
}
