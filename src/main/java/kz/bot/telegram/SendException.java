package kz.bot.telegram;

/** A request to the Bot API failed for good; the message is redacted and names the method. */
public final class SendException extends RuntimeException {

    private final transient SendError error;

    SendException(String method, SendError error) {
        super(method + " failed: " + error.description());
        this.error = error;
    }

    /** Why it failed. */
    SendError error() {
        return error;
    }
}
