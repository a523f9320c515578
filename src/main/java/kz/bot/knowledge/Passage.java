package kz.bot.knowledge;

/** A paragraph-sized piece of prose, with the section it stands in (empty when none) and its first line. */
public record Passage(String section, String text, int line) {
}
