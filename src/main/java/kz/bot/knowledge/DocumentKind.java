package kz.bot.knowledge;

/** The two document formats the loader reads, told apart by content. */
public enum DocumentKind {
    /** Light markup: front matter, FACTBOX, SECTION, city entries, TABLE, bullets, CALLOUT. */
    GUIDE,
    /** Plain-text news: title, byline with the date, paragraphs. */
    ARTICLE
}
