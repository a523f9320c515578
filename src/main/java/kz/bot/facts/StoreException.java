package kz.bot.facts;

/** SQLite failed: the message names the file and SQLite's reason. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
