package kz.bot.telegram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kz.bot.answer.Answer;
import kz.bot.answer.Topic;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Puts answers into chats and remembers what it put there. A card of a place the knowledge can locate comes with its
 * locator map: the whole card as the photo's caption when it fits one page and the caption's limit, else the photo
 * (captioned with the card's title) and then the card as text; a map Telegram refuses leaves the card as text. Every
 * other answer is one text message: its first page with buttons. Each message sent is remembered with the topic of its
 * answer (a reply to it continues that topic), and the messages answering a question are remembered for an edit of that
 * question. Thread-safe.
 */
final class Outbox {

    private final Sender sender;
    private final Screens screens;
    private final Maps maps;
    private final ChatMemory memory;
    private final ChatSettings settings;

    Outbox(Sender sender, Screens screens, Maps maps, ChatMemory memory, ChatSettings settings) {
        this.sender = sender;
        this.screens = screens;
        this.maps = maps;
        this.memory = memory;
        this.settings = settings;
    }

    /**
     * Sends {@code view} to {@code target}; when {@code question} is a message id, remembers the messages sent as
     * the reply to it. The future completes with the messages that went out (none when sending failed).
     */
    CompletableFuture<List<ChatMemory.Sent>> send(ReplyTarget target, View view, Integer question) {
        return send(target, view, question, isCard(view.answer()));
    }

    /** As {@link #send(ReplyTarget, View, Integer)}; with the place's map only when {@code mapped}. */
    CompletableFuture<List<ChatMemory.Sent>> send(ReplyTarget target, View view, Integer question,
                                                  boolean mapped) {
        Optional<double[]> at = mapped ? maps.position(view.answer().topic().entity()) : Optional.empty();
        List<CompletableFuture<ChatMemory.Sent>> sent = new ArrayList<>();
        if (at.isPresent()) {
            Screen screen = screens.of(view.without(Extra.MAP));
            boolean caption = screen.pages() == 1 && screen.visibleLength() <= settings.captionChars();
            CompletableFuture<ChatMemory.Sent> map = photo(target, maps.of(at.get()),
                    caption ? screen.html() : screen.title(), caption ? screen.keyboard() : Optional.empty());
            // a map Telegram refuses must not take the card with it: the card then comes as text alone
            sent.add(caption ? map.exceptionallyCompose(e -> text(target, screen)) : map);
            if (!caption) {
                sent.add(text(target, screen));
            }
        } else {
            sent.add(text(target, screens.of(view)));
        }
        return settle(target.chatId(), sent, view.answer().topic(), question);
    }

    /** Sends the locator map of the point {@code at} with {@code caption} (HTML, may be empty) to {@code target}. */
    void map(ReplyTarget target, double[] at, String caption, Topic topic) {
        settle(target.chatId(), List.of(photo(target, maps.of(at), caption, Optional.empty())), topic, null);
    }

    /**
     * Shows {@code view} in the bot's message {@code message} instead of what it shows now (a press on "More"):
     * its text, or its caption when it is a photo.
     */
    void show(long chatId, int message, boolean photo, View view) {
        Screen screen = screens.of(view);
        if (photo) {
            sender.send(chatId, EditMessageCaption.builder().chatId(chatId).messageId(message)
                    .caption(screen.html()).parseMode(ParseMode.HTML)
                    .replyMarkup(screen.keyboard().orElse(null)).build());
        } else {
            sender.send(chatId, edit(chatId, message, screen));
        }
    }

    /**
     * Answers an edited question again: the earlier reply's text message is edited to show {@code view} (a map it
     * came with is deleted and offered as a button, since it may show another place now); when the earlier reply had
     * no text message, it is deleted and the answer sent afresh.
     */
    void replace(ReplyTarget target, int question, List<ChatMemory.Sent> earlier, View view) {
        long chatId = target.chatId();
        Optional<ChatMemory.Sent> text = earlier.stream().filter(s -> !s.photo()).findFirst();
        for (ChatMemory.Sent s : earlier) {
            if (text.isEmpty() || s.photo()) {
                sender.send(chatId, DeleteMessage.builder().chatId(chatId).messageId(s.message()).build());
            }
        }
        if (text.isEmpty()) {
            send(target, view, question);
            return;
        }
        int id = text.get().message();
        CompletableFuture<ChatMemory.Sent> edited = sender.send(chatId, edit(chatId, id, screens.of(view)))
                .thenApply(r -> text.get());
        settle(chatId, List.of(edited), view.answer().topic(), question);
    }

    /** A card: a whole place (a title, and no single attribute asked) rather than one fact about it. */
    static boolean isCard(Answer answer) {
        return !answer.title().isBlank() && answer.topic().entity() >= 0 && answer.topic().attribute().isEmpty()
                && (answer instanceof Answer.Reply || answer instanceof Answer.FactAnswer);
    }

    private CompletableFuture<ChatMemory.Sent> text(ReplyTarget target, Screen screen) {
        var message = SendMessage.builder().chatId(target.chatId()).text(screen.html()).parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (target.replyTo() != null) {
            message.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
                    .allowSendingWithoutReply(true).build());
        }
        if (target.threadId() != null) {
            message.messageThreadId(target.threadId());
        }
        screen.keyboard().ifPresent(message::replyMarkup);
        return sender.send(target.chatId(), message.build(), target.urgent())
                .thenApply(m -> new ChatMemory.Sent(m.getMessageId(), false));
    }

    private CompletableFuture<ChatMemory.Sent> photo(ReplyTarget target, Maps.Picture picture, String caption,
                                                     Optional<InlineKeyboardMarkup> keyboard) {
        CompletableFuture<Message> sent = sender.sendPhoto(target.chatId(), () -> {
            InputFile file = picture.uploaded() ? new InputFile(picture.fileId())
                    : new InputFile(new ByteArrayInputStream(picture.png()), "map.png");
            var photo = SendPhoto.builder().chatId(target.chatId()).photo(file);
            if (!caption.isEmpty()) {
                photo.caption(caption).parseMode(ParseMode.HTML);
            }
            if (target.replyTo() != null) {
                photo.replyParameters(ReplyParameters.builder().messageId(target.replyTo())
                        .allowSendingWithoutReply(true).build());
            }
            if (target.threadId() != null) {
                photo.messageThreadId(target.threadId());
            }
            keyboard.ifPresent(photo::replyMarkup);
            return photo.build();
        }, target.urgent());
        return sent.thenApply(m -> {
            if (!picture.uploaded() && m.getPhoto() != null && !m.getPhoto().isEmpty()) {
                maps.uploaded(picture.key(), m.getPhoto().stream().max(Comparator.comparing(
                        (PhotoSize p) -> p.getWidth() == null ? 0 : p.getWidth())).get().getFileId());
            }
            return new ChatMemory.Sent(m.getMessageId(), true);
        });
    }

    private static EditMessageText edit(long chatId, int message, Screen screen) {
        return EditMessageText.builder().chatId(chatId).messageId(message).text(screen.html())
                .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(screen.keyboard().orElse(null)).build();
    }

    /**
     * Once every message is sent: remembers each one's topic, and the lot as the reply to {@code question}. A
     * message that failed is left out (the others are still remembered).
     */
    private CompletableFuture<List<ChatMemory.Sent>> settle(long chatId, List<CompletableFuture<ChatMemory.Sent>> sent,
                                                            Topic topic, Integer question) {
        List<CompletableFuture<Optional<ChatMemory.Sent>>> each = sent.stream()
                .map(f -> f.thenApply(Optional::of).exceptionally(e -> Optional.empty())).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<ChatMemory.Sent> out = new ArrayList<>();
            for (var f : each) {
                f.join().ifPresent(out::add);
            }
            for (ChatMemory.Sent s : out) {
                memory.topic(new ChatMemory.Said(chatId, s.message()), topic);
            }
            if (question != null) {
                memory.reply(new ChatMemory.Said(chatId, question), out);
            }
            return out;
        });
    }
}
