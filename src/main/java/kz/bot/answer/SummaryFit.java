package kz.bot.answer;

/**
 * Whether a place's summary card answers a question that names the place and asks nothing else of it: "what is
 * Medeu", "who is Abai" and "where is Burabay" get the card; "when is Nauryz" and "how big is Kazakhstan" get it only
 * when it holds a figure; "why" never does.
 */
final class SummaryFit {

    private SummaryFit() {
    }

    /**
     * Whether {@code card}, a place's summary, can answer a question of {@code kind} that names the place and nothing
     * else: it says what the place is, who a person is and where a place lies; it answers when, how many or how long
     * only when it holds a figure (a holiday's date, a country's area) — "how long is the Syr Darya" is not answered
     * by a card that gives the river's region — and it never gives a reason.
     */
    static boolean answers(AnswerKind kind, Answer card) {
        return switch (kind) {
            case WHAT, WHO, WHERE, YES_NO -> true;
            case WHEN, HOW_LONG, HOW_MANY -> holdsFigure(card);
            case WHY -> false;
        };
    }

    /** True when {@code answer} gives a figure, in digits or as a number word of its language ("three lakes"). */
    static boolean holdsFigure(Answer answer) {
        return answer.body().chars().anyMatch(Character::isDigit)
                || Phrases.of(answer.language()).number(Phrases.words(answer.body())) > 0;
    }
}
