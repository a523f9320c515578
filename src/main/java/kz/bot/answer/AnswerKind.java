package kz.bot.answer;

/** What kind of answer a question asks for, from its question words. */
public enum AnswerKind {
    /** A person: who. */
    WHO,
    /** A year or a date: when, what year. */
    WHEN,
    /** A length of time: how long does it take, how many hours, «сколько ехать», «қанша уақыт». */
    HOW_LONG,
    /** A figure: how many, how much, how big. */
    HOW_MANY,
    /** A place or a direction: where, which region. */
    WHERE,
    /** A reason: why. */
    WHY,
    /** Yes or no: is, are, does. */
    YES_NO,
    /** Anything else: what, which, tell me about. */
    WHAT
}
