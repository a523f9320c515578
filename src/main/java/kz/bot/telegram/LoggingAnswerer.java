package kz.bot.telegram;

import java.time.Clock;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.facts.LoggedQuestion;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * Asks the core and records the question in the question log (for /stats). Messages and button presses go through
 * here; inline queries do not, since they arrive letter by letter as people type.
 */
final class LoggingAnswerer {

    private final Library library;
    private final QuestionLog log;
    private final Clock clock;

    LoggingAnswerer(Library library, QuestionLog log, Clock clock) {
        this.library = library;
        this.log = log;
        this.clock = clock;
    }

    /** The core's answer to {@code text}, with {@code fallback} for text that does not show its language. */
    Answer answer(String text, Language fallback) {
        Answer answer = library.answer(new Question(text, fallback));
        log.record(new LoggedQuestion(clock.instant(), answer.language().code(), answer.kind(), answer.found(), text));
        return answer;
    }
}
