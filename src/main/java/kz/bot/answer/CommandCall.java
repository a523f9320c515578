package kz.bot.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as typed: {@code /city@OurBot Almaty} is name "city", addressee "OurBot", argument "Almaty".
 *
 * @param addressee the bot named after '@', empty when none; the adapter decides whether it means this bot
 */
public record CommandCall(String name, String addressee, String argument) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]*))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    /** The command in {@code text}, when it starts with one. */
    public static Optional<CommandCall> parse(String text) {
        String t = text.strip();
        if (!t.startsWith("/")) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String argument = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new CommandCall(m.group(1).toLowerCase(Locale.ROOT), m.group(2) == null ? "" : m.group(2),
                argument));
    }
}
