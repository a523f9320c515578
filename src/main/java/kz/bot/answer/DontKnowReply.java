package kz.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * What the bot says when it does not answer: "I don't know", why when the question is of a kind it never answers
 * (another country, an opinion, live data), and the names closest to the words it did not know, to pick from.
 * Immutable and thread-safe.
 */
final class DontKnowReply {

    /** "Did you mean" offers at most this many names. */
    private static final int CLOSE_NAMES = 3;

    private final TextIndex index;
    private final NameFinder names;

    DontKnowReply(TextIndex index, NameFinder names) {
        this.index = index;
        this.names = names;
    }

    /** "I don't know" to {@code r}, saying why, with close names. */
    Answer to(Reading r) {
        Language language = r.language();
        Messages say = Messages.get(language);
        StringBuilder body = new StringBuilder(say.say("dont_know")).append(' ');
        if (!r.foreign().isEmpty() && !r.anchored()) {
            body.append(say.say("about_other_country", r.foreign().get(0)));
        } else if (r.has(Signal.OPINION)) {
            body.append(say.say("no_opinion"));
        } else if (r.has(Signal.PREDICTION)) {
            body.append(say.say("no_prediction"));
        } else if (r.has(Signal.REALTIME)) {
            body.append(say.say("no_live_data"));
        } else {
            body.append(say.say("dont_know_hint"));
        }
        List<Choice> choices = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean refused = Scorer.veto(r) != null;
        for (Word w : r.words()) {
            if (!w.known() && !refused && w.role() == Word.Role.CONTENT) {
                unknown.add(NameFinder.firstForms(index.nameForms(w.surface())).stream().findFirst()
                        .orElse(w.surface()));
            }
        }
        Set<Entity> close = new LinkedHashSet<>(names.closestToWords(unknown, CLOSE_NAMES));
        if (!close.isEmpty()) {
            body.append('\n').append(say.say("did_you_mean"));
            for (Entity e : close) {
                String name = Localizer.name(e, language);
                body.append(' ').append(name);
                choices.add(Choice.opening(e, name)); // «/city Silk Road Sites» knew no such city
            }
        }
        // a question about one of our places moves the conversation there even unanswered: "what monuments are in
        // Turkistan?" and then "which region is it in?" — but not one asking who, to the person it names: after "who
        // wrote The Path of Abai?", "when was he born?" is about the writer nobody named
        List<Place> ours = r.places().stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY)
                .filter(p -> r.kind() != AnswerKind.WHO || p.entity().kind() != EntityKind.PERSON).toList();
        Topic topic = ours.size() == 1 && !refused ? new Topic(ours.get(0).entity().id(), "") : Topic.NONE;
        return new Answer.DontKnow("", body.toString(), choices, language, topic);
    }
}
