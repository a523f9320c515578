package kz.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Does what one update asks. May throw: the router catches, logs with the update id, and goes on. */
@FunctionalInterface
interface UpdateHandler {

    void handle(Update update) throws Exception;
}
