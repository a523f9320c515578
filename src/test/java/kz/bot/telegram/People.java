package kz.bot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People writing to the test bot, for end-to-end tests: a message, a reply, a location, an edit or a button press from
 * a user with a Telegram language, in a private chat or a group, each a real update JSON fed to the fake Bot API.
 * Message ids are unique within a run, so a test can reply to or edit exactly the message it means.
 */
final class People {

    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(100);
    private static final AtomicInteger QUERY_IDS = new AtomicInteger(1);

    private final FakeBotApi api;

    People(FakeBotApi api) {
        this.api = api;
    }

    /** A message someone sent: its chat and id. */
    record Said(long chat, int id) {
    }

    /**
     * Sends {@code text} from {@code user} (Telegram language {@code language}) in chat {@code chat} (private when
     * it is the user's own id, else a supergroup), replying to bot message {@code replyTo} unless it is null.
     */
    Said say(long chat, long user, String language, String text, Integer replyTo) {
        int id = MESSAGE_IDS.incrementAndGet();
        api.feed("private-text.json", u -> {
            ObjectNode m = message(u.withObjectProperty("message"), chat, user, language, id);
            m.put("text", text);
            if (replyTo != null) {
                ObjectNode replied = m.putObject("reply_to_message").put("message_id", replyTo)
                        .put("date", 1764000000).put("text", "…");
                replied.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true)
                        .put("first_name", "Our Bot").put("username", FakeBotApi.BOT_USERNAME);
                replied.set("chat", m.get("chat").deepCopy());
            }
        });
        return new Said(chat, id);
    }

    /** {@code text} from {@code user} in their private chat. */
    Said say(long user, String language, String text) {
        return say(user, user, language, text, null);
    }

    /** A location shared by {@code user} in their private chat; {@code live} for the first update of a live one. */
    Said share(long user, String language, double lat, double lon, boolean live) {
        int id = MESSAGE_IDS.incrementAndGet();
        api.feed("private-text.json", u -> {
            ObjectNode m = message(u.withObjectProperty("message"), user, user, language, id);
            m.remove("text");
            ObjectNode at = m.putObject("location").put("latitude", lat).put("longitude", lon);
            if (live) {
                at.put("live_period", 900);
            }
        });
        return new Said(user, id);
    }

    /** A live location moving on: an edited message carrying the new point. */
    void move(Said said, long user, double lat, double lon) {
        api.feed("edited-message.json", u -> {
            ObjectNode m = message(u.withObjectProperty("edited_message"), said.chat(), user, "en", said.id());
            m.remove("text");
            m.putObject("location").put("latitude", lat).put("longitude", lon).put("live_period", 900);
            m.put("edit_date", System.currentTimeMillis() / 1000);
        });
    }

    /** {@code said}, edited by {@code user} to read {@code text}, sent {@code ago} after it was first sent. */
    void edit(Said said, long user, String language, String text, Duration ago) {
        api.feed("edited-message.json", u -> {
            ObjectNode m = message(u.withObjectProperty("edited_message"), said.chat(), user, language, said.id());
            m.put("text", text);
            m.put("date", System.currentTimeMillis() / 1000 - ago.toSeconds());
            m.put("edit_date", System.currentTimeMillis() / 1000);
        });
    }

    /** {@code user} presses the button with {@code data} under bot message {@code under}; returns the query id. */
    String press(long user, String language, FakeBotApi.Request under, String data) {
        String queryId = "press-" + QUERY_IDS.incrementAndGet();
        int messageId = api.messageId(under);
        long chat = under.chatId();
        api.feed("callback-city.json", u -> {
            ObjectNode q = u.withObjectProperty("callback_query");
            q.put("id", queryId).put("data", data);
            q.withObjectProperty("from").put("id", user).put("language_code", language);
            ObjectNode m = q.withObjectProperty("message");
            m.put("message_id", messageId);
            chat(m.withObjectProperty("chat"), chat);
            if (under.photo()) {
                m.remove("text");
                m.putArray("photo").addObject().put("file_id", "fake-file-x").put("file_unique_id", "x")
                        .put("width", 640).put("height", 350);
            }
        });
        return queryId;
    }

    /** The callback data of the button labelled {@code label} under {@code message}. */
    static String button(FakeBotApi.Request message, String label) {
        for (var row : message.params().path("reply_markup").path("inline_keyboard")) {
            for (var b : row) {
                if (b.path("text").asText().equals(label)) {
                    return b.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button «" + label + "» under " + message.params().path("reply_markup"));
    }

    /** The labels of the buttons under {@code message}, row by row. */
    static List<List<String>> labels(FakeBotApi.Request message) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (var row : message.params().path("reply_markup").path("inline_keyboard")) {
            List<String> labels = new java.util.ArrayList<>();
            row.forEach(b -> labels.add(b.path("text").asText()));
            rows.add(labels);
        }
        return rows;
    }

    private static ObjectNode message(ObjectNode m, long chat, long user, String language, int id) {
        m.put("message_id", id);
        m.put("date", System.currentTimeMillis() / 1000);
        m.withObjectProperty("from").put("id", user).put("language_code", language);
        chat(m.withObjectProperty("chat"), chat);
        return m;
    }

    private static void chat(ObjectNode c, long chat) {
        c.removeAll();
        c.put("id", chat);
        if (chat < 0) {
            c.put("type", "supergroup").put("title", "Test group");
        } else {
            c.put("type", "private").put("first_name", "Tester");
        }
    }
}
