package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Answer;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/**
 * Turns an answer into the messages that carry it: HTML, split when too long, the first part replying to the
 * question, the last part carrying the buttons.
 */
final class Replies {

    private final Keyboards keyboards;

    Replies(Keyboards keyboards) {
        this.keyboards = keyboards;
    }

    /** The sendMessage requests for {@code answer}, in order. */
    List<SendMessage> of(Answer answer, ReplyTarget target) {
        List<String> parts = AnswerHtml.messages(answer);
        if (parts.isEmpty()) {
            parts = List.of(Html.escape(answer.text().isBlank() ? "…" : answer.text()));
        }
        List<SendMessage> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            var message = SendMessage.builder()
                    .chatId(target.chatId())
                    .text(parts.get(i))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (i == 0 && target.replyTo() != null) {
                message.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
                        .allowSendingWithoutReply(true).build());
            }
            if (target.threadId() != null) {
                message.messageThreadId(target.threadId());
            }
            if (i == parts.size() - 1) {
                keyboards.of(answer.choices()).ifPresent(message::replyMarkup);
            }
            out.add(message.build());
        }
        return out;
    }
}
