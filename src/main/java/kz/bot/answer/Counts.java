package kz.bot.answer;

import java.util.List;
import java.util.Map;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * "How many saigas?", «сколько снежных барсов в Казахстане», «қанша қар барысы қалды»: one thing named that is no
 * city, region or country (whose "how many" is their population), nothing else asked, and the thing has a fact that is
 * only its count ("Count", a key of {@code label.number}) — told by that fact. Thread-safe.
 */
final class Counts {

    private final FactBook book;
    /** The keys of a count fact: the English words of {@code label.number} ("count", "number"). */
    private final List<String> keys = Phrases.of(Language.EN).singleWords("label.number");

    Counts(FactBook book) {
        this.book = book;
    }

    /** The answer to {@code r}, or null when it does not ask only how many of one such thing there are. */
    Answer answer(Reading r) {
        if (r.kind() != AnswerKind.HOW_MANY || !r.content().isEmpty() || !r.unknown().isEmpty()
                || !r.foreign().isEmpty()) {
            return null;
        }
        List<Entity> named = r.places().stream().map(Place::entity).filter(e -> e.kind() != EntityKind.COUNTRY)
                .toList();
        if (named.size() != 1 || named.get(0).kind() == EntityKind.CITY || named.get(0).kind() == EntityKind.REGION) {
            return null;
        }
        Entity thing = named.get(0);
        Map<String, List<Fact>> facts = book.facts(thing);
        List<Fact> count = keys.stream().filter(facts::containsKey).map(k -> facts.get(k).get(0)).toList();
        if (count.size() != 1) {
            return null;
        }
        Fact f = count.get(0);
        String value = f.valueIn(r.language()) != null ? f.valueIn(r.language()) : f.value();
        String line = Messages.get(r.language()).say("of_template",
                book.label(f.attributeKey(), f.attribute(), r.language()), Localizer.name(thing, r.language()), value);
        return new Answer.FactAnswer("", line, List.of(f.source().citation(r.language())), List.of(), r.language(),
                new Topic(thing.id(), f.attributeKey()));
    }
}
