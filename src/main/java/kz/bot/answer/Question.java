package kz.bot.answer;

import kz.bot.language.Language;

/**
 * Something a user asked: the text as typed; the user's own language (in Telegram their {@code language_code}), used
 * when the text does not tell; and, within a conversation, what the last answer was about and in which language the
 * conversation is held.
 *
 * @param fallback     the user's language, or English when nothing is known
 * @param context      what the conversation's last answer was about ({@link Topic#NONE} outside a conversation)
 * @param conversation the conversation's language, or null at its start
 */
public record Question(String text, Language fallback, Topic context, Language conversation) {

    public Question {
        text = text == null ? "" : text;
        fallback = fallback == null ? Language.EN : fallback;
        context = context == null ? Topic.NONE : context;
    }

    public Question(String text, Language fallback) {
        this(text, fallback, Topic.NONE, null);
    }

    public static Question of(String text) {
        return new Question(text, Language.EN);
    }

    /** The language to fall back on when the text does not tell: the conversation's, else the user's. */
    public Language preferred() {
        return conversation != null ? conversation : fallback;
    }
}
