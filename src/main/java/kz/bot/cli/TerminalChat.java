package kz.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import kz.bot.answer.Answer;
import kz.bot.answer.Choice;
import kz.bot.answer.Dialogue;
import kz.bot.kb.Library;
import kz.bot.language.Language;

/**
 * The interactive chat in a terminal: prompt, answer, repeat, until Ctrl-D or /quit. One conversation: a question goes
 * on from the last answer's place and language, as in Telegram.
 */
public final class TerminalChat {

    private TerminalChat() {
    }

    public static void run(Library library, BufferedReader in, PrintStream out) throws IOException {
        var report = library.report();
        out.printf("Kazakhstan bot — %d documents, %d passages, %d facts. Ask in English, Russian or Kazakh;"
                + " /help for commands, /quit or Ctrl-D to leave.%n", report.documents(), report.passages(),
                report.facts());
        Dialogue dialogue = Dialogue.START;
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
                out.println();
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            Answer answer = library.answer(dialogue.question(line, Language.EN));
            dialogue = dialogue.after(answer); // "and its population?" goes on from here
            out.println(answer.text());
            if (!answer.choices().isEmpty() && answer.choices().size() <= 12) {
                out.print("→");
                for (Choice c : answer.choices()) {
                    out.print("  " + c.command());
                }
                out.println();
            }
            out.println();
        }
    }
}
