package kz.bot.telegram;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.CommandCall;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Question;
import kz.bot.language.Language;

/**
 * The answer to something a user sent, as a view: /start and /help from {@link Welcome}, everything else from the
 * core within the user's conversation. Admin commands never come here.
 */
final class Responder {

    /** A new answer offers its place's map and what is near it (shown only for a place the knowledge locates). */
    static final Set<Extra> PLACE = EnumSet.of(Extra.MAP, Extra.NEARBY);

    private final LoggingAnswerer answerer;

    Responder(LoggingAnswerer answerer) {
        this.answerer = answerer;
    }

    /** The view answering {@code text} in conversation {@code dialogue}, asked by a user of {@code language}. */
    View answer(String text, Dialogue dialogue, Language language) {
        Question question = dialogue.question(text, language);
        Optional<CommandCall> call = CommandCall.parse(text);
        Optional<Command> command = call.flatMap(c -> Command.of(c.name()));
        if (command.isPresent() && command.get() == Command.START) {
            Answer welcome = answerer.record(text, Welcome.start(question.preferred()));
            return View.of(welcome, text, EnumSet.of(Extra.TRY_INLINE));
        }
        if (command.isPresent() && command.get() == Command.HELP) {
            return View.of(answerer.record(text, Welcome.help(question.preferred())), text, Set.of());
        }
        return View.of(answerer.answer(question), call.isPresent() ? text : "", PLACE);
    }

    /** The answer to {@code command} asked again in {@code language}, for a "More" press: not logged again. */
    View again(String command, Language language, Set<Extra> extras) {
        Question question = new Question(command, language, null, language);
        Optional<Command> c = CommandCall.parse(command).flatMap(call -> Command.of(call.name()));
        Answer answer;
        if (c.isPresent() && c.get() == Command.START) {
            answer = Welcome.start(language);
        } else if (c.isPresent() && c.get() == Command.HELP) {
            answer = Welcome.help(language);
        } else {
            answer = answerer.library().answer(question);
        }
        return View.of(answer, command, extras);
    }
}
