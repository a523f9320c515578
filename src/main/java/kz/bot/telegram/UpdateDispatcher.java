package kz.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Sends each kind of update to the part that handles it: new messages, edited messages (whose earlier answer is
 * edited), button presses and inline queries. Channel posts and every other kind of update are ignored.
 */
final class UpdateDispatcher implements UpdateHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final Conversation conversation;
    private final Edits edits;
    private final Buttons buttons;
    private final InlineMode inline;

    UpdateDispatcher(Conversation conversation, Edits edits, Buttons buttons, InlineMode inline) {
        this.conversation = conversation;
        this.edits = edits;
        this.buttons = buttons;
        this.inline = inline;
    }

    @Override
    public void handle(Update update) {
        if (update.hasMessage()) {
            conversation.handle(update.getUpdateId(), update.getMessage());
        } else if (update.hasEditedMessage()) {
            edits.handle(update.getUpdateId(), update.getEditedMessage());
        } else if (update.hasCallbackQuery()) {
            buttons.handle(update.getCallbackQuery());
        } else if (update.hasInlineQuery()) {
            inline.handle(update.getInlineQuery());
        } else {
            LOG.debug("update {} ignored: {}", update.getUpdateId(), kind(update));
        }
    }

    static String kind(Update update) {
        if (update.hasChannelPost() || update.hasEditedChannelPost()) {
            return "channel post";
        }
        return "other update";
    }
}
