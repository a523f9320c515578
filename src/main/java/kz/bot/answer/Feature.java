package kz.bot.answer;

/**
 * The named measurements the scorer weighs for each candidate answer. Each is a number, mostly in [-1, 1]; what
 * each one measures is said here, and the weights learnt for them are in {@code /answer/weights.properties}.
 */
public enum Feature {
    /** Always 1: the scorer's intercept. */
    BIAS(0),
    /** Share of the question's content words, weighted by rarity, that the candidate contains. */
    COVERAGE(1),
    /** The rarest content word the candidate lacks, relative to the rarest content word (0 when none is missing). */
    MISSED_RARE(-1),
    /** Share of the content words' weight that no unit of the knowledge contains at all. */
    UNKNOWN(-1),
    /** 1 when the question has no content words besides names and question words. */
    NO_CONTENT(0),
    /** For a fact: share of the content words that its attribute's name (or a synonym of it) accounts for. */
    ATTRIBUTE_NAME(1),
    /** For a fact: share of its attribute's name words that the question does not contain. */
    ATTRIBUTE_EXTRA(-1),
    /** +1 when the candidate is about a place the question names, -1 when a place is named and it is not. */
    PLACE(1),
    /** 1 for a fact about the country when the question names no other place. */
    COUNTRY_FACT(0),
    /** 1 when the candidate is about the place the conversation was about (the question names none). */
    CONTEXT_PLACE(1),
    /** 1 when the question names a place that is not ours and nothing of ours. */
    FOREIGN(-1),
    /** 1 when the question names a place that is not ours and the candidate does not mention it. */
    FOREIGN_MISSED(-1),
    /** +1 when the candidate holds what the question asks for (a figure for "how many"…), -1 when it cannot. */
    KIND(1),
    /** 1 for a fact whose attribute is a name of its entity (Russian, Kazakh, Also Known As). */
    NAME_ATTRIBUTE(0),
    /** Kind of unit: a fact, a passage, a sentence (one of the three is 1). */
    IS_FACT(0),
    IS_PASSAGE(0),
    IS_SENTENCE(0),
    /** The search engine's score relative to the best in its search. */
    BM25(1),
    /** 1 when the candidate repeats a value a newer document replaced. */
    STALE(-1),
    /** 1 when the candidate's document is older than another on some point. */
    OUTDATED(-1),
    /**
     * 1 when the candidate is a fact whose attribute names the other end of a scale the question asks one end of
     * ("Record Low Temperature" for "the hottest"; {@link Scales}): like a stale value, it never wins.
     */
    OTHER_END(-1),
    /** 1 when the candidate has text in the question's language (a fact's value, a passage or its translation). */
    OWN_LANGUAGE(1),
    /** 1 for the passage that says what a document is. */
    ABOUT(-1),
    /** The text's length, log-scaled to about [0, 1]. */
    LENGTH(0),
    /** Signals of the question: an opinion asked, live data asked, the future asked. */
    OPINION(-1),
    REALTIME(-1),
    FUTURE(-1),
    /** 1 when the candidate contains every content word of the question. */
    ALL_COVERED(1),
    /** How many content words the question has, up to 5, over 5: a one-word question says little. */
    CONTENT_WORDS(0),
    /** A fact that holds every content word and whose attribute name holds some of them: the surest kind. */
    FULL_FACT(1),
    /**
     * A fact whose attribute name is exactly what the question asks ("the capital" of Kazakhstan), about the place
     * named or the country: every content word is in the name and every word of the name is in the question.
     */
    EXACT_ATTRIBUTE(1),
    /** A passage or sentence that holds every content word, about the place named (if any). */
    FULL_TEXT(1),
    /** How much knowledge there is: log10 of the number of units, over 5 (the same for every candidate). */
    KNOWLEDGE_SIZE(0),
    /** The winner's rank score, over 20 (used in the second step only). */
    SCORE(1),
    /** The score gap to the next candidate (used in the second step, for the winner only). */
    MARGIN(1),
    /**
     * How much of the question's word order a passage or sentence repeats: the share of its neighbouring words that
     * stand close together in the same order in the text ("the parliament of Kazakhstan is called…"), rather than
     * scattered over it (used in the second step, for the winner only).
     */
    PHRASE(1),
    /**
     * How many other units say what the winner says, from other passages or facts (two sources agreeing on 124
     * ethnic groups), up to 3, over 3 (used in the second step, for the winner only).
     */
    SUPPORT(1);

    private final int sign;

    Feature(int sign) {
        this.sign = sign;
    }

    /**
     * Which way this feature may push a score, whatever the labeled questions say: +1 only up (more of the question
     * covered is never worse), -1 only down (a stale value is never better), 0 either way. {@code tune} keeps every
     * learnt weight on its side: noise in a few hundred questions must not teach the bot that outdated is good.
     */
    public int sign() {
        return sign;
    }
}
