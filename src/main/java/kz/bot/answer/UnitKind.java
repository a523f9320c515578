package kz.bot.answer;

/** What a unit of the knowledge index is. */
public enum UnitKind {
    /** One attribute of one entity, with its newest value: "Almaty — Population: 2,347,924". */
    FACT,
    /** A paragraph, bullet or note of a document. */
    PASSAGE,
    /** One sentence of a passage, in one language. */
    SENTENCE
}
