package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that asks two things joined by a word such as "and" («население и площадь Алматы», "when was it founded
 * and how many people live there", «халқы мен аумағы»): its two halves, each a question of its own with the places
 * the other half names, and the two answers given together. Only a message the bot could not answer whole is split,
 * and only when both halves are answered. Stateless.
 */
final class TwoQuestions {

    /** Two joining words at most are tried: a longer chain is no longer two questions. */
    static final int MOST_SPLITS = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    /** The two halves of one split, as texts to ask. */
    record Halves(String first, String second) {
    }

    private TwoQuestions() {
    }

    /**
     * The ways {@code r} splits at a joining word ({@code word.joins}) with a meaningful word on each side and outside
     * every name, in the order the joining words come; each half carries the names of the places only the other half
     * says ("population and area of Almaty": "population Almaty" and "area of Almaty"). Empty when it does not split.
     */
    static List<Halves> of(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        String text = r.text();
        List<Halves> halves = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && halves.size() < MOST_SPLITS) {
            int start = m.start();
            int end = m.end();
            if (!phrases.has("word.joins", new String[] {m.group().toLowerCase(Locale.ROOT)})
                    || r.places().stream().anyMatch(p -> p.start() < end && start < p.end())
                    || !meaningfulWordIn(r, 0, start) || !meaningfulWordIn(r, end, text.length())) {
                continue;
            }
            halves.add(new Halves(withPlaces(r, 0, start), withPlaces(r, end, text.length())));
        }
        return halves;
    }

    /** True when a content word of {@code r} lies wholly between {@code from} and {@code to}. */
    private static boolean meaningfulWordIn(Reading r, int from, int to) {
        return r.words().stream().anyMatch(w -> w.role() == Word.Role.CONTENT && w.start() >= from && w.end() <= to);
    }

    /** The text between {@code from} and {@code to}, with the names of the places said only outside it. */
    private static String withPlaces(Reading r, int from, int to) {
        StringBuilder half = new StringBuilder(r.text().substring(from, to).strip());
        Set<Long> said = new HashSet<>();
        r.places().stream().filter(p -> p.start() >= from && p.end() <= to).forEach(p -> said.add(p.entity().id()));
        for (Place p : r.places()) {
            if ((p.start() < from || p.end() > to) && said.add(p.entity().id())) { // a place named twice: once
                half.append(' ').append(r.text(), p.start(), p.end());
            }
        }
        return half.toString();
    }

    /**
     * Both answers as one, or null when either half was not answered, or both got the same answer (the halves then
     * asked one thing): a fact answer when both are facts, else a passage answer; about what the second answered.
     */
    static Answer joined(Answer first, Answer second) {
        if (!answered(first) || !answered(second) || first.body().equals(second.body())) {
            return null;
        }
        String body = part(first) + "\n\n" + part(second);
        List<String> sources = new ArrayList<>(new LinkedHashSet<>(first.sources()));
        second.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return first instanceof Answer.FactAnswer && second instanceof Answer.FactAnswer
                ? new Answer.FactAnswer("", body, sources, List.of(), second.language(), second.topic())
                : new Answer.PassageAnswer("", body, sources, List.of(), second.language(), second.topic());
    }

    /** An answer of the knowledge: a fact or a passage (not small talk, a command's reply or "I don't know"). */
    private static boolean answered(Answer a) {
        return a instanceof Answer.FactAnswer || a instanceof Answer.PassageAnswer;
    }

    private static String part(Answer a) {
        return a.title().isEmpty() ? a.body() : a.title() + "\n" + a.body();
    }
}
