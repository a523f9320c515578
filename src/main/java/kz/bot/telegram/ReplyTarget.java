package kz.bot.telegram;

import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a reply goes: the chat, the message it answers (in groups, so the reply is visibly attached to the question),
 * the forum topic, and the language to fall back to.
 *
 * @param replyTo  the message to reply to, or null
 * @param threadId the forum topic, or null
 */
record ReplyTarget(long chatId, Integer replyTo, Integer threadId, Language language) {

    /** A reply to {@code message}: quoting it in groups, plainly in a private chat. */
    static ReplyTarget to(Message message, Language language) {
        boolean group = message.getChat() != null && !"private".equals(message.getChat().getType());
        Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
        return new ReplyTarget(message.getChatId(), group ? message.getMessageId() : null, thread, language);
    }
}
