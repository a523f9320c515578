package kz.bot.telegram;

import java.time.Clock;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.facts.LoggedQuestion;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * Asks the core and records the question in the question log (for /stats). Messages, edits and button presses go
 * through here; inline queries do not, since they arrive letter by letter as people type; nor do "More" presses,
 * which show more of an answer already logged.
 */
final class LoggingAnswerer {

    /** What the log records for a shared location: never the coordinates themselves. */
    static final String LOCATION = "(location)";

    private final Library library;
    private final QuestionLog log;
    private final Clock clock;

    LoggingAnswerer(Library library, QuestionLog log, Clock clock) {
        this.library = library;
        this.log = log;
        this.clock = clock;
    }

    /** The core's answer to {@code question}, logged. */
    Answer answer(Question question) {
        return record(question.text(), library.answer(question));
    }

    /** The core's answer to a shared location, logged without the coordinates. */
    Answer locate(double lat, double lon, Language language) {
        return record(LOCATION, library.locate(lat, lon, language));
    }

    /** Logs {@code text} as answered by {@code answer} (an answer the bot gave without the core); returns it. */
    Answer record(String text, Answer answer) {
        log.record(new LoggedQuestion(clock.instant(), answer.language().code(), answer.kind(), answer.found(), text));
        return answer;
    }

    /** The library the answers come from. */
    Library library() {
        return library;
    }
}
