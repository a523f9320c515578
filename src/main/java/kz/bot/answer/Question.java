package kz.bot.answer;

import kz.bot.language.Language;

/**
 * Something a user asked: the text as typed, and the language to fall back to when the text does not tell (in
 * Telegram the user's {@code language_code}; English in the terminal).
 */
public record Question(String text, Language fallback) {

    public Question {
        text = text == null ? "" : text;
        fallback = fallback == null ? Language.EN : fallback;
    }

    public static Question of(String text) {
        return new Question(text, Language.EN);
    }
}
