package kz.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Sends each kind of update to the part that handles it. New messages, button presses and inline queries are
 * answered. Edited messages are not: answering the edit would put a second answer under the same question, and the
 * first one is already there. Channel posts and every other kind of update are ignored.
 */
final class UpdateDispatcher implements UpdateHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final Conversation conversation;
    private final Buttons buttons;
    private final InlineMode inline;

    UpdateDispatcher(Conversation conversation, Buttons buttons, InlineMode inline) {
        this.conversation = conversation;
        this.buttons = buttons;
        this.inline = inline;
    }

    @Override
    public void handle(Update update) {
        if (update.hasMessage()) {
            conversation.handle(update.getUpdateId(), update.getMessage());
        } else if (update.hasCallbackQuery()) {
            buttons.handle(update.getCallbackQuery());
        } else if (update.hasInlineQuery()) {
            inline.handle(update.getInlineQuery());
        } else {
            LOG.debug("update {} ignored: {}", update.getUpdateId(), kind(update));
        }
    }

    static String kind(Update update) {
        if (update.hasEditedMessage()) {
            return "edited message";
        }
        if (update.hasChannelPost() || update.hasEditedChannelPost()) {
            return "channel post";
        }
        return "other update";
    }
}
