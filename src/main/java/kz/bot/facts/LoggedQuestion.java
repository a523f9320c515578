package kz.bot.facts;

import java.time.Instant;

/**
 * One question the bot answered, as the question log keeps it: no user or chat id, only what the statistics need.
 *
 * @param language the language of the answer ("en", "ru", "kk")
 * @param kind     the kind of answer ("command", "fact", "passage", "none")
 * @param found    false when the bot said it did not know
 * @param text     the question as asked; the log shortens it to {@link QuestionLog#MAX_TEXT} characters
 */
public record LoggedQuestion(Instant at, String language, String kind, boolean found, String text) {

    public LoggedQuestion {
        text = text == null ? "" : text;
    }
}
