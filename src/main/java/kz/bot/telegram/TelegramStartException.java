package kz.bot.telegram;

/** The bot could not start: the Bot API is unreachable or refused the token. The message is redacted. */
public final class TelegramStartException extends Exception {

    /** An exception with {@code message}, which must already be free of secrets. */
    public TelegramStartException(String message) {
        super(message);
    }
}
