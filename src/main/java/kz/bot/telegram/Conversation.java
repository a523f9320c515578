package kz.bot.telegram;

import java.util.List;
import java.util.Optional;
import kz.bot.answer.Answer;
import kz.bot.answer.CommandCall;
import kz.bot.answer.Messages;
import kz.bot.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Messages in private chats and groups: decides whether one is for the bot, answers it, and logs the question. */
final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final Addressing addressing;
    private final LoggingAnswerer answerer;
    private final AdminCommands admin;
    private final Replies replies;
    private final Sender sender;
    private final LoadShedder shedder;

    Conversation(Addressing addressing, LoggingAnswerer answerer, AdminCommands admin, Replies replies,
                 Sender sender, LoadShedder shedder) {
        this.addressing = addressing;
        this.answerer = answerer;
        this.admin = admin;
        this.replies = replies;
        this.sender = sender;
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
        boolean urgent = admin.isAdmin(message); // an administrator is answered first, and never shed
        if (!urgent) {
            LoadShedder.Verdict load = shedder.decide(message.getDate());
            if (load == LoadShedder.Verdict.DROP) {
                LOG.debug("update {}: waited too long at Telegram; not answered", updateId);
                return;
            }
            if (load == LoadShedder.Verdict.BUSY) {
                send(target, new Answer.Reply("", BotTexts.say(language, "busy"), List.of(), List.of(), language),
                        false);
                return;
            }
        }
        if (verdict instanceof Addressing.NonText) {
            send(target, new Answer.Reply("", Messages.get(language).say("non_text"), List.of(), List.of(), language),
                    urgent);
            return;
        }
        String text = ((Addressing.Ask) verdict).text();
        Optional<CommandCall> command = CommandCall.parse(text);
        if (command.isPresent() && AdminCommands.NAMES.contains(command.get().name())) {
            send(target, admin.run(command.get().name(), message, language), urgent);
            return;
        }
        send(target, answerer.answer(text, language), urgent);
    }

    private void send(ReplyTarget target, Answer answer, boolean urgent) {
        replies.of(answer, target).forEach(m -> sender.send(target.chatId(), m, urgent));
    }

    /** The user's Telegram language, when the bot speaks it; English otherwise. */
    static Language languageOf(User user) {
        return user == null ? Language.EN : Language.fromCode(user.getLanguageCode()).orElse(Language.EN);
    }
}
