package kz.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Explanation;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * {@code ask "question"} answers once; {@code ask} alone answers each line of standard input. With {@code --json},
 * one JSON object per question; with {@code --conversation}, each line continues one conversation (follow-ups such
 * as "and its population?" refer to the last answer); with {@code --explain}, how each answer was found.
 */
public final class Ask {

    /** How answers are printed. */
    public record Mode(boolean json, boolean conversation, boolean explain) {
    }

    private Ask() {
    }

    /** Answers the question in {@code words}, or every line of {@code in} when there are none. */
    public static int run(Library library, List<String> words, Mode mode, BufferedReader in, PrintStream out)
            throws IOException {
        Dialogue dialogue = Dialogue.START;
        if (!words.isEmpty()) {
            print(library, String.join(" ", words), dialogue, mode, out);
            return 0;
        }
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                Answer answer = print(library, line, mode.conversation() ? dialogue : Dialogue.START, mode, out);
                dialogue = dialogue.after(answer);
            }
        }
        return 0;
    }

    private static Answer print(Library library, String question, Dialogue dialogue, Mode mode, PrintStream out) {
        Explanation explained = library.explain(dialogue.question(question, Language.EN));
        Answer answer = explained.answer();
        if (mode.explain()) {
            out.println(library.describe(explained));
            out.println();
        } else if (mode.json()) {
            out.println(AnswerJson.of(question, answer));
        } else {
            out.println(answer.text());
            out.println();
        }
        out.flush();
        return answer;
    }
}
