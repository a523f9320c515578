package kz.bot.telegram;

import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a reply goes: the chat, the message it answers (in groups, so the reply is visibly attached to the question),
 * the forum topic, the language to fall back to, and whether it is urgent (an administrator's: not held back by other
 * chats' messages waiting for Telegram's overall limit).
 *
 * @param replyTo  the message to reply to, or null
 * @param threadId the forum topic, or null
 */
record ReplyTarget(long chatId, Integer replyTo, Integer threadId, Language language, boolean urgent) {

    /** A target that is not urgent. */
    ReplyTarget(long chatId, Integer replyTo, Integer threadId, Language language) {
        this(chatId, replyTo, threadId, language, false);
    }

    /** A reply to {@code message}: quoting it in groups, plainly in a private chat. */
    static ReplyTarget to(Message message, Language language) {
        boolean group = message.getChat() != null && !"private".equals(message.getChat().getType());
        Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
        return new ReplyTarget(message.getChatId(), group ? message.getMessageId() : null, thread, language);
    }

    /** This target, urgent. */
    ReplyTarget asUrgent() {
        return new ReplyTarget(chatId, replyTo, threadId, language, true);
    }
}
