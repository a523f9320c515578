package kz.bot.telegram;

import java.util.Set;
import kz.bot.answer.Answer;

/**
 * An answer as one message shows it: the page shown (from 1), the extra buttons beside the answer's own choices, and
 * how its "More" button finds the answer again: by the command that gives it ({@code command}), else by the token
 * under which {@link ChatMemory} keeps it ({@code kept}, empty until it is kept) — a question's answer depends on its
 * conversation, so it cannot simply be asked again.
 */
record View(Answer answer, String command, String kept, int page, Set<Extra> extras) {

    View {
        command = command == null ? "" : command;
        kept = kept == null ? "" : kept;
        extras = Set.copyOf(extras);
        if (page < 1) {
            throw new IllegalArgumentException("no page " + page);
        }
    }

    /** The first page of {@code answer}. */
    static View of(Answer answer, String command, Set<Extra> extras) {
        return new View(answer, command, "", 1, extras);
    }

    View atPage(int other) {
        return new View(answer, command, kept, other, extras);
    }

    View keptAs(String token) {
        return new View(answer, command, token, page, extras);
    }

    View without(Extra extra) {
        return new View(answer, command, kept, page, extras.stream().filter(e -> e != extra)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
