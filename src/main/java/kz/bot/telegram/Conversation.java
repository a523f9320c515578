package kz.bot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.CommandCall;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Messages;
import kz.bot.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Messages in private chats and groups: decides whether one is for the bot and answers it within its conversation
 * (the chat's in a private chat, the sender's own in a group). A reply to one of the bot's messages continues that
 * message's topic; a shared location is answered with the nearest city. Questions are logged. When the bot is behind,
 * a message that waited too long at Telegram gets a short "busy" or nothing ({@link LoadShedder}); an administrator's
 * is answered first and never shed.
 */
final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final Addressing addressing;
    private final LoggingAnswerer answerer;
    private final Responder responder;
    private final AdminCommands admin;
    private final ChatMemory memory;
    private final Outbox outbox;
    private final LoadShedder shedder;

    Conversation(Addressing addressing, LoggingAnswerer answerer, Responder responder, AdminCommands admin,
                 ChatMemory memory, Outbox outbox, LoadShedder shedder) {
        this.addressing = addressing;
        this.answerer = answerer;
        this.responder = responder;
        this.admin = admin;
        this.memory = memory;
        this.outbox = outbox;
        this.shedder = shedder;
    }

    /** Handles one new message. */
    void handle(int updateId, Message message) {
        Addressing.Verdict verdict = addressing.read(message);
        Language language = languageOf(message.getFrom());
        if (verdict instanceof Addressing.Ignore ignore) {
            LOG.debug("update {}: ignored ({})", updateId, ignore.why());
            return;
        }
        ReplyTarget target = ReplyTarget.to(message, language);
        if (admin.isAdmin(message)) {
            target = target.asUrgent(); // an administrator is answered first, and never shed
        } else {
            LoadShedder.Verdict load = shedder.decide(message.getDate());
            if (load == LoadShedder.Verdict.DROP) {
                LOG.debug("update {}: waited too long at Telegram; not answered", updateId);
                return;
            }
            if (load == LoadShedder.Verdict.BUSY) {
                Answer busy = new Answer.Reply("", Messages.get(language).say("busy"), List.of(), List.of(), language);
                outbox.send(target, View.of(busy, "", Set.of()), null);
                return;
            }
        }
        if (verdict instanceof Addressing.NonText) {
            Answer hint = new Answer.Reply("", Messages.get(language).say("non_text"), List.of(), List.of(), language);
            outbox.send(target, View.of(hint, "", Responder.PLACE), null);
            return;
        }
        ChatMemory.Talk talk = talkOf(message);
        Dialogue dialogue = dialogue(talk, message);
        if (verdict instanceof Addressing.Locate at) {
            Answer answer = answerer.locate(at.lat(), at.lon(), dialogue.question("", language).preferred());
            memory.dialogue(talk, dialogue.after(answer));
            outbox.send(target, View.of(answer, "", Responder.PLACE), message.getMessageId());
            return;
        }
        String text = ((Addressing.Ask) verdict).text();
        Optional<CommandCall> command = CommandCall.parse(text);
        if (command.isPresent() && AdminCommands.NAMES.contains(command.get().name())) {
            outbox.send(target, View.of(admin.run(command.get().name(), message, language), "", Set.of()), null);
            return;
        }
        View view = responder.answer(text, dialogue, language);
        memory.dialogue(talk, dialogue.after(view.answer()));
        outbox.send(target, view, message.getMessageId());
    }

    /**
     * The conversation {@code message} belongs to; when it replies to one of the bot's messages, about that
     * message's topic.
     */
    private Dialogue dialogue(ChatMemory.Talk talk, Message message) {
        Dialogue dialogue = memory.dialogue(talk);
        Message replied = message.getReplyToMessage();
        if (replied != null && replied.getMessageId() != null) {
            var topic = memory.topic(new ChatMemory.Said(message.getChatId(), replied.getMessageId()));
            if (topic.isPresent()) {
                return new Dialogue(topic.get(), dialogue.language());
            }
        }
        return dialogue;
    }

    /** A private chat is one conversation; in a group each sender has their own. */
    static ChatMemory.Talk talkOf(Message message) {
        boolean group = message.getChat() != null && !"private".equals(message.getChat().getType());
        return new ChatMemory.Talk(message.getChatId(), group ? FloodGate.senderOf(message) : 0);
    }

    /** The user's Telegram language, when the bot speaks it; English otherwise. */
    static Language languageOf(User user) {
        return user == null ? Language.EN : Language.fromCode(user.getLanguageCode()).orElse(Language.EN);
    }
}
