package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates as the library sends it, with its answer read update by update by {@link UpdateParser} — the
 * poller reads the answer with whatever request object the bot gives it, which is the one place to change how.
 */
final class TolerantGetUpdates extends GetUpdates {

    private final transient UpdateParser parser;
    private final transient Runnable answered;

    /** {@code answered} runs each time an answer is read: the Bot API is reachable and polling works. */
    TolerantGetUpdates(int offset, int limit, int timeout, List<String> allowedUpdates, UpdateParser parser,
                       Runnable answered) {
        super(offset, limit, timeout, allowedUpdates);
        this.parser = parser;
        this.answered = answered;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        ArrayList<Update> updates = new ArrayList<>(parser.readAll(answer));
        answered.run();
        return updates;
    }
}
