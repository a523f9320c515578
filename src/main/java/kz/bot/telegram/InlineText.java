package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;

/**
 * The words of an inline result: a title that names what the answer answers (the place, the fact, the document a
 * passage comes from) and one clean line of description (what the answer says beyond its title, without the asides
 * about older sources or untranslated values, without line breaks or stray dots).
 */
final class InlineText {

    /** A citation's date at its end: ", 2026-11-29". */
    private static final Pattern DATE = Pattern.compile(",\\s*\\d{4}(-\\d{2}){0,2}\\s*$");
    /** Two or more dots that are not an ellipsis meant as one: a glitch of extracted text. */
    private static final Pattern DOTS = Pattern.compile("\\s*\\.{2,}");
    /** What separates the lines of an answer on the description's one line. */
    static final String SEPARATOR = " · ";

    private InlineText() {
    }

    /** What the answer answers: a passage's document, else its title, else its first line. */
    static String title(Answer answer) {
        if (answer instanceof Answer.PassageAnswer && !answer.sources().isEmpty()) {
            return clean(DATE.matcher(answer.sources().get(0)).replaceFirst(""));
        }
        if (!answer.title().isBlank()) {
            return clean(answer.title());
        }
        return lines(answer).stream().findFirst().orElse("");
    }

    /** One line: what the answer says beyond {@code title}; its source when it says nothing more. */
    static String description(Answer answer, String title) {
        List<String> shown = new ArrayList<>();
        for (String line : lines(answer)) {
            if (!line.equalsIgnoreCase(title)) {
                shown.add(line);
            }
        }
        if (shown.isEmpty()) {
            return answer.sources().isEmpty() ? "" : clean(String.join("; ", answer.sources()));
        }
        return String.join(SEPARATOR, shown);
    }

    /** The answer's body lines, cleaned, without blank lines and asides. */
    private static List<String> lines(Answer answer) {
        Messages say = Messages.get(answer.language());
        List<String> asides = List.of(prefix(say.say("older")), prefix(say.say("older_text")),
                prefix(say.say("only_english")));
        List<String> out = new ArrayList<>();
        for (String raw : answer.body().split("\n")) {
            String line = clean(raw);
            if (!line.isEmpty() && asides.stream().noneMatch(a -> !a.isEmpty() && line.startsWith(a))) {
                out.add(line);
            }
        }
        return out;
    }

    /** The fixed start of a message template, before its first argument. */
    private static String prefix(String template) {
        int arg = template.indexOf('%');
        return (arg < 0 ? template : template.substring(0, arg)).strip();
    }

    /** Whitespace made single spaces, runs of dots made one. */
    static String clean(String text) {
        return DOTS.matcher(text.replaceAll("\\s+", " ")).replaceAll(".").strip();
    }

    /** {@code text} cut to {@code max} characters between words, with "…" when cut; never inside a surrogate pair. */
    static String shorten(String text, int max) {
        String one = clean(text);
        if (one.length() <= max) {
            return one;
        }
        int end = max - 1;
        int space = one.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        } else if (Character.isHighSurrogate(one.charAt(end - 1))) {
            end--;
        }
        return one.substring(0, end).stripTrailing().replaceAll("[,;:·—-]+$", "").stripTrailing() + "…";
    }
}
