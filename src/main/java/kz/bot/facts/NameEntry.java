package kz.bot.facts;

/** One name by which {@code entity} can be asked about, and its language ("en", "ru", "kk"). */
public record NameEntry(String name, String language, Entity entity) {
}
