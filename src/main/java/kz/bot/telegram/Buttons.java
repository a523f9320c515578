package kz.bot.telegram;

import java.util.EnumSet;
import java.util.Optional;
import kz.bot.answer.Answer;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Messages;
import kz.bot.answer.Topic;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A press on an inline button. The callback query is answered first (which stops the spinner on the button), then:
 * a command or question is answered as a new message within the presser's conversation, so the list stays there for
 * the next press; "More" and "Back" show another page in the same message; "Map" sends the place's locator map and
 * "Nearby" the cities near it. A button whose data is not ours or forgotten gets an alert and nothing else.
 */
final class Buttons {

    private final CallbackData callbackData;
    private final Responder responder;
    private final LoggingAnswerer answerer;
    private final ChatMemory memory;
    private final Outbox outbox;
    private final Maps maps;
    private final Sender sender;
    private final int captionChars;

    Buttons(CallbackData callbackData, Responder responder, LoggingAnswerer answerer, ChatMemory memory,
            Outbox outbox, Maps maps, Sender sender, int captionChars) {
        this.callbackData = callbackData;
        this.responder = responder;
        this.answerer = answerer;
        this.memory = memory;
        this.outbox = outbox;
        this.maps = maps;
        this.sender = sender;
        this.captionChars = captionChars;
    }

    /** Handles one press. */
    void handle(CallbackQuery query) {
        Language language = Conversation.languageOf(query.getFrom());
        Optional<Press> press = callbackData.decode(query.getData());
        MaybeInaccessibleMessage where = query.getMessage();
        if (press.isEmpty() || where == null || where.getChat() == null) {
            alert(query, language, press.isEmpty() ? "button_expired" : "open_chat");
            return;
        }
        long chatId = where.getChatId();
        Integer thread = where instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
        ReplyTarget target = new ReplyTarget(chatId, null, thread, language);
        boolean group = !"private".equals(where.getChat().getType());
        ChatMemory.Talk talk = new ChatMemory.Talk(chatId, group && query.getFrom() != null
                ? query.getFrom().getId() : 0);
        Press p = press.get();
        if (p instanceof Press.Ask ask) {
            acknowledge(chatId, query);
            Dialogue dialogue = memory.dialogue(talk);
            View view = responder.answer(ask.text(), dialogue, language);
            memory.dialogue(talk, dialogue.after(view.answer()));
            outbox.send(target, view, null);
        } else if (p instanceof Press.Page page) {
            Optional<View> view = page.command().isEmpty()
                    ? memory.kept(page.token()).map(v -> v.keptAs(page.token()))
                    : Optional.of(responder.again(page.command(), page.language(), page.extras()));
            if (view.isEmpty()) {
                alert(query, language, "button_expired");
                return;
            }
            acknowledge(chatId, query);
            boolean photo = where instanceof Message m && m.hasPhoto();
            outbox.show(chatId, where.getMessageId(), photo, view.get().atPage(page.page()));
        } else if (p instanceof Press.Map map) {
            Optional<double[]> at = maps.position(map.entity());
            if (at.isEmpty()) {
                alert(query, language, "no_map");
                return;
            }
            acknowledge(chatId, query);
            String caption = answerer.library().summary(map.entity(), language).map(a -> {
                var pages = Pages.of(a, captionChars);
                return pages.size() == 1 ? pages.get(0) : new Line(Line.Style.BOLD, a.title().strip()).html();
            }).orElse("");
            outbox.map(target, at.get(), caption, new Topic(map.entity(), ""));
        } else if (p instanceof Press.Nearby nearby) {
            Optional<Answer> answer = answerer.library().nearby(nearby.entity(), language);
            if (answer.isEmpty()) {
                alert(query, language, "no_map");
                return;
            }
            acknowledge(chatId, query);
            Dialogue dialogue = memory.dialogue(talk);
            memory.dialogue(talk, dialogue.after(answer.get()));
            // a list of places, with the Map button rather than the map: it marks one place, not the list
            outbox.send(target, View.of(answer.get(), "", EnumSet.of(Extra.MAP)), null, false);
        }
    }

    /** Through the chat's queue: the button stops spinning before the answer arrives. */
    private void acknowledge(long chatId, CallbackQuery query) {
        sender.send(chatId, AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
    }

    private void alert(CallbackQuery query, Language language, String key) {
        sender.sendNow(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                .text(Messages.get(language).say(key)).showAlert(true).build());
    }
}
