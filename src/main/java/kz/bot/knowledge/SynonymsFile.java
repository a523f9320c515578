package kz.bot.knowledge;

/** The text of {@code synonyms.txt} (Solr synonym format), kept as written; the index package parses it. */
public record SynonymsFile(String file, String text) {
}
