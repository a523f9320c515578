package kz.bot.index;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.bot.language.Language;
import kz.bot.language.Vocabulary;

/**
 * A passage cut into the sentences that are indexed, and may answer, on their own: the JDK's sentence rules for the
 * language, a fragment too short to stand alone kept with what follows, and no break after an abbreviation's stop.
 */
final class Sentences {

    /** Abbreviations that end with a stop inside a sentence (resource {@code abbreviations.txt}). */
    private static final List<String> ABBREVIATIONS = Vocabulary.lines("abbreviations.txt");

    private Sentences() {
    }

    /** The sentences of {@code text}, by the JDK's rules for the language. */
    static List<String> of(String text, Language language) {
        BreakIterator it = BreakIterator.getSentenceInstance(new Locale(language.code()));
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        StringBuilder pending = new StringBuilder();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            pending.append(pending.isEmpty() ? "" : " ").append(s);
            // "about 132 m. below" or a lone "(2024)." is not a sentence of its own, and "(каз. Құрылтай)" does not
            // end one: keep it with what follows
            if ((pending.length() >= 25 && !endsWithAbbreviation(s)) || end == text.length()) {
                out.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            out.add(pending.toString());
        }
        return out;
    }

    /** True when {@code sentence} ends with an abbreviation's stop ("… (каз.", "… e.g."), not a sentence's. */
    static boolean endsWithAbbreviation(String sentence) {
        if (!sentence.endsWith(".")) {
            return false;
        }
        String body = sentence.substring(0, sentence.length() - 1);
        for (String a : ABBREVIATIONS) {
            if (body.endsWith(a) && (body.length() == a.length()
                    || !Character.isLetterOrDigit(body.charAt(body.length() - a.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
