package kz.bot.knowledge;

/** A country, region or city as a document names it ("Almaty", "South Kazakhstan"). */
public record EntityName(EntityKind kind, String name) {
}
