package kz.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.bot.answer.CommandCall;
import kz.bot.answer.Dialogue;
import kz.bot.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * An edited question is answered again by editing the bot's reply to it, so the chat shows one answer, to the
 * question as it reads now. Only a question the bot answered within the edit window (and still remembers) is
 * answered again; an edit of anything else, an admin command, or a live location moving on is ignored.
 */
final class Edits {

    private static final Logger LOG = LoggerFactory.getLogger(Edits.class);

    private final Addressing addressing;
    private final Responder responder;
    private final ChatMemory memory;
    private final Outbox outbox;
    private final Duration window;
    private final Clock clock;

    Edits(Addressing addressing, Responder responder, ChatMemory memory, Outbox outbox, Duration window,
          Clock clock) {
        this.addressing = addressing;
        this.responder = responder;
        this.memory = memory;
        this.outbox = outbox;
        this.window = window;
        this.clock = clock;
    }

    /** Handles one edited message. */
    void handle(int updateId, Message message) {
        if (!(addressing.read(message) instanceof Addressing.Ask ask)) {
            LOG.debug("update {}: an edit that asks nothing", updateId);
            return;
        }
        Integer date = message.getDate();
        if (date == null || Duration.between(Instant.ofEpochSecond(date), clock.instant()).compareTo(window) > 0) {
            LOG.debug("update {}: an edit of a message older than {}", updateId, window);
            return;
        }
        Optional<List<ChatMemory.Sent>> earlier = memory.reply(new ChatMemory.Said(message.getChatId(),
                message.getMessageId()));
        Optional<CommandCall> command = CommandCall.parse(ask.text());
        if (earlier.isEmpty() || command.isPresent() && AdminCommands.NAMES.contains(command.get().name())) {
            LOG.debug("update {}: an edit of a message the bot did not answer (or no longer remembers)", updateId);
            return;
        }
        Language language = Conversation.languageOf(message.getFrom());
        ChatMemory.Talk talk = Conversation.talkOf(message);
        Dialogue dialogue = memory.dialogue(talk);
        View view = responder.answer(ask.text(), dialogue, language);
        memory.dialogue(talk, dialogue.after(view.answer()));
        outbox.replace(ReplyTarget.to(message, language), message.getMessageId(), earlier.get(), view);
    }
}
