package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * One scorer and one abstention rule. Every candidate gets the weighted sum of its features; the best one that is
 * allowed to win gets a confidence from its features and its margin over the next; the bot answers when the
 * confidence reaches the threshold. Two kinds of question never get an answer from the knowledge, whatever it holds: one about
 * another country and nothing of ours, and one asking for an opinion or for live data. All numbers are in
 * {@link Weights}. Immutable.
 */
final class Scorer {

    private final Weights weights;
    private final Agreement agreement;
    private final Phrasing phrasing;
    /** Today: a year after this one is the future. */
    private final java.time.Clock clock;

    Scorer(Weights weights, Agreement agreement, Phrasing phrasing) {
        this(weights, agreement, phrasing, java.time.Clock.systemUTC());
    }

    Scorer(Weights weights, Agreement agreement, Phrasing phrasing, java.time.Clock clock) {
        this.weights = weights;
        this.agreement = agreement;
        this.phrasing = phrasing;
        this.clock = clock;
    }

    Weights weights() {
        return weights;
    }

    /** Scores {@code candidates} and decides. */
    Decision decide(Reading r, List<Candidate> candidates) {
        List<Candidate> ranked = ranked(candidates, weights);
        String veto = veto(r);
        if (veto != null) {
            return new Decision(ranked, null, 0, false, veto);
        }
        // support from below the runner-up only ever raises the confidence: it is looked for (reading up to eight
        // candidates' texts) only when the candidates down to the runner-up leave the winner short of the threshold
        Candidate winner = top(r, ranked, agreement, phrasing, 0);
        if (winner == null) {
            // none holds what is asked: the best of them says why
            Candidate best = ranked.stream().filter(c -> mayWin(r, c)).findFirst().orElse(null);
            return best == null ? new Decision(ranked, null, 0, false, "no candidate")
                    : new Decision(ranked, best, 0, false, "abstained: " + WhatIsAsked.lacking(r, best, agreement, phrasing));
        }
        // "when will…" is not answered from below a best candidate that tells only of the past: nothing does
        if (r.kind() == AnswerKind.WHEN && r.has(Signal.FUTURE) && winner.hit().has(UnitFlags.PAST_YEARS)) {
            return new Decision(ranked, winner, 0, false, "abstained: the question asks when something will happen,"
                    + " and the best candidate tells only of the past");
        }
        // a text that shares no meaningful word with the question does not answer it, though it names the place; a
        // fact of the place named may ("what is Kyzylorda region like" — Character: desert)
        boolean placesOwnFact = winner.get(Feature.IS_FACT) > 0 && winner.get(Feature.PLACE) >= 1;
        if (winner.get(Feature.NO_CONTENT) == 0 && winner.get(Feature.COVERAGE) == 0 && !placesOwnFact) {
            return new Decision(ranked, winner, 0, false, "abstained: the best candidate is a text that has none of"
                    + " the question's meaningful words");
        }
        String later = laterYearMissed(r, winner.hit(), java.time.Year.now(clock).getValue());
        if (later != null) {
            return new Decision(ranked, winner, 0, false, "abstained: the question asks about " + later
                    + ", and the best candidate does not speak of that year");
        }
        String earlier = figureOfAnotherYear(r, winner.hit(), java.time.Year.now(clock).getValue());
        if (earlier != null) {
            return new Decision(ranked, winner, 0, false, "abstained: the question asks for a figure of " + earlier
                    + ", and the best candidate is a figure of another year");
        }
        if (weights.confidence(winner.features()) < weights.threshold(winner.features())) {
            winner = top(r, ranked, agreement, phrasing, SUPPORT_WINDOW);
        }
        double confidence = weights.confidence(winner.features());
        double threshold = weights.threshold(winner.features());
        boolean answered = confidence >= threshold;
        String reason = String.format(Locale.ROOT, "%s: confidence %.3f %s threshold %.3f (score %.3f, margin %.3f)",
                answered ? "answered" : "abstained", confidence, answered ? ">=" : "<", threshold,
                winner.score(), winner.get(Feature.MARGIN));
        return new Decision(ranked, winner, confidence, answered, reason);
    }

    /** {@code candidates} scored with {@code weights}, best first. */
    static List<Candidate> ranked(List<Candidate> candidates, Weights weights) {
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            ranked.add(c.withScore(weights.score(c.features())));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return ranked;
    }

    /**
     * The winner of {@code ranked} (scored, best first), with its margin over the first candidate that does not say
     * the same, its score and how much of the question's word order it repeats filled in as features; null when none
     * may win ({@link #mayWin}); of two facts that say the same, the fuller one answers, as sure as the better-matching
     * one — unless the question asks how many.
     */
    static Candidate top(Reading r, List<Candidate> ranked, Agreement agreement, Phrasing phrasing) {
        return top(r, ranked, agreement, phrasing, SUPPORT_WINDOW);
    }

    /**
     * As {@link #top(Reading, List, Agreement, Phrasing)}, looking for support below the runner-up among the first
     * {@code window} candidates (0: none below it).
     */
    static Candidate top(Reading r, List<Candidate> ranked, Agreement agreement, Phrasing phrasing, int window) {
        Candidate winner = null;
        Candidate runnerUp = null;
        Map<Hit, String> years = new HashMap<>(2); // the winner's year, read from its text once
        int support = 0;
        int seen = 0;
        for (Candidate c : ranked) {
            if (!mayWin(r, c)) {
                continue;
            }
            if (winner == null && WhatIsAsked.lacking(r, c, agreement, phrasing) != null) {
                continue; // "с какого года у нас тенге": the next fact gives the year, "Currency: tenge" none
            }
            if (winner == null && agreement.answersWithLeftOut(r, c.hit())) {
                continue; // "the highest peak apart from Khan Tengri": not "Highest Point: Khan Tengri, …"
            }
            if (winner == null) {
                winner = c;
            } else if (runnerUp == null && Siblings.asksForSeveral(r) && Siblings.of(winner, c)) {
                continue; // answered beside the winner ("Speed Limit in Towns" beside "… on Motorways")
            } else if (runnerUp == null && sameFactOfUnnamed(winner, c)) {
                continue; // «қай жылы туған» after the president: Beket Ata's birth is no rival of his
            } else if (runnerUp == null && bothTellTheChoice(r, winner, c)) {
                support++; // «балхаш солёный или пресный»: the lake's fact and a passage on it tell both halves
            } else if (runnerUp == null ? agreement.same(r, winner.hit(), c.hit())
                    : agreement.restatesContent(winner.hit(), c.hit())) {
                // below the runner-up only a restatement counts: a unit that merely shares a year is no support
                if (!agreement.oneAccount(winner.hit(), c.hit())) {
                    support++;
                }
                if (runnerUp == null && (r.kind() != AnswerKind.HOW_MANY || c.hit().words() <= SHORT_LIST_WORDS)
                        && Agreement.restates(winner.hit(), c.hit()) && c.hit().words() > winner.hit().words()) {
                    winner = new Candidate(c.hit(), winner.features(), winner.score()); // "3 — Almaty, Astana…"
                }
            } else if (runnerUp == null && (r.has(Signal.EARLIER) || !Agreement.earlier(winner.hit(), c.hit()))
                    && !(r.kind() == AnswerKind.WHEN && agreement.mentionsYear(winner.hit(), c.hit(),
                    year(r, winner, agreement, years)))) {
                runnerUp = c;
            }
            if (++seen >= window && runnerUp != null) {
                break;
            }
        }
        if (winner == null) {
            return null;
        }
        double[] features = winner.features().clone();
        features[Feature.MARGIN.ordinal()] = margin(winner, runnerUp);
        features[Feature.SCORE.ordinal()] = winner.score() / SCORE_SCALE;
        features[Feature.PHRASE.ordinal()] = phrasing.of(r, winner.hit());
        features[Feature.SUPPORT.ordinal()] = Math.min(MAX_SUPPORT, support) / (double) MAX_SUPPORT;
        return new Candidate(winner.hit(), features, winner.score());
    }

    /**
     * True when the question names no place, {@code winner} is a fact of the conversation's place and {@code c} the
     * same fact of something neither the question nor the conversation named: in a conversation a question without a
     * subject («қай жылы туған», "and the area?") is about the conversation's, so the same label of everything else
     * does not make the answer unsure.
     */
    static boolean sameFactOfUnnamed(Candidate winner, Candidate c) {
        return winner.hit().kind() == UnitKind.FACT && c.hit().kind() == UnitKind.FACT
                && winner.get(Feature.CONTEXT_PLACE) > 0 && winner.get(Feature.PLACE) == 0
                && c.get(Feature.CONTEXT_PLACE) == 0 && c.get(Feature.PLACE) == 0
                && winner.hit().entity() != c.hit().entity()
                && winner.hit().attribute().equals(c.hit().attribute());
    }

    /**
     * True when the question asks which of two ("fresh or salty", «солёный или пресный») about the place it names, and
     * both candidates are of that place and say every word of it: they tell the same choice, so the second is no
     * rival of the first.
     */
    static boolean bothTellTheChoice(Reading r, Candidate winner, Candidate c) {
        return r.has(Signal.VERSUS) && r.places().size() == 1 && r.foreign().isEmpty()
                && winner.get(Feature.ALL_COVERED) > 0 && c.get(Feature.ALL_COVERED) > 0
                && winner.get(Feature.PLACE) > 0 && c.get(Feature.PLACE) > 0;
    }

    /**
     * False for a candidate that cannot answer whatever its score: a value a newer document replaced, a fact of the
     * other end of a scale than the one asked ({@link Scales}), and, when the question asks how long it takes or for
     * how many years ({@link Signal#TERM}), a text that gives no length of time ("Number of Deputies: 145" for "for
     * how many years are deputies elected", where the passage "…98 deputies elected for five years" answers) unless it
     * is a distance that tells how long a journey is ({@link #journeyAnsweredByDistance}), and a
     * count when the question asks which one ({@link #countOfWhichIsAsked}); and a fact of a place the question leaves
     * out ({@link Exclusions}).
     */
    static boolean mayWin(Reading r, Candidate c) {
        return c.get(Feature.STALE) == 0 && c.get(Feature.OTHER_END) == 0
                && !(c.hit().kind() == UnitKind.FACT && r.leavesOut(c.hit().entity())) // "apart from the Caspian"
                && (!r.has(Signal.TERM) && r.kind() != AnswerKind.HOW_LONG || c.hit().has(UnitFlags.DURATION)
                || journeyAnsweredByDistance(r, c))
                && !countOfWhichIsAsked(r, c) && !figureOfWhatIsAsked(r, c) && !listNamingWhatIsAsked(r, c)
                && !sightsOfAnUnnamedPlace(r, c) && !figureOfAnotherPlace(r, c) && !groupUnsaid(r, c)
                && !figureOfAMeaningAsked(r, c);
    }

    /**
     * True when {@code r} asks how long a journey takes (not for how many years) and {@code c} is a place's distance
     * from a city («а до тамгалы скока ехать по расстоянию»: "Distance From Almaty: about 170 km"): where no time is
     * known, how far it is tells it, as for a journey between two places named ({@link Computations}).
     */
    static boolean journeyAnsweredByDistance(Reading r, Candidate c) {
        return r.kind() == AnswerKind.HOW_LONG && !r.has(Signal.TERM) && c.hit().kind() == UnitKind.FACT
                && c.hit().attribute().startsWith(Distances.DISTANCE + " ");
    }

    /**
     * True when {@code r} asks what a word or a term means and {@code c} is a fact giving a figure, or a fact of the
     * place named, that neither is named for a meaning ({@code word.meaning}: "Name Meaning: «five fingers»" says what
     * beshbarmak means) nor describes its bearer ("What It Is"): "Rural Migration Deficit: over 111,000 (2024)" does
     * not say what a rural migration deficit is (the article's "the difference between arrivals and departures" does),
     * nor "Kok-Tobe — Region" what Kok-Tobe means (the passage "whose name means «green hill»" does).
     */
    private static boolean figureOfAMeaningAsked(Reading r, Candidate c) {
        return r.has(Signal.MEANING) && c.hit().kind() == UnitKind.FACT && !tellsTheMeaning(c)
                && !ImpliedCountry.DESCRIPTIONS.contains(c.hit().attribute())
                && (c.hit().has(UnitFlags.NUMBER) || c.get(Feature.PLACE) > 0);
    }

    /**
     * True when {@code c} is a fact whose name (its English key) says "meaning" ({@code word.meaning}): "Name Meaning".
     * The words it covers would not tell: «значение» (meaning) is also the significance of «город республиканского
     * значения».
     */
    private static boolean tellsTheMeaning(Candidate c) {
        return c.hit().kind() == UnitKind.FACT
                && Phrases.of(Language.EN).has("word.meaning", Phrases.words(c.hit().attribute()));
    }

    /**
     * True when {@code r} asks how many of a group of people ({@code word.group}: women, young people, pensioners)
     * and {@code c} does not contain that word: how many left the villages is not how many women did.
     */
    private static boolean groupUnsaid(Reading r, Candidate c) {
        if (r.kind() != AnswerKind.HOW_MANY) {
            return false;
        }
        Phrases phrases = Phrases.of(r.language());
        for (int i = 0; i < r.words().size(); i++) {
            Word w = r.words().get(i);
            if (w.role() == Word.Role.CONTENT && !c.hit().covers(i)
                    && (phrases.has("word.group", Phrases.words(w.surface()))
                    || phrases.has("word.group", Phrases.words(r.spelled(i))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code r} asks how many of a city or region it names, not of the country, and {@code c} does not
     * mention that place at all: the country's rural outflow is not Kostanay region's («сколько людей уехало из сёл
     * Костанайской области»), nor is a passage about another region. A fact that holds everywhere alike mentions it.
     */
    private static boolean figureOfAnotherPlace(Reading r, Candidate c) {
        return r.kind() == AnswerKind.HOW_MANY && !r.countryNamed() && c.get(Feature.PLACE) < 0
                && namesOurCityOrRegion(r);
    }

    /** True when {@code r} names one of our cities or regions. */
    private static boolean namesOurCityOrRegion(Reading r) {
        return r.places().stream().anyMatch(p -> p.entity().kind() == EntityKind.CITY
                || p.entity().kind() == EntityKind.REGION);
    }

    /**
     * True when {@code r} asks only what there is to see and names no place, none is talked about, and {@code c} is a
     * fact of one place: "what to see?" («что посмотреть?», «не көруге болады») does not say whose Landmarks, nor "what
     * else is nearby?" whose Nearby.
     */
    private static boolean sightsOfAnUnnamedPlace(Reading r, Candidate c) {
        return r.places().isEmpty() && c.hit().kind() == UnitKind.FACT && c.get(Feature.COUNTRY_FACT) == 0
                && c.get(Feature.CONTEXT_PLACE) == 0 && Computations.asksForSightsAlone(r, true);
    }

    /**
     * True when {@code r} asks what something is, saying its kind, and {@code c} is a fact of the country whose label
     * is that kind and whose value only lists the thing among others: "Main Oil Fields: Tengiz, Kashagan and
     * Karachaganak" does not say what the Tengiz oil field is (though it tells what Kashagan is).
     */
    private static boolean listNamingWhatIsAsked(Reading r, Candidate c) {
        return r.has(Signal.DEFINITION) && r.kind() == AnswerKind.WHAT && c.hit().kind() == UnitKind.FACT
                && c.hit().has(UnitFlags.LIST) && c.get(Feature.COUNTRY_FACT) > 0 && !r.countryNamed()
                && c.get(Feature.ATTRIBUTE_NAME) > 0 && c.get(Feature.ATTRIBUTE_NAME) < c.get(Feature.COVERAGE);
    }

    /**
     * True when {@code r} asks what one thing is and {@code c} is a fact giving no more than a figure of it under a
     * longer name: "Mazhilis Seats: 98" does not say what the Mazhilis is. A fact named by the question's word alone
     * ("what is the population") answers, and so does a longer value ("Religious Composition: Islam 69.3%, …"), and
     * a fact named for the meaning asked ("beshbarmak meaning of the name": "Name Meaning: «five fingers»").
     */
    private static boolean figureOfWhatIsAsked(Reading r, Candidate c) {
        return r.has(Signal.DEFINITION) && r.kind() == AnswerKind.WHAT && r.content().size() == 1
                && c.hit().kind() == UnitKind.FACT && c.get(Feature.ATTRIBUTE_EXTRA) > 0
                && c.hit().has(UnitFlags.NUMBER) && c.hit().words() <= FIGURE_FACT_WORDS && !tellsTheMeaning(c);
    }

    /**
     * True when {@code r} asks which one of a kind, not how many, and {@code c} counts them for the place asked about
     * or the country: "Number of Ethnic Groups: 124" is no answer to «қай ұлт ең көп» (which nationality is the most
     * numerous). A count of another place may be ("which region has the most districts").
     */
    private static boolean countOfWhichIsAsked(Reading r, Candidate c) {
        return r.has(Signal.WHICH) && r.kind() != AnswerKind.HOW_MANY && c.hit().kind() == UnitKind.FACT
                && c.hit().attribute().startsWith(Agreement.COUNT_OF)
                && (c.get(Feature.COUNTRY_FACT) > 0 || c.get(Feature.PLACE) > 0);
    }

    /** The year {@code winner} gives for what is asked, looked up in {@code years} or worked out and kept there. */
    private static String year(Reading r, Candidate winner, Agreement agreement, Map<Hit, String> years) {
        if (!years.containsKey(winner.hit())) {
            years.put(winner.hit(), agreement.winnersYear(r, winner.hit()));
        }
        return years.get(winner.hit());
    }

    /** The winner's lead over the runner-up, scaled to [0, 1] (a lead of {@link #FULL_MARGIN} or more is 1). */
    static double margin(Candidate winner, Candidate runnerUp) {
        return runnerUp == null ? 1 : Math.min(FULL_MARGIN, winner.score() - runnerUp.score()) / FULL_MARGIN;
    }

    /**
     * The most words a fact's text (its place, attribute and value, in the longest language) has when it gives a
     * figure with a short note and no more: "Kazakhstan Mazhilis Seats 98 (until 1 July 2026)" has 8, "Religious
     * Composition" with its list of faiths more than twice that.
     */
    static final int FIGURE_FACT_WORDS = 12;

    /** Candidates beyond this many places are not looked at for support. */
    static final int SUPPORT_WINDOW = 8;

    /** Agreeing sources beyond this many add no more certainty. */
    static final int MAX_SUPPORT = 3;

    /** Rank scores are sums of a few weights, up to about this much. */
    static final double SCORE_SCALE = 20;

    /** A lead this large over the next candidate is as clear as a lead gets (scores are sums of a few weights). */
    static final double FULL_MARGIN = 5;
    /**
     * The longest fact that a how-many question is answered with in place of the count it restates: "3 — Almaty,
     * Astana and Shymkent (1 January 2026)" names the three counted, a list of 17 regions is more than was asked.
     */
    static final int SHORT_LIST_WORDS = 12;

    /**
     * A year after this one that the question names and {@code h} does not mention, or null: "will Almaty have 3
     * million people by 2035" is not answered by today's population. Asked in the future tense, this year is to come
     * too: «какой будет миграционная убыль сёл в 2026 году» is not the outflow of 2024.
     */
    static String laterYearMissed(Reading r, Hit h, int thisYear) {
        boolean future = r.has(Signal.FUTURE);
        return yearMissed(r, h, year -> year > thisYear || future && year == thisYear, false);
    }

    /**
     * A past year the question names that {@code h}, a fact giving a figure, does not mention (neither in its value
     * nor as the date it was counted), or null: "the population of Oskemen in 2015" is not its population of 2023. A
     * text giving a figure is of another year when no unit of the knowledge names the year asked: "the rural outflow
     * in 2023", asked of an article on 2024, is not its figure of births over deaths, which names no year.
     */
    static String figureOfAnotherYear(Reading r, Hit h, int thisYear) {
        // a fact that speaks of other years is of them too: "Rural Migration Data Since: 2000; the 2024 deficit…" is
        // no deficit of 2025
        boolean dated = h.kind() == UnitKind.FACT && h.has(UnitFlags.YEAR);
        // this year too, of a fact that names its years: "Inflation: 12.3% in 2025" is no inflation of 2026, while
        // "Capital: Astana", which names none, holds this year
        return h.has(UnitFlags.NUMBER) || dated
                ? yearMissed(r, h, year -> year < thisYear || dated && year == thisYear, h.kind() != UnitKind.FACT)
                : null;
    }

    /**
     * The first year the question names that is {@code asked} and that {@code h} does not cover, or null; with
     * {@code unknownOnly}, only a year that no unit of the knowledge names.
     */
    private static String yearMissed(Reading r, Hit h, java.util.function.IntPredicate asked, boolean unknownOnly) {
        for (int i = 0; i < r.words().size(); i++) {
            Word w = r.words().get(i);
            if (w.year() && asked.test(Integer.parseInt(w.surface())) && !h.covers(i) && (!unknownOnly || !w.known())) {
                return w.surface();
            }
        }
        return null;
    }

    /** Questions the knowledge must not answer, whatever it holds; null for the others. */
    static String veto(Reading r) {
        String barred = barred(r);
        if (barred != null) {
            return barred;
        }
        if (Ages.asked(r) && r.places().stream().anyMatch(p -> Ages.personFirst(p).kind() == EntityKind.PERSON)) {
            // "how old is Kunaev now?": a person's age is counted from his birth ({@link Ages}) or not told — the
            // dead have none, and "22 years" in office is no age
            return "abstained: the question asks a person's age, which only his date of birth gives";
        }
        if (r.places().isEmpty() && !r.content().isEmpty() && r.content().stream().allMatch(Word::year)) {
            // "what will it be in 2030": a year alone says when, not what; a fact that merely holds that year (the
            // retirement age's step in 2030) answers nothing asked ("Kurban Ait in 2026" names what)
            return "abstained: the question names nothing but a year";
        }
        if (!r.foreign().isEmpty() && !r.countryNamed() && r.kind() == AnswerKind.HOW_MANY
                && !namesOurCityOrRegion(r)) {
            // «қырғызстанда қанша қар барысы бар», "how many saigas are there in Mongolia": how many there are in
            // another country is not told by what we know of the animal here
            return "abstained: the question counts something in another country";
        }
        if (!r.foreign().isEmpty() && (r.has(Signal.MORE) || r.has(Signal.LESS))) {
            // "which is bigger, Almaty or Tashkent?", «на сколько больше людей в Ташкенте, чем в Шымкенте»: one side
            // is a place of another country, of which nothing is known; our place's own figure answers half of it
            // (a time difference or "Russia's or ours?" names the other country for what our facts do say)
            return "abstained: the question compares with a place of another country";
        }
        if (r.has(Signal.OTHER_MEASURE) && r.places().size() >= 2) {
            // "which is older, Taraz or Turkistan?": no one fact answers for two places, and a passage about one of
            // them, or their populations, would answer something else ({@link Contrasts} may compute it)
            return "abstained: the question compares places by something the facts give no figure for";
        }
        return null;
    }

    /** The vetoes nothing computed lifts either: another country, an opinion, a prediction, live data. */
    static String barred(Reading r) {
        if (!r.foreign().isEmpty() && !r.anchored()) {
            return "abstained: the question is about " + String.join(", ", r.foreign()) + ", not Kazakhstan";
        }
        return barredWhateverNamed(r);
    }

    /** The vetoes that hold whatever place the question names: an opinion, a prediction, live data. */
    static String barredWhateverNamed(Reading r) {
        if (r.has(Signal.OPINION)) {
            return "abstained: the question asks for an opinion";
        }
        if (r.has(Signal.PREDICTION)) {
            return "abstained: the question asks for a prediction";
        }
        if (r.has(Signal.REALTIME) && !r.has(Signal.FUTURE)) {
            return "abstained: the question asks for live data";
        }
        return null;
    }
}
