package kz.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.bot.ShippedKnowledge;
import kz.bot.answer.Answer;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The questions people most often ask about Kazakhstan ({@code golden/common-100.tsv}, in English, Russian and Kazakh),
 * asked of the shipped knowledge as `eval` asks them: none may be answered wrongly, a Russian or Kazakh answer must be
 * in its question's language, and the number answered right may not fall below what it was when this floor was last
 * raised (the goal, every one of them answered, is not met yet: the rest are "I don't know").
 */
class CommonQuestionsTest {

    private static final Path FILE = Path.of("src/test/resources/golden/common-100.tsv");
    /**
     * Answered right on November 30, 2026, after restatements below the runner-up count as support (123 of 137); still
     * 123 with the knowledge grown to 19 documents; 127 with 21 documents and the weights tuned again on them ("When did
     * the Virgin Lands campaign start?", the share of ethnic Kazakhs, the driving side, where to buy a SIM card and
     * «Қазақстанның діні қандай?», withheld before, now answered; «Қазақстанның әнұраны қандай?» still just below).
     */
    private static final int RIGHT_AT_LEAST = 127;

    @Test
    void commonQuestionsAreAnsweredRightOrNotAtAll() throws IOException {
        List<LabeledQuestion> questions = LabeledQuestion.read(FILE);
        List<String> wrong = new ArrayList<>();
        int right = 0;
        for (LabeledQuestion q : questions) {
            Answer a = ShippedKnowledge.library().answer(kz.bot.answer.Question.of(q.text()));
            switch (q.judge(a, false)) {
                case RIGHT -> {
                    right++;
                    if (q.language() != Language.EN && !LabeledQuestion.inLanguage(a.body(), q.language())) {
                        wrong.add(q.line() + " answered in another language: " + a.body());
                    }
                }
                case WRONG -> wrong.add(q.line() + " «" + q.text() + "» → " + a.body());
                case DONT_KNOW -> { }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(questions.size() >= 100, questions.size() + " common questions");
        assertTrue(right >= RIGHT_AT_LEAST, right + " of " + questions.size() + " answered right");
    }
}
