package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.bot.answer.Messages;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.description.SetMyDescription;
import org.telegram.telegrambots.meta.api.methods.description.SetMyShortDescription;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * What Telegram shows about the bot before anyone writes to it, set at every start-up in English, Russian and
 * Kazakh: the command menu under "/" (the public commands for everyone, the same plus the admin commands in each
 * administrator's private chat, whose id is the user's id), the description on a new user's empty chat screen and
 * the short description on the bot's profile. English is sent without a language code: it is what every user whose
 * language has nothing of its own sees. All texts come from the message files; the commands from {@link Command}.
 */
final class BotProfile {

    /** Telegram's limits on the two descriptions. */
    static final int DESCRIPTION_CHARS = 512;
    static final int SHORT_DESCRIPTION_CHARS = 120;

    private BotProfile() {
    }

    /** Every setMyCommands request to make at start-up: three languages for everyone, three per administrator. */
    static List<SetMyCommands> menus(Set<Long> adminIds) {
        List<SetMyCommands> out = new ArrayList<>();
        for (Language language : Language.values()) {
            out.add(menu(false, new BotCommandScopeDefault(), language));
        }
        for (long admin : new TreeSet<>(adminIds)) {
            for (Language language : Language.values()) {
                out.add(menu(true, new BotCommandScopeChat(String.valueOf(admin)), language));
            }
        }
        return out;
    }

    /** The setMyDescription requests, one per language. */
    static List<SetMyDescription> descriptions() {
        List<SetMyDescription> out = new ArrayList<>();
        for (Language language : Language.values()) {
            String text = text(language, "bot_description", DESCRIPTION_CHARS);
            out.add(new SetMyDescription(text, code(language)));
        }
        return out;
    }

    /** The setMyShortDescription requests, one per language. */
    static List<SetMyShortDescription> shortDescriptions() {
        List<SetMyShortDescription> out = new ArrayList<>();
        for (Language language : Language.values()) {
            String text = text(language, "bot_short_description", SHORT_DESCRIPTION_CHARS);
            out.add(new SetMyShortDescription(text, code(language)));
        }
        return out;
    }

    private static SetMyCommands menu(boolean admin, BotCommandScope scope, Language language) {
        Messages say = Messages.get(language);
        List<BotCommand> list = new ArrayList<>();
        for (Command c : Command.values()) {
            if (c.inMenu() && (admin || !c.adminOnly())) {
                list.add(new BotCommand(c.word(), say.say(c.helpKey())));
            }
        }
        var builder = SetMyCommands.builder().commands(list).scope(scope);
        if (language != Language.EN) {
            builder.languageCode(language.code());
        }
        return builder.build();
    }

    /**
     * The message {@code key}, checked against Telegram's limit: a text too long would be refused at every start.
     *
     * @throws IllegalStateException when the message file's text is longer than {@code max}
     */
    private static String text(Language language, String key, int max) {
        String text = Messages.get(language).say(key).strip();
        if (text.length() > max) {
            throw new IllegalStateException(key + " in messages_" + language.code() + " has " + text.length()
                    + " characters; Telegram takes at most " + max);
        }
        return text;
    }

    private static String code(Language language) {
        return language == Language.EN ? null : language.code();
    }
}
