package kz.bot.answer;

import kz.bot.knowledge.EntityKind;

/**
 * "What kind of holiday is Nauryz?", «Что за праздник Наурыз?», «Бауырсақ қандай тағам?»: a thing named (not a city, a
 * region or the country) and one word for what sort of thing it is, right after "what kind of" ({@code asks.kind_of})
 * — the question asks what it is, and the thing's card answers it, not a fact that happens to hold the word (Nauryz's
 * date, "a public holiday"). So does "what is Lake Balkhash known for?", «чем известно озеро Балхаш», «Балқаш көлінің
 * ерекшелігі неде»: a thing named and one word that asks what it is famous for ({@code asks.fame}); a city, a region or
 * a person has a "Known For" fact of its own, which the scorer finds.
 */
final class KindOfQuestion {

    private KindOfQuestion() {
    }

    static boolean asks(Reading r) {
        if (r.places().size() != 1 || r.content().size() != 1) {
            return false;
        }
        EntityKind kind = r.places().get(0).entity().kind();
        if (kind == EntityKind.COUNTRY || kind == EntityKind.CITY || kind == EntityKind.REGION) {
            return false;
        }
        Phrases phrases = Phrases.of(r.language());
        Word noun = r.content().get(0);
        if (phrases.has("asks.fame", noun.surface().toLowerCase(java.util.Locale.ROOT))) {
            return kind != EntityKind.PERSON; // a person's "Known For" fact says it better than the card
        }
        String[] before = Phrases.words(r.text().substring(0, Math.min(noun.start(), r.text().length())));
        for (int from = 0; from < before.length; from++) {
            if (phrases.lengthAt("asks.kind_of", before, from) == before.length - from) {
                return true; // the phrase ends right before the noun
            }
        }
        return false;
    }
}
