package kz.bot.answer;

import java.util.regex.Pattern;
import kz.bot.language.Durations;
import kz.bot.language.Language;

/**
 * Whether a place's summary card answers a question that names the place and asks nothing else of it: "what is
 * Medeu", "who is Abai" and "where is Burabay" get the card; "when is Nauryz" and "how big is Kazakhstan" get it only
 * when it holds a figure; "why" never does.
 */
final class SummaryFit {

    /** A percentage in digits ("90%", "40 %", "12,5 процента"). */
    private static final Pattern PERCENT = Pattern.compile(
            "(?iu)\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent|процент\\p{L}*|пайыз\\p{L}*)");

    private SummaryFit() {
    }

    /**
     * Whether {@code card}, a place's summary, can answer a question of {@code kind} that names the place and nothing
     * else: it says what the place is, who a person is and where a place lies; it answers when or how many only when
     * it holds a figure (a country's area) or, for when, a year or a month outside brackets (a holiday's date) — "how
     * long is the Syr Darya" is not answered by a card that gives the river's region —, how long a journey takes only
     * when it gives a length of time, and never a reason.
     *
     * @param measure the question asks how long, high, deep, far or big something is ({@link Signal#MEASURE})
     */
    static boolean answers(AnswerKind kind, boolean measure, Answer card) {
        return switch (kind) {
            case WHAT, WHO, WHERE, YES_NO -> true;
            // outside brackets: "Population: 515,632 (2023)" does not say when Karaganda became a city
            case WHEN -> saysWhen(card);
            // a length of time, not any figure: "three mountain lakes" does not say how long the drive to them is
            case HOW_LONG -> Durations.said(card.body());
            // a share is no count: "more than 90% of the world's saigas" does not say how many there are
            // and a measure is given in digits: "one of the two great rivers" does not say how long the Syr Darya is
            case HOW_MANY -> (!measure || card.body().chars().anyMatch(Character::isDigit))
                    && holdsFigure(PERCENT.matcher(card.body()).replaceAll(" "), card.language());
            case WHY -> false;
        };
    }

    /** A part in brackets, where a figure's date stands ("(2023)", «(1 января 2026 года)»). */
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");

    /**
     * True when {@code card} says when ({@link UnitFlags#saysWhen}) outside brackets ("Date: 21–23 March", "Founded:
     * 1830"), not only in a figure's date, and in the first part of a line (up to its first semicolon), not in one of
     * the things a place is known for: "coal mining since the 1850s" does not say when Karaganda became a city.
     */
    static boolean saysWhen(Answer card) {
        return card.body().lines().map(line -> line.split(";", 2)[0])
                .anyMatch(part -> UnitFlags.saysWhen(BRACKETS.matcher(part).replaceAll(" ")));
    }

    /** True when {@code answer} gives a figure, in digits or as a number word of its language ("three lakes"). */
    static boolean holdsFigure(Answer answer) {
        return holdsFigure(answer.body(), answer.language());
    }

    private static boolean holdsFigure(String text, Language language) {
        return text.chars().anyMatch(Character::isDigit) || Phrases.of(language).number(Phrases.words(text)) > 0;
    }
}
