package kz.bot.answer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.language.Language;

/**
 * Writes the winning candidate as an answer in the question's language: a fact through {@link Cards}, a passage or a
 * sentence as stored (its translation when there is one; the English text, said to be English, when there is not).
 */
final class Renderer {

    /** Free-text answers stay short enough to read on a phone. */
    static final int FREE_TEXT_LIMIT = 800;
    /** A sentence that opens with one of these needs the one before it to be understood. */
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(it|its|this|these|that|they|their|there|he|she|his|her|the city|the region|"
                    + "он|она|оно|они|его|ее|её|их|это|этот|эта|там|ол|оның|олар|бұл|осы|сол)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final TextIndex index;
    private final Cards cards;
    private final Map<Long, Entity> entities;
    private final Entity country;

    Renderer(TextIndex index, Cards cards, Map<Long, Entity> entities, Entity country) {
        this.index = index;
        this.cards = cards;
        this.entities = entities;
        this.country = country;
    }

    Answer render(Candidate winner, Reading r) {
        Hit h = winner.hit();
        if (h.kind() == UnitKind.FACT) {
            boolean counted = r.kind() == AnswerKind.HOW_MANY && h.has(UnitFlags.LIST) && !h.has(UnitFlags.NUMBER);
            return cards.attribute(entities.get(h.entity()), h.attribute(), r.language(), counted);
        }
        TextUnit u = index.unit(h.unit());
        return text(u, h, r.language(), topic(r, u));
    }

    /** A passage or sentence a search found, in {@code language} where it has that language. */
    Answer found(Hit h, Language language) {
        return text(index.unit(h.unit()), h, language, Topic.NONE);
    }

    private Answer text(TextUnit u, Hit h, Language language, Topic topic) {
        Messages say = Messages.get(language);
        String text = u.texts().get(language);
        boolean translated = text != null;
        if (!translated) {
            text = u.texts().getOrDefault(Language.EN, u.texts().values().iterator().next());
        }
        if (u.kind() == UnitKind.SENTENCE && !u.before().isEmpty() && LEANS_BACK.matcher(text).matches()) {
            text = u.before() + " " + text;
        }
        String lead = translated || language == Language.EN ? "" : say.say("in_english");
        String body = Passages.shorten(text, FREE_TEXT_LIMIT - lead.length() - 1);
        if (h.has(UnitFlags.OUTDATED) && u.date() != null) {
            body = body + "\n" + say.say("older_text", u.date().toString());
        }
        return new Answer.PassageAnswer(lead, body, List.of(u.citation(language)), List.of(), language, topic);
    }

    /**
     * The place a passage answer was about, for the next question: the first place the question named; when it named
     * none and asked which city or where, the first city or region the passage names ("which city has the biggest
     * steelworks": "Nearby Temirtau has…", and «ол қай облыста?» asks about Temirtau).
     */
    private Topic topic(Reading r, TextUnit u) {
        for (Place p : r.places()) {
            if (!p.entity().equals(country)) {
                return new Topic(p.entity().id(), "");
            }
        }
        String english = u.texts().get(Language.EN);
        if (english != null && (r.kind() == AnswerKind.WHERE || r.has(Signal.WHICH) && r.says("word.city"))) {
            return cards.placeIn(english).map(e -> new Topic(e.id(), "")).orElse(Topic.NONE);
        }
        return Topic.NONE;
    }
}
