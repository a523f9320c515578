package kz.bot.telegram;

import java.util.List;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Flood control at the door, before an update is queued: what one user may have answered, per {@link Limits}. Only what
 * the bot would answer counts — group chatter the bot ignores costs nothing and never earns anyone a notice. Messages,
 * edits and button presses share one limit per user, inline queries have their own (they come as people type). The
 * first message refused in a flood is answered with one "slow down" notice in the user's language; the rest of the
 * flood is dropped, never queued. Thread-safe.
 */
final class FloodGate {

    private final Addressing addressing;
    private final FloodControl messages;
    private final FloodControl inline;
    private final Outbox outbox;
    private final Sender sender;

    FloodGate(Addressing addressing, FloodControl messages, FloodControl inline, Outbox outbox, Sender sender) {
        this.addressing = addressing;
        this.messages = messages;
        this.inline = inline;
        this.outbox = outbox;
        this.sender = sender;
    }

    /** The verdict on {@code update}. */
    FloodControl.Verdict admit(Update update) {
        if (update.hasMessage() || update.hasEditedMessage()) {
            Message m = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
            if (!messages.limited() || addressing.read(m) instanceof Addressing.Ignore) {
                return FloodControl.Verdict.PASS;
            }
            return messages.check(senderOf(m));
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            return messages.check(update.getCallbackQuery().getFrom().getId());
        }
        if (update.hasInlineQuery() && update.getInlineQuery().getFrom() != null) {
            // there is nowhere to show a notice for an inline query: the excess is simply not answered
            FloodControl.Verdict v = inline.check(update.getInlineQuery().getFrom().getId());
            return v == FloodControl.Verdict.PASS ? v : FloodControl.Verdict.DROP;
        }
        return FloodControl.Verdict.PASS;
    }

    /** Tells the sender of {@code update} to slow down: in the chat, or on the pressed button. */
    void notice(Update update) {
        if (update.hasMessage() || update.hasEditedMessage()) {
            Message m = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
            Language language = Conversation.languageOf(m.getFrom());
            ReplyTarget target = ReplyTarget.to(m, language);
            Answer slowDown = new Answer.Reply("", Messages.get(language).say("slow_down"), List.of(), List.of(),
                    language);
            outbox.send(target, View.of(slowDown, "", Set.of()), null);
        } else if (update.hasCallbackQuery()) {
            CallbackQuery q = update.getCallbackQuery();
            sender.sendNow(AnswerCallbackQuery.builder().callbackQueryId(q.getId())
                    .text(Messages.get(Conversation.languageOf(q.getFrom())).say("slow_down")).build());
        }
    }

    /**
     * Whose limit a message counts against: the user's; for a message sent on behalf of a chat (an anonymous group
     * admin, a channel) that chat's; the chat's when there is neither.
     */
    static long senderOf(Message m) {
        User from = m.getFrom();
        if (m.getSenderChat() != null && m.getSenderChat().getId() != null) {
            return m.getSenderChat().getId();
        }
        if (from != null && from.getId() != null) {
            return from.getId();
        }
        return m.getChat() == null || m.getChat().getId() == null ? 0 : m.getChat().getId();
    }
}
