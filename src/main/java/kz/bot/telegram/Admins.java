package kz.bot.telegram;

import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Who may use /reload and /stats: the sender's own user id must be in {@code BOT_ADMIN_IDS}. A chat id proves nothing
 * (a group's id is not a person), an anonymous group admin writes as GroupAnonymousBot with a sender chat, and a
 * forwarded message carries someone else's words: none of these grants anything.
 */
record Admins(Set<Long> ids) {

    /** The user Telegram shows as the sender of an anonymous group administrator's messages. */
    static final long GROUP_ANONYMOUS_BOT = 1087968824L;

    Admins {
        ids = Set.copyOf(ids);
    }

    /** True when {@code message} was written by an administrator in person. */
    boolean sentBy(Message message) {
        User from = message.getFrom();
        if (from == null || from.getId() == null || Boolean.TRUE.equals(from.getIsBot())
                || from.getId() == GROUP_ANONYMOUS_BOT) {
            return false;
        }
        if (message.getSenderChat() != null || message.getForwardOrigin() != null || message.getForwardFrom() != null
                || message.getForwardFromChat() != null || Boolean.TRUE.equals(message.getIsAutomaticForward())) {
            return false;
        }
        return ids.contains(from.getId());
    }
}
