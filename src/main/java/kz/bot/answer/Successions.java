package kz.bot.answer;

import java.util.List;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;

/**
 * "Who came after Nazarbayev?", «кто был до Токаева», «Назарбаевтан кейін кім болды»: one person named, a word of
 * what came after ({@code word.after}) or before ({@code word.before}) him, and nothing else but words of holding
 * office ({@code word.succession}) — told by his "Successor" or "Predecessor" fact. Without such a fact the question is
 * left to the scorer, whose texts may name the other one (a prime minister's predecessor in a passage). Thread-safe.
 */
final class Successions {

    /** The words such a question may have besides the person: after or before, and holding office. */
    private static final List<String> WORDS = List.of("word.after", "word.before", "word.succession");

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
}
