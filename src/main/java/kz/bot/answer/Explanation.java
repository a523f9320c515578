package kz.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * How an answer was found: the reading of the question, the route taken (a command, small talk, a computation, a
 * place's summary, or the scorer), the candidates with their feature values and scores, and why the winner won or
 * why the bot abstained. What {@code ask --explain} prints.
 *
 * @param decision the scorer's decision, or null when another route answered
 */
public record Explanation(Question question, Reading reading, String route, Decision decision, Answer answer) {

    /** This explanation with its answer keeping {@code words} as the meaningful words of what it answered. */
    Explanation keepingWords(String words) {
        return new Explanation(question, reading, route, decision, answer.about(answer.topic().withWords(words)));
    }

    /** This explanation with its answer keeping the question as read, for a follow-up about another place. */
    Explanation keepingAsked() {
        return reading == null ? this
                : new Explanation(question, reading, route, decision, answer.about(answer.topic().withAsked(
                        reading.text())));
    }

    /** This explanation with its answer about {@code topic}. */
    Explanation about(Topic topic) {
        return new Explanation(question, reading, route, decision, answer.about(topic));
    }

    /** Shown candidates: enough to see why the winner beat the rest. */
    static final int SHOWN = 8;

    /** A readable report. {@code describe} turns a candidate into a short line (what the unit is). */
    public String format(Map<Integer, String> describe) {
        StringBuilder sb = new StringBuilder();
        sb.append("question: ").append(question.text()).append('\n');
        if (reading != null) {
            sb.append("reading: language ").append(reading.language()).append(" (").append(reading.how())
                    .append("), kind ").append(reading.kind()).append(", signals ").append(reading.signals())
                    .append('\n');
            sb.append("  places: ").append(reading.places().stream().map(p -> p.entity().name()
                    + (p.fuzzy() ? " (typo)" : "")).toList()).append(", foreign: ").append(reading.foreign())
                    .append(", country named: ").append(reading.countryNamed()).append('\n');
            sb.append("  words: ");
            for (Word w : reading.words()) {
                sb.append(w.surface()).append('[').append(w.role().name().toLowerCase(Locale.ROOT))
                        .append(String.format(Locale.ROOT, " %.2f", w.query().weight()))
                        .append(w.known() ? "" : " unknown").append(w.fuzzy() ? " typo" : "").append("] ");
            }
            sb.append('\n');
            for (Word w : reading.words()) {
                sb.append("    ").append(w.surface()).append(" searched as");
                w.query().terms().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> sb.append(' ').append(e.getKey()).append(':').append(new TreeSet<>(e.getValue())));
                sb.append('\n');
            }
        }
        sb.append("route: ").append(route).append('\n');
        if (decision != null) {
            List<Candidate> ranked = decision.ranked();
            for (int i = 0; i < Math.min(SHOWN, ranked.size()); i++) {
                Candidate c = ranked.get(i);
                sb.append(String.format(Locale.ROOT, "  #%d score %.3f  %s%n", i + 1, c.score(),
                        describe.getOrDefault(c.hit().unit(), c.hit().kind().toString())));
                sb.append("      ");
                for (Feature f : Feature.values()) {
                    double v = c.get(f);
                    if (v != 0 && f != Feature.BIAS) {
                        sb.append(f.name().toLowerCase(Locale.ROOT)).append(String.format(Locale.ROOT, "=%.2f ", v));
                    }
                }
                if (reading != null) {
                    appendMissed(sb, reading, c.hit());
                }
                sb.append('\n');
            }
            sb.append("decision: ").append(decision.reason()).append('\n');
        }
        sb.append("answer: ").append(answer.found() ? answer.body().replace("\n", " / ") : "(I don't know)");
        return sb.toString();
    }

    /** The content words of {@code reading} that {@code hit} does not contain: what it leaves unanswered. */
    private static void appendMissed(StringBuilder sb, Reading reading, Hit hit) {
        StringBuilder missed = new StringBuilder();
        for (int i = 0; i < reading.words().size(); i++) {
            Word w = reading.words().get(i);
            if (w.role() == Word.Role.CONTENT && !hit.covers(i)) {
                missed.append(' ').append(w.surface());
            }
        }
        if (missed.length() > 0) {
            sb.append("missed:").append(missed);
        }
    }
}
