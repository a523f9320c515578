package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.bot.language.Language;

/**
 * Reads from a question's phrases what it asks for besides its topic: the kind of answer ({@link AnswerKind}) and
 * its {@link Signal}s — an opinion, live data, a comparison, a ranking, a distance, small talk. Stateless and
 * thread-safe.
 */
final class SignalReader {

    private SignalReader() {
    }

    /** The signals whose phrases occur in {@code w}, the question's words. */
    static Set<Signal> signals(Phrases p, String[] w) {
        Set<Signal> s = EnumSet.noneOf(Signal.class);
        add(s, p, w, "signal.opinion", Signal.OPINION);
        add(s, p, w, "signal.realtime", Signal.REALTIME);
        add(s, p, w, "signal.today", Signal.TODAY);
        add(s, p, w, "signal.weather", Signal.WEATHER);
        add(s, p, w, "signal.future", Signal.FUTURE);
        add(s, p, w, "signal.prediction", Signal.PREDICTION);
        add(s, p, w, "signal.document", Signal.DOCUMENT);
        add(s, p, w, "signal.earlier", Signal.EARLIER);
        add(s, p, w, "compare.more", Signal.MORE);
        add(s, p, w, "compare.less", Signal.LESS);
        if (p.has("compare.versus", without(p, "compare.not_versus", w))) {
            s.add(Signal.VERSUS); // not «или нет», "or not": yes or no
        }
        add(s, p, w, "compare.other", Signal.OTHER_MEASURE);
        add(s, p, w, "rank.top", Signal.RANK);
        add(s, p, w, "rank.by_area", Signal.BY_AREA);
        add(s, p, w, "rank.by_population", Signal.BY_POPULATION);
        add(s, p, w, "distance.words", Signal.DISTANCE);
        add(s, p, w, "signal.which", Signal.WHICH);
        add(s, p, w, "signal.definition", Signal.DEFINITION);
        add(s, p, w, "signal.meaning", Signal.MEANING);
        add(s, p, w, "signal.made_of", Signal.MADE_OF);
        add(s, p, w, "signal.price", Signal.PRICE);
        add(s, p, w, "signal.term", Signal.TERM);
        add(s, p, w, "signal.measure", Signal.MEASURE);
        add(s, p, w, "signal.part", Signal.PART);
        add(s, p, w, "word.both", Signal.BOTH);
        add(s, p, w, "smalltalk.greeting", Signal.GREETING);
        add(s, p, w, "smalltalk.thanks", Signal.THANKS);
        add(s, p, w, "smalltalk.bye", Signal.BYE);
        add(s, p, w, "smalltalk.who", Signal.WHO_ARE_YOU);
        add(s, p, w, "smalltalk.can", Signal.WHAT_CAN_YOU_DO);
        add(s, p, w, "smalltalk.help", Signal.HELP);
        add(s, p, w, "smalltalk.how", Signal.HOW_ARE_YOU);
        add(s, p, w, "smalltalk.ok", Signal.OK);
        add(s, p, w, "smalltalk.praise", Signal.PRAISE);
        add(s, p, w, "smalltalk.complaint", Signal.COMPLAINT);
        if (!s.contains(Signal.VERSUS) && p.has("signal.not_opinion", w)) {
            s.remove(Signal.OPINION); // "what is best to see in Almaty", «когда лучше ехать» ask for sights or a season
        }
        boolean temperatureNow = p.has("signal.temperature", w)
                && (s.contains(Signal.TODAY) || p.has("word.now", w)); // «алматыда қазір неше градус»
        if ((s.contains(Signal.WEATHER) || temperatureNow)
                && (s.contains(Signal.TODAY) || !p.has("signal.season", w))) {
            s.add(Signal.REALTIME); // "weather in Almaty" asks for today's; "in winter" asks about the climate
        }
        return s;
    }

    /**
     * Whether a price is asked, once the kind is known: "how much" with a ticket, a pass, a fare or a rent asks for an
     * amount of money ("how much is a day ski pass", «билет сколько»), as "cost" or «сколько стоит» does anywhere; "a
     * low-cost airline" asks for an airline.
     */
    static void price(Phrases p, String[] words, AnswerKind kind, Set<Signal> signals) {
        if (kind == AnswerKind.HOW_MANY && p.has("signal.price_thing", words)) {
            signals.add(Signal.PRICE);
        }
        if (p.has("signal.not_price", words)) {
            signals.remove(Signal.PRICE);
        }
    }

    private static void add(Set<Signal> signals, Phrases p, String[] words, String key, Signal signal) {
        if (p.has(key, words)) {
            signals.add(signal);
        }
    }

    /** The kind of answer the question's words {@code w} ask for; {@link AnswerKind#WHAT} when none says. */
    static AnswerKind kind(Phrases p, String[] w, Language language) {
        if (p.has("kind.what", w)) {
            return AnswerKind.WHAT;
        }
        if (p.has("kind.how_long", w) && !p.has("kind.not_how_long", w)) {
            return AnswerKind.HOW_LONG; // before how many: «сколько ехать» asks for hours, not a figure of anything
        }
        if (p.has("kind.how_many", w)) {
            return AnswerKind.HOW_MANY;
        }
        boolean yesNo = language == Language.EN ? p.startsWith("kind.yes_no", w) : p.has("kind.yes_no", w);
        if (yesNo && p.has("kind.clause", w)) {
            return AnswerKind.YES_NO; // "do i have to register when i land": the "when" is a clause's, nothing asks when
        }
        String[] asked = withoutClauses(p, w); // "where do i get a sim card when i land" asks where, not when
        if (p.has("kind.when", asked)) {
            return AnswerKind.WHEN;
        }
        if (p.has("kind.who", asked)) {
            return AnswerKind.WHO;
        }
        if (p.has("kind.where", asked)) {
            return AnswerKind.WHERE;
        }
        if (p.has("kind.why", asked) && !p.has("kind.not_why", asked)) {
            return AnswerKind.WHY;
        }
        return yesNo ? AnswerKind.YES_NO : AnswerKind.WHAT;
    }

    /** {@code w} without the phrases of {@code key} wherever they stand. */
    private static String[] without(Phrases p, String key, String[] w) {
        List<String> kept = new ArrayList<>(w.length);
        int at = 0;
        while (at < w.length) {
            int length = p.lengthAt(key, w, at);
            if (length > 0) {
                at += length;
            } else {
                kept.add(w[at++]);
            }
        }
        return kept.size() == w.length ? w : kept.toArray(String[]::new);
    }

    /**
     * {@code w} without the clauses of time or place after its first word ("when i land", «когда я прилечу»,
     * «келгенде»); one at the start is the question itself («где я могу купить симку»).
     */
    private static String[] withoutClauses(Phrases p, String[] w) {
        for (int at = 1; at < w.length; at++) {
            int length = p.lengthAt("kind.clause", w, at);
            if (length > 0) {
                String[] rest = new String[w.length - length];
                System.arraycopy(w, 0, rest, 0, at);
                System.arraycopy(w, at + length, rest, at, w.length - at - length);
                return withoutClauses(p, rest);
            }
        }
        return w;
    }

    /**
     * True when a weak word of distance («от … до», «дейін») asks for a distance: in a question of how many, or when
     * no question word and no other content word stands beside it.
     *
     * @param surface the question's words
     * @param words   the question's words as read, with their roles
     */
    static boolean weakDistance(Phrases phrases, String[] surface, AnswerKind kind, List<Word> words) {
        // «сколько от Алматы до Астаны», «от Алматы до Астаны»; not «столица до Астаны», nor «… дейін қай қала»
        return phrases.has("distance.weak", surface) && (kind == AnswerKind.HOW_MANY
                || !phrases.has("question.words", surface)
                && words.stream().noneMatch(w -> w.role() == Word.Role.CONTENT
                        && !phrases.has("distance.weak", Phrases.words(w.surface()))));
    }
}
