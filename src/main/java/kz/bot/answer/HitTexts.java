package kz.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * What a found unit says, read from the facts or the index: its text, whether two are one account, the names of what
 * it is about, and a short description for an explanation. Reads only; thread-safe as long as {@code entities} is
 * not changed after construction.
 */
final class HitTexts {

    /** An explanation quotes this many characters of a passage's start. */
    private static final int QUOTED_CHARS = 70;

    private final FactBook book;
    private final TextIndex index;
    private final Map<Long, Entity> entities;

    /** @param entities the knowledge's entities by id */
    HitTexts(FactBook book, TextIndex index, Map<Long, Entity> entities) {
        this.book = book;
        this.index = index;
        this.entities = entities;
    }

    /**
     * True when two found passages or sentences are one account: one passage (or its sentences), or two passages
     * next to each other under one section heading of one file, which go on with one subject ("Islam is the religion
     * of most Kazakhstanis…" and "Kazakh Islam is mostly Sunni…"). Facts are never one account.
     */
    boolean oneAccount(Hit a, Hit b) {
        if (a.kind() == UnitKind.FACT || b.kind() == UnitKind.FACT) {
            return false;
        }
        TextUnit x = index.unit(a.unit());
        TextUnit y = index.unit(b.unit());
        if (!x.file().equals(y.file())) {
            return false;
        }
        if (x.passage() == y.passage()) {
            return true;
        }
        String section = x.sections().getOrDefault(Language.EN, "");
        return Math.abs(x.passage() - y.passage()) <= NEIGHBOURING_PASSAGES && !section.isEmpty()
                && section.equals(y.sections().getOrDefault(Language.EN, ""));
    }

    /**
     * True when the knowledge's English text uses {@code name} (a word as written) in few of its units — at most
     * {@link #RARE_NAME_SHARE} of them: "Shymbulak" or "Atyrau", not "Soviet" or "Kazakh".
     */
    boolean rareName(String name) {
        List<Token> forms = index.analyze(name, TextIndex.Reading.EN);
        if (forms.size() != 1) {
            return false;
        }
        int units = index.docFreq(Field.EN, forms.get(0).forms().iterator().next());
        return units > 0 && units <= RARE_NAME_SHARE * index.docCount(Field.EN);
    }

    /**
     * The largest share of the units a name may be in and be rare: 1 %, between "Karaganda" (in 0.8 % of the shipped
     * English text) and "Soviet" or "Turkistan" (1.4 %), by a count of lines on 2026-12-04.
     */
    static final double RARE_NAME_SHARE = 0.01;

    /** How far apart two passages of one section may be and still tell one account: the next one only. */
    static final int NEIGHBOURING_PASSAGES = 1;

    /** A found unit's text, in English where it has English: a fact's newest value, a passage's or sentence's text. */
    String text(Hit h) {
        if (h.kind() == UnitKind.FACT) {
            Entity e = entities.get(h.entity());
            List<Fact> facts = e == null ? null : book.facts(e).get(h.attribute());
            return facts == null ? "" : facts.get(0).value();
        }
        Map<Language, String> texts = index.unit(h.unit()).texts();
        return texts.getOrDefault(Language.EN, texts.isEmpty() ? "" : texts.values().iterator().next());
    }

    /**
     * The English names of the topic, sight or person a fact is about; none for a place (a value that begins "Abai,
     * Jetisu and Ulytau" lists regions, it is not about Abai) or a passage.
     */
    List<String> names(Hit h) {
        Entity e = h.kind() == UnitKind.FACT ? entities.get(h.entity()) : null;
        boolean topic = e != null && (e.kind() == EntityKind.TOPIC || e.kind() == EntityKind.SIGHT
                || e.kind() == EntityKind.PERSON);
        return topic ? e.names().getOrDefault("en", List.of(e.name())) : List.of();
    }

    /** A found unit named by what it is, for an explanation: an entity's attribute, or a passage's place and start. */
    String describe(Hit h) {
        if (h.kind() == UnitKind.FACT) {
            Entity entity = entities.get(h.entity());
            return "fact " + (entity == null ? h.entity() : entity.name()) + " / " + h.attribute();
        }
        TextUnit u = index.unit(h.unit());
        String text = text(h); // English where it has English: an explanation reads the same on every run
        return h.kind().name().toLowerCase(Locale.ROOT) + " " + u.file() + ":" + u.line() + " «"
                + (text.length() > QUOTED_CHARS ? text.substring(0, QUOTED_CHARS) + "…" : text) + "»";
    }
}
