package kz.bot.telegram;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Topic;

/**
 * What the bot remembers of its chats, each part bounded and forgotten after a while ({@link ChatSettings}): the
 * conversation of each private chat and of each user in a group (what "and its population?" refers to); the topic of
 * each message the bot sent (what a reply to it refers to); the messages that answered each question (what an edit of
 * the question changes); and long answers kept for their "More" button. Nothing crosses chats: every key names its
 * chat. Thread-safe.
 */
final class ChatMemory {

    /** One conversation: a private chat ({@code user} 0), or one user in a group. */
    record Talk(long chat, long user) {
    }

    /** One message in a chat. */
    record Said(long chat, int message) {
    }

    /** A message the bot sent; {@code photo} when it is a picture (whose text is a caption). */
    record Sent(int message, boolean photo) {
    }

    private final Memory<Talk, Dialogue> dialogues;
    private final Memory<Said, Topic> topics;
    private final Memory<Said, List<Sent>> replies;
    private final Memory<String, View> kept;
    private final SecureRandom random = new SecureRandom();

    ChatMemory(ChatSettings settings, Clock clock) {
        this.dialogues = new Memory<>(settings.conversations(), settings.conversationLife(), clock);
        this.topics = new Memory<>(settings.messages(), settings.editWindow(), clock);
        this.replies = new Memory<>(settings.messages(), settings.editWindow(), clock);
        this.kept = new Memory<>(settings.keptViews(), settings.editWindow(), clock);
    }

    /** The conversation {@code talk}, or a new one when there is none or it has expired. */
    Dialogue dialogue(Talk talk) {
        return dialogues.get(talk).orElse(Dialogue.START);
    }

    void dialogue(Talk talk, Dialogue dialogue) {
        dialogues.put(talk, dialogue);
    }

    /** What bot message {@code said} was about, when the bot remembers it. */
    Optional<Topic> topic(Said said) {
        return topics.get(said);
    }

    /** Remembers what bot message {@code said} is about (nothing is kept for no topic). */
    void topic(Said said, Topic topic) {
        if (!topic.isNone()) {
            topics.put(said, topic);
        }
    }

    /** The bot's messages that answered question {@code question}, within the edit window. */
    Optional<List<Sent>> reply(Said question) {
        return replies.peek(question);
    }

    void reply(Said question, List<Sent> sent) {
        if (!sent.isEmpty()) {
            replies.put(question, List.copyOf(sent));
        }
    }

    /** Keeps {@code view} for its "More" button; returns the token that finds it again. */
    String keep(View view) {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        kept.put(token, view);
        return token;
    }

    Optional<View> kept(String token) {
        return kept.get(token);
    }
}
