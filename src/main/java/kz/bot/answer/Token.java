package kz.bot.answer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One word of a text as an analysis chain reads it: where it stands ({@code [start, end)} in the text) and its forms
 * (one, or several stacked alternatives such as a Kazakh word and its stems). The forms keep the order the chain gave
 * them in: whatever goes through them in turn (fuzzy matching, which stops at a budget) does the same in every run,
 * where {@code Set.copyOf}'s order changes from one start of the JVM to the next.
 */
public record Token(int start, int end, Set<String> forms) {

    public Token {
        forms = Collections.unmodifiableSet(new LinkedHashSet<>(forms));
    }
}
