package kz.bot.answer;

/**
 * A unit a search found, with what the answering core needs to judge it without reading its text.
 *
 * @param unit      the unit's number in the index, for {@link TextIndex#unit}
 * @param score     the search engine's score (BM25); comparable only within one search
 * @param covered   bit i is set when the unit contains query word i (by any of its alternatives)
 * @param entity    for a fact, the entity's id; -1 otherwise
 * @param attribute for a fact, the attribute key; empty otherwise
 * @param flags     {@link UnitFlags} bits: what the unit's text holds (a figure, a year…) and whether it is outdated
 * @param words     the unit's length in words (of its longest language)
 * @param languages bit {@code 1 << language.ordinal()} set for each language the unit has text in
 */
public record Hit(int unit, UnitKind kind, float score, long covered, long entity, String attribute, int flags,
                  int words, int languages) {

    /** True when the unit has text in {@code language}. */
    public boolean in(kz.bot.language.Language language) {
        return (languages & (1 << language.ordinal())) != 0;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean covers(int word) {
        return word < 64 && (covered & (1L << word)) != 0;
    }
}
