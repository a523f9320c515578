package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;

/**
 * "When did Al-Farabi live?", «годы жизни Абая», «әл-Фараби қашан өмір сүрген»: one person named, or the one the
 * conversation is about when a word points at him («когда он жил») or the question names no one («годы жизни?»), and
 * his life asked ({@code asks.lifetime}) — told by his "Born" and "Died" facts together. "Lived" is no word of
 * population here. Thread-safe.
 */
final class Lifetimes {

    private final FactBook book;

    Lifetimes(FactBook book) {
        this.book = book;
    }

    /** The answer to {@code r}, or null when it does not ask when one person lived, or his birth is not known. */
    Answer answer(Reading r, Entity context) {
        if (!r.says("asks.lifetime") || !Rankings.onlyWordsOf(r, List.of("asks.lifetime"))
                || r.kind() != AnswerKind.WHEN && r.kind() != AnswerKind.WHAT) {
            return null; // "where did Abai live" asks a place
        }
        // «годы жизни Абая»: of the places a name may mean, the person
        List<Entity> named = r.places().stream()
                .map(p -> p.alternatives().stream().filter(e -> e.kind() == EntityKind.PERSON).findFirst()
                        .orElse(p.entity()))
                .filter(p -> p.kind() != EntityKind.COUNTRY).toList();
        // «годы жизни?» alone, after an answer about a person, asks his as «когда он жил» does
        boolean his = r.pointsBack() || context != null && context.kind() == EntityKind.PERSON;
        Entity person = named.size() == 1 ? named.get(0) : named.isEmpty() && his ? context : null;
        if (person == null || person.kind() != EntityKind.PERSON) {
            return null;
        }
        List<Fact> born = book.facts(person).get("born");
        if (born == null) {
            return null;
        }
        List<Fact> facts = new ArrayList<>(List.of(born.get(0)));
        List<Fact> died = book.facts(person).get("died");
        if (died != null) {
            facts.add(died.get(0));
        }
        Messages say = Messages.get(r.language());
        List<String> lines = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Fact f : facts) {
            lines.add(say.say("of_template", book.label(f.attributeKey(), f.attribute(), r.language()),
                    Localizer.name(person, r.language()),
                    f.valueIn(r.language()) != null ? f.valueIn(r.language()) : f.value()));
            String citation = f.source().citation(r.language());
            if (!sources.contains(citation)) {
                sources.add(citation);
            }
        }
        return new Answer.FactAnswer("", String.join("\n", lines), sources, List.of(), r.language(),
                new Topic(person.id(), facts.get(0).attributeKey()));
    }
}
