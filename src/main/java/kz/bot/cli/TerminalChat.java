package kz.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import kz.bot.answer.Answer;
import kz.bot.answer.Choice;
import kz.bot.answer.Question;
import kz.bot.kb.Library;

/** The interactive chat in a terminal: prompt, answer, repeat, until Ctrl-D or /quit. */
public final class TerminalChat {

    private TerminalChat() {
    }

    public static void run(Library library, BufferedReader in, PrintStream out) throws IOException {
        var report = library.report();
        out.printf("Kazakhstan bot — %d documents, %d passages, %d facts. Ask in English, Russian or Kazakh;"
                + " /help for commands, /quit or Ctrl-D to leave.%n", report.documents(), report.passages(),
                report.facts());
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
            Answer answer = library.answer(Question.of(line));
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
