package kz.bot.answer;

/** A follow-up the user can pick (a button in Telegram): what it says, and the command it sends. */
public record Choice(String label, String command) {
}
