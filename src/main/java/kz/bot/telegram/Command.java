package kz.bot.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.bot.answer.Messages;

/**
 * The bot's commands, in the order the menu and /help show them: what the command menu, /help, the welcome's
 * buttons, callback data and inline mode's starting points all read. The texts live in the message files: the help
 * line is {@code command_<name>}, the argument's placeholder {@code argument_<kind>}.
 */
enum Command {
    START("start", "", Flags.NOT_IN_MENU),
    HELP("help", ""),
    CITY("city", "argument_name"),
    CITIES("cities", "", Flags.STARTER),
    REGION("region", "argument_name"),
    REGIONS("regions", "", Flags.STARTER),
    SEARCH("search", "argument_words"),
    SOURCES("sources", ""),
    RELOAD("reload", "", Flags.ADMIN),
    STATS("stats", "", Flags.ADMIN);

    /** How a command is used beyond being a command. */
    private enum Flags {
        /** For administrators only: handled by the bot itself, in the menu of their private chat. */
        ADMIN,
        /** Not in the "/" menu (Telegram shows its own Start button). */
        NOT_IN_MENU,
        /** Offered as a starting point: on the welcome and in inline mode with an empty query. */
        STARTER
    }

    private final String word;
    private final String argumentKey;
    private final List<Flags> flags;

    Command(String word, String argumentKey, Flags... flags) {
        this.word = word;
        this.argumentKey = argumentKey;
        this.flags = List.of(flags);
    }

    /** The name as typed after the slash. */
    String word() {
        return word;
    }

    /** The command without an argument: "/cities". */
    String slash() {
        return "/" + word;
    }

    /** The message key of its help line, also its description in the menu and its label on a button. */
    String helpKey() {
        return "command_" + word;
    }

    boolean takesArgument() {
        return !argumentKey.isEmpty();
    }

    boolean adminOnly() {
        return flags.contains(Flags.ADMIN);
    }

    boolean inMenu() {
        return !flags.contains(Flags.NOT_IN_MENU);
    }

    boolean starter() {
        return flags.contains(Flags.STARTER);
    }

    /** "/city &lt;name&gt; — A city: population, region, what it is known for", in {@code say}'s language. */
    String helpLine(Messages say) {
        String usage = slash() + (takesArgument() ? " <" + say.say(argumentKey) + ">" : "");
        return usage + " — " + say.say(helpKey());
    }

    /** The command called {@code name} (any letter case). */
    static Optional<Command> of(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.word.equals(n)).findFirst();
    }

    /** The commands only administrators may use. */
    static List<Command> adminCommands() {
        return Arrays.stream(values()).filter(Command::adminOnly).toList();
    }

    /** The commands offered as starting points. */
    static List<Command> starters() {
        return Arrays.stream(values()).filter(Command::starter).toList();
    }
}
