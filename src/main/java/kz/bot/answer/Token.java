package kz.bot.answer;

import java.util.Set;

/**
 * One word of a text as an analysis chain reads it: where it stands ({@code [start, end)} in the text) and its forms
 * (one, or several stacked alternatives such as a Kazakh word and its stems).
 */
public record Token(int start, int end, Set<String> forms) {

    public Token {
        forms = Set.copyOf(forms);
    }
}
