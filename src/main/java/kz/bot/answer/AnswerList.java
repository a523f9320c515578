package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Several answers to one question, best first, for a client that shows a list to pick from (Telegram's inline mode):
 * the one answer the bot gives when it knows one, then the summary of every place the text names or begins to name,
 * then the passages a search for its words finds. No two have the same text. Immutable and thread-safe.
 */
final class AnswerList {

    private final TextIndex index;
    private final NameFinder names;
    private final Cards cards;
    private final Renderer renderer;

    AnswerList(TextIndex index, NameFinder names, Cards cards, Renderer renderer) {
        this.index = index;
        this.names = names;
        this.cards = cards;
        this.renderer = renderer;
    }

    /**
     * At most {@code limit} answers to {@code text} (already clipped), {@code main} first when it was found.
     *
     * @param main      the answer the bot gives to the question
     * @param preferred the language to fall back on when the text does not tell, or null
     */
    List<Answer> of(Answer main, String text, Language preferred, int limit) {
        List<Answer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (main.found()) {
            add(out, seen, main);
        }
        if (text.isBlank() || CommandCall.parse(text).isPresent()) {
            return out.size() > limit ? out.subList(0, limit) : out;
        }
        Language language = LanguageGuess.of(text, preferred).language();
        Set<Entity> named = new LinkedHashSet<>();
        for (EntityKind kind : List.of(EntityKind.CITY, EntityKind.REGION)) {
            named.addAll(names.lookup(text, language, kind));
        }
        named.addAll(names.startingWith(text, language, limit));
        for (Entity e : named) {
            Answer summary = cards.summary(e, language);
            if (summary != null) {
                add(out, seen, summary);
            }
        }
        for (Hit h : index.find(text, language, limit)) {
            if (out.size() >= limit) {
                break;
            }
            add(out, seen, renderer.found(h, language));
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    private static void add(List<Answer> out, Set<String> seen, Answer answer) {
        if (seen.add(answer.body())) {
            out.add(answer);
        }
    }
}
