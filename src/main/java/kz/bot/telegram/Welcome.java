package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.answer.Choice;
import kz.bot.answer.Messages;
import kz.bot.language.Language;

/**
 * What the bot says first. /start: one friendly paragraph and buttons to begin with (a few example questions, the
 * starting commands, and "Try me in any chat" added by the view). /help: what the bot does, examples, and every public
 * command with its help line, from {@link Command}.
 */
final class Welcome {

    /** Example questions on the welcome: a row each, few enough to fit a phone's screen with the rest. */
    static final int EXAMPLES = 3;

    private Welcome() {
    }

    /** The /start welcome in {@code language}. */
    static Answer start(Language language) {
        Messages say = Messages.get(language);
        List<Choice> choices = new ArrayList<>();
        for (String q : CallbackData.examples(language).subList(0, EXAMPLES)) {
            choices.add(new Choice(q, q));
        }
        for (Command c : Command.starters()) {
            choices.add(new Choice(say.say(c.helpKey()), c.slash()));
        }
        return new Answer.Reply("", say.say("welcome"), List.of(), choices, language);
    }

    /** The /help text in {@code language}. */
    static Answer help(Language language) {
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        lines.add(say.say("start"));
        lines.add("");
        lines.add(say.say("examples"));
        lines.add("");
        lines.add(say.say("help_commands"));
        for (Command c : Command.values()) {
            if (!c.adminOnly()) {
                lines.add(c.helpLine(say));
            }
        }
        return new Answer.Reply("", String.join("\n", lines), List.of(), List.of(), language);
    }
}
