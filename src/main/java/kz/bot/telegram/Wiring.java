package kz.bot.telegram;

import java.time.Clock;
import java.util.Set;
import kz.bot.answer.Outline;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import kz.bot.map.LocatorMap;

/**
 * The parts that answer updates, put together: what handles each update, and the flood gate in front of them. Plain
 * wiring, kept apart from {@link TelegramBot}'s start-up and shutdown.
 */
record Wiring(UpdateHandler handler, FloodGate gate) {

    /** The handlers of a bot that is {@code me}, answering from {@code library} and sending with {@code sender}. */
    static Wiring of(BotIdentity me, Library library, QuestionLog log, Set<Long> adminIds, BotSettings settings,
                     ChatSettings chats, Sender sender, Clock clock) {
        CallbackData callbackData = new CallbackData();
        ChatMemory memory = new ChatMemory(chats, clock);
        Maps maps = new Maps(library, LocatorMap.of(Outline.shipped()), chats.maps(), clock);
        Screens screens = new Screens(new Keyboards(callbackData), callbackData, memory, maps, chats);
        Outbox outbox = new Outbox(sender, screens, maps, memory, chats);
        LoggingAnswerer answerer = new LoggingAnswerer(library, log, clock);
        Responder responder = new Responder(answerer);
        LoadShedder shedder = new LoadShedder(settings.limits(), clock::millis);
        AdminCommands admin = new AdminCommands(new Admins(adminIds), library, log, clock,
                settings.patience().reload(), shedder);
        Addressing addressing = new Addressing(me);
        UpdateHandler handler = new UpdateDispatcher(
                new Conversation(addressing, answerer, responder, admin, memory, outbox, shedder),
                new Edits(addressing, responder, memory, outbox, chats.editWindow(), clock),
                new Buttons(callbackData, responder, answerer, memory, outbox, maps, sender, chats.captionChars()),
                new InlineMode(library, sender, settings.inlineCacheSeconds()));
        FloodGate gate = new FloodGate(addressing,
                new FloodControl(settings.limits().perUser(), System::nanoTime),
                new FloodControl(settings.limits().inlinePerUser(), System::nanoTime), outbox, sender);
        return new Wiring(handler, gate);
    }
}
