package kz.bot.answer;

import java.util.List;
import java.util.Optional;
import kz.bot.knowledge.EntityKind;

/**
 * Which place of the conversation's last list a question points at: "the third one", «в третьем городе»,
 * «үшіншісінде», "the last one". An ordinal counts only where it stands alone or before a word of {@code
 * ordinal.then} ("one", «из них») or of region or city, so that "the first president" is not the first city of a
 * ranking; and only when the question names no place of its own. With no list, "the other one" ({@code
 * ordinal.other.self}) is the place the conversation was about before the last one (of two compared).
 */
final class Ordinals {

    /** Ordinals that the phrase lists name, from {@code ordinal.1}; {@code ordinal.last} is the list's last place. */
    static final int MOST = 5;

    /**
     * The place pointed at and where its ordinal stands in the question's text ({@code [start, end)}, with a "one"
     * that follows it): the question is read again with the place's name there.
     */
    record Pointed(long place, int start, int end) {
    }

    private Ordinals() {
    }

    /** What asks, right after an ordinal, makes it point by itself: «во втором сколько», «а первый когда основали». */
    private static final List<String> ASKING = List.of("kind.how_many", "kind.when", "kind.where", "kind.who");

    /** The listed place {@code r} points at in the conversation about {@code topic}, if it points at one. */
    static Optional<Pointed> pointing(Reading r, Topic topic) {
        List<Long> listed = topic.listed();
        if (r.places().stream().anyMatch(p -> p.entity().kind() != EntityKind.COUNTRY) || r.has(Signal.BOTH)) {
            return Optional.empty(); // "from one to the other" is both places, not the other one
        }
        Phrases phrases = Phrases.of(r.language());
        if (listed.isEmpty()) {
            // "and the other one?" after two places were compared: the one the conversation was about before
            List<int[]> other = phrases.spans("ordinal.other.self", r.text());
            return other.isEmpty() || topic.previous() < 0 || topic.entity() < 0 ? Optional.empty()
                    : Optional.of(new Pointed(topic.previous(), other.get(0)[0], other.get(0)[1]));
        }
        for (int i = 1; i <= Math.min(MOST, listed.size()); i++) {
            Optional<Pointed> p = at(phrases, "ordinal." + i, r.text(), listed.get(i - 1));
            if (p.isPresent()) {
                return p;
            }
        }
        return at(phrases, "ordinal.last", r.text(), listed.get(listed.size() - 1));
    }

    /**
     * Where ordinal {@code key} points at {@code place} in {@code text}: its forms that point by themselves ({@code
     * key.self}: «үшіншісінде», "the third one"), or its plain forms alone or before a word that makes them point.
     */
    private static Optional<Pointed> at(Phrases phrases, String key, String text, long place) {
        List<int[]> self = phrases.spans(key + ".self", text);
        if (!self.isEmpty()) {
            return Optional.of(new Pointed(place, self.get(0)[0], self.get(0)[1]));
        }
        List<int[]> spans = phrases.spans(key, text);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int[] span = spans.get(0);
        String rest = text.substring(span[1]);
        String[] after = Phrases.words(rest);
        if (after.length > 0 && phrases.lengthAt("ordinal.then", after, 0) == 0
                && phrases.lengthAt("word.city", after, 0) == 0 && phrases.lengthAt("word.region", after, 0) == 0
                && ASKING.stream().noneMatch(k -> phrases.lengthAt(k, after, 0) > 0)) {
            return Optional.empty(); // "the first president"; but «а во втором сколько живёт» asks of the second
        }
        int end = span[1];
        List<int[]> then = phrases.spans("ordinal.then", rest);
        if (!then.isEmpty() && rest.substring(0, then.get(0)[0]).isBlank()) {
            end += then.get(0)[1]; // "the third one": the name takes the place of both words
        }
        return Optional.of(new Pointed(place, span[0], end));
    }
}
