package kz.bot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.answer.CommandCall;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a message is meant for the bot and what it asks. In a private chat every message is. In a group
 * only a command (bare, or addressed to this bot by {@code @username}), a message mentioning the bot, or a reply to
 * one of the bot's messages is; everything else is other people's conversation. A shared location is answered in a
 * private chat, and in a group when it replies to the bot. Commands are parsed from the text
 * here, not with {@code Message.isCommand()}, which is unreliable in telegrambots-meta 10.2.0.
 */
final class Addressing {

    /** What to do with a message. */
    sealed interface Verdict {
    }

    /** Answer {@code text} (a command with any {@code @username} removed, or a question without the mention). */
    record Ask(String text) implements Verdict {
    }

    /** A shared location (or the first update of a live one): say where it is. */
    record Locate(double lat, double lon) implements Verdict {
    }

    /** A sticker, photo, voice message… in a private chat: say what the bot can do. */
    record NonText() implements Verdict {
    }

    /** Not for the bot: say nothing. */
    record Ignore(String why) implements Verdict {
    }

    private final BotIdentity me;
    private final Pattern mention;

    Addressing(BotIdentity me) {
        this.me = me;
        this.mention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(me.username()) + "(?!\\w)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What {@code message} asks of the bot, if anything. */
    Verdict read(Message message) {
        if (message.getChat() == null) {
            return new Ignore("no chat");
        }
        String type = String.valueOf(message.getChat().getType()).toLowerCase(Locale.ROOT);
        User from = message.getFrom();
        if (from != null && Boolean.TRUE.equals(from.getIsBot()) && from.getId() != null
                && from.getId() == me.id()) {
            return new Ignore("own message");
        }
        boolean hasText = message.getText() != null && !message.getText().isBlank();
        switch (type) {
            case "private" -> {
                if (located(message)) {
                    return locate(message);
                }
                if (!hasText) {
                    return new NonText();
                }
                return command(message.getText()).orElse(new Ask(message.getText().strip()));
            }
            case "group", "supergroup" -> {
                if (located(message) && isReplyToMe(message)) {
                    return locate(message);
                }
                if (!hasText) {
                    return new Ignore("group message without text");
                }
                // an anonymous admin or a channel writes as a bot account with sender_chat set: people, not bots
                if (from != null && Boolean.TRUE.equals(from.getIsBot()) && message.getSenderChat() == null) {
                    return new Ignore("another bot");
                }
                String text = message.getText().strip();
                Optional<Verdict> command = command(text);
                if (command.isPresent()) {
                    return command.get();
                }
                Matcher m = mention.matcher(text);
                if (m.find()) {
                    return new Ask(m.replaceAll(" ").replaceAll("\\s+", " ").strip());
                }
                if (isReplyToMe(message)) {
                    return new Ask(text);
                }
                return new Ignore("group chatter");
            }
            default -> {
                return new Ignore("chat type " + type);
            }
        }
    }

    /** A command in {@code text}: ours when addressed to nobody or to this bot (any letter case). */
    private Optional<Verdict> command(String text) {
        Optional<CommandCall> call = CommandCall.parse(text);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        CommandCall c = call.get();
        if (!c.addressee().isEmpty() && !c.addressee().equalsIgnoreCase(me.username())) {
            return Optional.of(new Ignore("command for @" + c.addressee()));
        }
        return Optional.of(new Ask("/" + c.name() + (c.argument().isEmpty() ? "" : " " + c.argument())));
    }

    private static boolean located(Message message) {
        return message.hasLocation() && message.getLocation().getLatitude() != null
                && message.getLocation().getLongitude() != null;
    }

    private static Verdict locate(Message message) {
        double lat = message.getLocation().getLatitude();
        double lon = message.getLocation().getLongitude();
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return new Ignore("a location off the globe");
        }
        return new Locate(lat, lon);
    }

    private boolean isReplyToMe(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
                && replied.getFrom().getId() == me.id();
    }
}
