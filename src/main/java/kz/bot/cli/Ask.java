package kz.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.kb.Library;

/**
 * {@code ask "question"} answers once; {@code ask} alone answers each line of standard input. With {@code --json},
 * one JSON object per question and line.
 */
public final class Ask {

    private Ask() {
    }

    /** Answers the question in {@code words}, or every line of {@code in} when there are none. */
    public static int run(Library library, List<String> words, boolean json, BufferedReader in, PrintStream out)
            throws IOException {
        if (!words.isEmpty()) {
            print(library, String.join(" ", words), json, out);
            return 0;
        }
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                print(library, line, json, out);
            }
        }
        return 0;
    }

    private static void print(Library library, String question, boolean json, PrintStream out) {
        Answer answer = library.answer(Question.of(question));
        if (json) {
            out.println(AnswerJson.of(question, answer));
        } else {
            out.println(answer.text());
            out.println();
        }
        out.flush();
    }
}
