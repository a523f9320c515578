package kz.bot.telegram;

import java.util.Optional;
import kz.bot.answer.Answer;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A press on an inline button: the callback query is answered (which stops the spinner on the button), then the
 * city's or region's card is sent to the chat as a new message, so the list stays there for the next press.
 */
final class Buttons {

    private final CallbackData callbackData;
    private final LoggingAnswerer answerer;
    private final Replies replies;
    private final Sender sender;

    Buttons(CallbackData callbackData, LoggingAnswerer answerer, Replies replies, Sender sender) {
        this.callbackData = callbackData;
        this.answerer = answerer;
        this.replies = replies;
        this.sender = sender;
    }

    /** Handles one press. */
    void handle(CallbackQuery query) {
        Language language = Conversation.languageOf(query.getFrom());
        Optional<String> command = callbackData.decode(query.getData());
        MaybeInaccessibleMessage where = query.getMessage();
        if (command.isEmpty() || where == null || where.getChat() == null) {
            String why = command.isEmpty() ? "button_expired" : "open_chat";
            sender.sendNow(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                    .text(BotTexts.say(language, why)).showAlert(true).build());
            return;
        }
        long chatId = where.getChatId();
        Answer answer = answerer.answer(command.get(), language);
        Integer thread = where instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
        // through the chat's queue: the button stops spinning before the card arrives
        sender.send(chatId, AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        replies.of(answer, new ReplyTarget(chatId, null, thread, language)).forEach(m -> sender.send(chatId, m));
    }
}
