package kz.bot.knowledge;

/**
 * Another name of an entity: its name in Russian or Kazakh, a former name, another spelling.
 *
 * @param usual true for the name people use today in that language (shown in answers), false for former names and
 *              other spellings (only recognised in questions)
 */
public record Alias(String name, String language, boolean usual) {
}
