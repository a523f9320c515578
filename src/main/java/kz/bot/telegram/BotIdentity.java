package kz.bot.telegram;

/** Who the bot is, from getMe: its user id (to recognise replies to it) and username (for commands and mentions). */
public record BotIdentity(long id, String username) {
}
