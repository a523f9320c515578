package kz.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Whether a traveller's passport lets them into Kazakhstan without a visa: "do German citizens need a visa", «нужна
 * ли виза японцу», «Испания азаматтарына виза керек пе». The country's facts "Visa-Free for N Days" list the
 * passports (see README, "Knowledge format"); a passport on one of them is answered with its number of days. A
 * passport on none is left to the search: the lists name those the sources name, and an absent country may have been
 * added since, so "you need a visa" is never said from them. Thread-safe.
 */
final class Visas {

    /** The attribute of a visa-free list, with its number of days: "visa-free for 30 days". */
    private static final Pattern LIST = Pattern.compile("visa-free for (\\d+) days");
    /** What a list's item may begin with that the country's name does not: "the United States". */
    private static final Pattern ARTICLE = Pattern.compile("^the\\s+");

    private final FactBook book;
    private final Entity country;

    /** @param country the one country of the knowledge, or null (then nothing is answered) */
    Visas(FactBook book, Entity country) {
        this.book = book;
        this.country = country;
    }

    /**
     * The answer to {@code r} when it asks about one passport ({@link Reading#travellers}) and names no other foreign
     * place as the destination, and that passport is on a visa-free list; else null.
     */
    Answer answer(Reading r) {
        if (country == null || r.travellers().size() != 1 || !r.foreign().isEmpty()) {
            return null;
        }
        String passport = r.travellers().get(0);
        for (Map.Entry<String, List<Fact>> e : book.facts(country).entrySet()) {
            Matcher m = LIST.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            Fact list = e.getValue().get(0);
            if (ListValue.items(list.value()).stream().anyMatch(item -> same(item, passport))) {
                Language language = r.language();
                String line = Messages.get(language).say("visa_free", ForeignPlaces.localName(passport, language),
                        m.group(1));
                return new Answer.FactAnswer("", line, List.of(list.source().citation(language)), List.of(),
                        language, new Topic(country.id(), e.getKey()));
            }
        }
        return null;
    }

    /** True when {@code attribute} is one of the visa-free lists: the last answer said how long a passport may stay. */
    static boolean isList(String attribute) {
        return LIST.matcher(attribute).matches();
    }

    /**
     * The text of a follow-up that names another people or country after a visa answer ("what about indians?", «а
     * россиянам?», "and germany?"), with the words that ask it of a passport (the message {@code visa_follow_up}:
     * "citizens visa") added so that it asks the same of that one; null when {@code r} is no such follow-up.
     */
    static String askedOfAnotherPassport(Reading r, Topic topic) {
        if (!isList(topic.attribute()) || !r.travellers().isEmpty() || !r.places().stream()
                .allMatch(p -> p.entity().kind() == EntityKind.COUNTRY)) {
            return null; // only after a visa answer are the people's names looked for
        }
        if (r.foreign().size() != 1 && Travellers.demonyms(Phrases.of(r.language()), r.text()).isEmpty()) {
            return null;
        }
        return r.text().replaceAll("[?!.]+", " ").strip() + " " + Messages.get(r.language()).say("visa_follow_up");
    }

    /** True when a list's item names {@code country} (English names, any case, "the" left out). */
    static boolean same(String item, String country) {
        String a = ARTICLE.matcher(item.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        return a.equals(country.toLowerCase(Locale.ROOT));
    }
}
