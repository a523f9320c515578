package kz.bot.answer;

/**
 * The named measurements the scorer weighs for each candidate answer. Each is a number, mostly in [-1, 1]; what
 * each one measures is said here, and the weights learnt for them are in {@code /answer/weights.properties}.
 */
public enum Feature {
    /** Always 1: the scorer's intercept. */
    BIAS,
    /** Share of the question's content words, weighted by rarity, that the candidate contains. */
    COVERAGE,
    /** The rarest content word the candidate lacks, relative to the rarest content word (0 when none is missing). */
    MISSED_RARE,
    /** Share of the content words' weight that no unit of the knowledge contains at all. */
    UNKNOWN,
    /** 1 when the question has no content words besides names and question words. */
    NO_CONTENT,
    /** For a fact: share of the content words that its attribute's name (or a synonym of it) accounts for. */
    ATTRIBUTE_NAME,
    /** For a fact: share of its attribute's name words that the question does not contain. */
    ATTRIBUTE_EXTRA,
    /** +1 when the candidate is about a place the question names, -1 when a place is named and it is not. */
    PLACE,
    /** 1 for a fact about the country when the question names no other place. */
    COUNTRY_FACT,
    /** 1 when the candidate is about the place the conversation was about (the question names none). */
    CONTEXT_PLACE,
    /** 1 when the question names a place that is not ours and nothing of ours. */
    FOREIGN,
    /** 1 when the question names a place that is not ours and the candidate does not mention it. */
    FOREIGN_MISSED,
    /** +1 when the candidate holds what the question asks for (a figure for "how many"…), -1 when it cannot. */
    KIND,
    /** 1 for a fact whose attribute is a name of its entity (Russian, Kazakh, Also Known As). */
    NAME_ATTRIBUTE,
    /** Kind of unit: a fact, a passage, a sentence (one of the three is 1). */
    IS_FACT, IS_PASSAGE, IS_SENTENCE,
    /** The search engine's score relative to the best in its search. */
    BM25,
    /** 1 when the candidate repeats a value a newer document replaced. */
    STALE,
    /** 1 when the candidate's document is older than another on some point. */
    OUTDATED,
    /** 1 when the candidate has text in the question's language (a fact's value, a passage or its translation). */
    OWN_LANGUAGE,
    /** 1 for the passage that says what a document is. */
    ABOUT,
    /** The text's length, log-scaled to about [0, 1]. */
    LENGTH,
    /** Signals of the question: an opinion asked, live data asked, the future asked. */
    OPINION, REALTIME, FUTURE,
    /** 1 when the candidate contains every content word of the question. */
    ALL_COVERED,
    /** How many content words the question has, up to 5, over 5: a one-word question says little. */
    CONTENT_WORDS,
    /** A fact that holds every content word and whose attribute name holds some of them: the surest kind. */
    FULL_FACT,
    /**
     * A fact whose attribute name is exactly what the question asks ("the capital" of Kazakhstan), about the place
     * named or the country: every content word is in the name and every word of the name is in the question.
     */
    EXACT_ATTRIBUTE,
    /** A passage or sentence that holds every content word, about the place named (if any). */
    FULL_TEXT,
    /** The winner's rank score, over 20 (used in the second step only). */
    SCORE,
    /** The score gap to the next candidate (used in the second step, for the winner only). */
    MARGIN
}
