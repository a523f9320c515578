package kz.bot.answer;

import java.util.List;
import java.util.Map;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.language.Language;

/**
 * "What is Oskemen called in Russian?", «как по-казахски юрта?», «Киіз үй орысша қалай аталады?»: one thing named, a
 * name asked for ({@code asks.name}) in another language ({@code name.in.en}, {@code .ru}, {@code .kk}) — answered
 * with the name the knowledge gives it in that language. Thread-safe.
 */
final class NamesInLanguages {

    private final FactBook book;

    NamesInLanguages(FactBook book) {
        this.book = book;
    }

    /** The answer to {@code r}, or null when it does not ask what one named thing is called in a language. */
    Answer answer(Reading r) {
        if (r.places().size() != 1 || !r.says("asks.name")) {
            return null;
        }
        Language target = null;
        for (Language l : Language.values()) {
            if (r.says("name.in." + l.code())) {
                if (target != null) {
                    return null; // two languages asked: not this question
                }
                target = l;
            }
        }
        if (target == null) {
            return null;
        }
        Entity e = r.places().get(0).entity();
        List<String> names = e.names().get(target.code());
        if (target != Language.EN && (names == null || names.isEmpty())) {
            return null; // no name in that language: the knowledge does not say
        }
        Language language = r.language();
        String name = target == Language.EN ? e.name() : names.get(0);
        String line = Messages.get(language).say("name_in_" + target.code(), Localizer.fullName(e, language), name);
        Map<String, List<Fact>> facts = book.facts(e);
        List<String> sources = facts.values().stream().findFirst()
                .map(f -> List.of(f.get(0).source().citation(language))).orElse(List.of());
        return new Answer.FactAnswer("", line, sources, List.of(), language, new Topic(e.id(), ""));
    }
}
