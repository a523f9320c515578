package kz.bot.answer;

import java.util.List;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;

/**
 * "Who came after Nazarbayev?", «кто был до Токаева», «Назарбаевтан кейін кім болды»: one person named, a word of
 * what came after ({@code word.after}) or before ({@code word.before}) him, and nothing else but words of holding
 * office ({@code word.succession}) — told by his "Successor" or "Predecessor" fact. Without such a fact the question is
 * left to the scorer, whose texts may name the other one (a prime minister's predecessor in a passage). And what a fact
 * was before ({@link #former}): "and before that?" after the capital is the former capital. Thread-safe.
 */
final class Successions {

    /** The words such a question may have besides the person: after or before, and holding office. */
    private static final List<String> WORDS = List.of("word.after", "word.before", "word.succession");
    /**
     * The words a question for what a fact was before may have besides the attribute's name: before, was, city, and
     * now («до нынешней»: before the present one).
     */
    static final List<String> FORMER_WORDS = List.of("word.before", "word.succession", "word.city", "word.now");
    /** How the key of what an attribute was before begins ("Former Capital", "Previous Constitution"). */
    static final List<String> FORMER = List.of("former ", "previous ");

    private final FactBook book;
    private final Contrasts contrasts;

    /** @param contrasts how one fact is told on a line of its own */
    Successions(FactBook book, Contrasts contrasts) {
        this.book = book;
        this.contrasts = contrasts;
    }

    /** The answer to {@code r}, or null when it does not ask who came after or before one person who has one. */
    Answer answer(Reading r) {
        boolean after = r.says("word.after");
        boolean before = r.says("word.before");
        if (after == before || r.kind() != AnswerKind.WHO && r.kind() != AnswerKind.WHAT
                || !Rankings.onlyWordsOf(r, WORDS)) {
            return null; // "who ruled before and after him" asks both; "what happened after 1991" asks no person
        }
        List<Entity> named = r.places().stream()
                .map(p -> p.alternatives().stream().filter(e -> e.kind() == EntityKind.PERSON).findFirst()
                        .orElse(p.entity()))
                .filter(p -> p.kind() != EntityKind.COUNTRY).toList();
        if (named.size() != 1 || named.get(0).kind() != EntityKind.PERSON) {
            return null;
        }
        Entity person = named.get(0);
        List<Fact> facts = book.facts(person).get(after ? "successor" : "predecessor");
        if (facts == null) {
            return null;
        }
        Fact f = facts.get(0);
        return new Answer.FactAnswer("", contrasts.factLine(f, r.language()),
                List.of(f.source().citation(r.language())), List.of(), r.language(),
                new Topic(person.id(), f.attributeKey()));
    }

    /**
     * «а до этого какой город был столицей», "and what was the constitution before it", answered by a fact of
     * {@code subject}'s {@code attribute}: {@code subject}'s fact of what it was before ("Former Capital" for
     * "Capital", "Previous Constitution" for "Constitution"). Null unless the question says before and not after,
     * names no place but {@code subject} or the country, and its other words are of being, of a city, of now or of
     * the attribute's name ({@code named}: the forms of its label in every language).
     */
    /**
     * True when {@code r} asks what was before and nothing else: "and before that?", «а до этого какая была?», «ал оған
     * дейін ше?» — of the last answer's fact, asked again with the question the conversation keeps; not "what was it
     * called before", which asks for a name.
     */
    static boolean onlyBefore(Reading r) {
        return r.says("word.before") && !r.says("word.after") && Rankings.onlyWordsOf(r, FORMER_WORDS)
                && r.words().stream().noneMatch(w -> w.role() == Word.Role.QUESTION)
                && r.places().stream().allMatch(p -> p.entity().kind() == EntityKind.COUNTRY);
    }

    Answer former(Reading r, Entity subject, String attribute, Set<String> named) {
        if (subject == null || attribute.isEmpty() || !r.says("word.before") || r.says("word.after")
                || r.kind() == AnswerKind.WHEN || r.kind() == AnswerKind.HOW_MANY || r.kind() == AnswerKind.YES_NO
                || FORMER.stream().anyMatch(attribute::startsWith)
                || !r.places().stream().allMatch(p -> p.entity().equals(subject)
                        || p.entity().kind() == EntityKind.COUNTRY)) {
            return null;
        }
        Phrases phrases = Phrases.of(r.language());
        for (int at = 0; at < r.words().size(); at++) {
            Word w = r.words().get(at);
            if (w.role() != Word.Role.CONTENT || AttributeNames.intersects(w.query(), named)) {
                continue;
            }
            String[] typed = Phrases.words(w.surface());
            String[] spelled = Phrases.words(r.spelled(at));
            if (FORMER_WORDS.stream().noneMatch(k -> phrases.has(k, typed) || phrases.has(k, spelled))) {
                return null; // "and before that, what was its population?" asks for something else
            }
        }
        for (String former : FORMER) {
            List<Fact> facts = book.facts(subject).get(former + attribute);
            if (facts != null) {
                Fact f = facts.get(0);
                return new Answer.FactAnswer("", contrasts.factLine(f, r.language()),
                        List.of(f.source().citation(r.language())), List.of(), r.language(),
                        new Topic(subject.id(), f.attributeKey()));
            }
        }
        return null;
    }
}
