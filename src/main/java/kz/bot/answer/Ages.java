package kz.bot.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * "How old is Tokayev?", «сколько лет Алматы?», «Тоқаев неше жаста?»: one person or place named and an age asked
 * ({@code asks.age}) — counted from its "Born" or "Founded" fact to today; the country, asked nothing else, from its
 * independence. A person the knowledge says has died is not given an age. Thread-safe.
 */
final class Ages {

    /** "17 May 1953": the day and month make the age exact; a year alone gives the age reached this year. */
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+)?(?<![0-9])(1[0-9]{3}|20[0-9]{2}|[1-9][0-9]{2})(?![0-9])");
    /** How a "Founded" value says its year is only the first mention or a round estimate (Taraz, Turkistan). */
    private static final Pattern MENTIONED = Pattern.compile("^first mentioned\\b", Pattern.CASE_INSENSITIVE);
    /** "the 2,000th anniversary celebrated in 2002": the official age a city counts from. */
    private static final Pattern ANNIVERSARY = Pattern.compile("([0-9][0-9,]*)(?:st|nd|rd|th) anniversary");
    /** A year in digits, not part of a larger number such as "2,000". */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9,])(1[0-9]{3}|20[0-9]{2})(?![0-9,])");
    private static final Pattern ABOUT = Pattern.compile("^(about|around|c\\.)\\s", Pattern.CASE_INSENSITIVE);

    private final FactBook book;
    private final Clock clock;
    private final Cards cards;

    Ages(FactBook book, Clock clock, Cards cards) {
        this.book = book;
        this.clock = clock;
        this.cards = cards;
    }

    /**
     * The answer to {@code r}, or null when it does not ask how old one person or place is: the one it names, or with
     * none named, the one the conversation is about ({@code context}) when a word points at it («сколько ему лет?»).
     */
    Answer answer(Reading r, Entity context) {
        if (!asked(r)) {
            return null;
        }
        Phrases phrases = Phrases.of(r.language());
        boolean pointed = !phrases.spans("word.person", r.text()).isEmpty()
                || r.pointsBack() || PointingBack.at(r, context, null); // «сколько лет этому городу?»
        // "how old is Tokayev of Kazakhstan": the country beside another name only says whose
        // of the places a name may mean, an age is a person's («сколько лет Абаю»: the poet, not the region)
        List<Entity> named = r.places().stream().map(Ages::personFirst).filter(p -> p.kind() != EntityKind.COUNTRY)
                .toList();
        Entity e = named.size() == 1 ? named.get(0) : r.places().isEmpty() && pointed ? context : null;
        if (e == null && named.isEmpty() && Rankings.onlyWordsOf(r, List.of("asks.age"))) {
            // "how old is Kazakhstan", «сколько лет Казахстану»: counted from independence, with the first Kazakh
            // state beside it — not a fact that merely says "previous"
            return r.places().stream().map(Place::entity).filter(p -> p.kind() == EntityKind.COUNTRY).findFirst()
                    .map(country -> countryAge(country, r.language())).orElse(null);
        }
        if (e == null || e.kind() == EntityKind.COUNTRY) {
            return null;
        }
        Age age = age(e, r.language());
        if (age == null) {
            return e.kind() == EntityKind.PERSON ? null : dated(e, r.language());
        }
        return new Answer.FactAnswer("", age.line(), List.of(age.fact().source().citation(r.language())), List.of(),
                r.language(), new Topic(e.id(), age.fact().attributeKey()));
    }

    /**
     * What is not founded but built, opened, established or dated, as the knowledge says it ("how old is the Golden
     * Man?": the Saka period, between the 6th and the 3rd century BC); null when it says none of these.
     */
    private Answer dated(Entity e, Language language) {
        return DATED.stream().filter(book.facts(e)::containsKey).findFirst()
                .map(key -> (Answer) cards.attribute(e, key, language)).orElse(null);
    }

    /** The facts that say when a thing that was not founded began, the likeliest first. */
    private static final List<String> DATED = List.of("built", "opened", "established", "dating");

    /** The person among the entities {@code p} may mean, else the one it was read as. */
    static Entity personFirst(Place p) {
        return p.alternatives().stream().filter(e -> e.kind() == EntityKind.PERSON).findFirst().orElse(p.entity());
    }

    /**
     * The country's age: the years since its "Independence" date, and the year of its "Kazakh Khanate Founded" fact
     * when the knowledge has one; null without the independence date.
     */
    private Answer countryAge(Entity country, Language language) {
        List<Fact> independence = book.facts(country).get("independence");
        Matcher m = independence == null ? null : DATE.matcher(independence.get(0).value());
        if (m == null || !m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        int years = yearsSince(m);
        if (years < 0) {
            return null;
        }
        Messages say = Messages.get(language);
        String name = Localizer.fullName(country, language);
        List<String> sources = new java.util.ArrayList<>(List.of(independence.get(0).source().citation(language)));
        List<Fact> khanate = book.facts(country).get("kazakh khanate founded");
        Matcher founded = khanate == null ? null : DATE.matcher(khanate.get(0).value());
        String line;
        if (founded != null && founded.find()) {
            line = say.say("age_country_statehood", name, years, say.say(plural(years, language)), year,
                    Integer.parseInt(founded.group(3)));
            String citation = khanate.get(0).source().citation(language);
            if (!sources.contains(citation)) {
                sources.add(citation);
            }
        } else {
            line = say.say("age_country", name, years, say.say(plural(years, language)), year);
        }
        return new Answer.FactAnswer("", line, sources, List.of(), language,
                new Topic(country.id(), independence.get(0).attributeKey()));
    }

    /** Whole years from the date {@code m} found (its day and month, when given, make them exact) to today. */
    private int yearsSince(Matcher m) {
        LocalDate today = LocalDate.now(clock);
        int years = today.getYear() - Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
            LocalDate day = LocalDate.of(today.getYear(), Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                    Integer.parseInt(m.group(1)));
            years -= today.isBefore(day) ? 1 : 0;
        }
        return years;
    }

    /**
     * How old a person or a place is.
     *
     * @param line  "Almaty: founded in 1854, 172 years ago", in the answer's language
     * @param since the year the age counts from (Taraz's official count: 2,000 years before 2002 is the year 2)
     * @param fact  the "Born" or "Founded" fact it is counted from
     */
    record Age(String line, int since, Fact fact) {
    }

    /**
     * How old {@code e} is, from its "Born" or "Founded" fact (or, for a place made by a decree, "Created"); null
     * without one, or for a person who has died.
     */
    Age age(Entity e, Language language) {
        boolean person = e.kind() == EntityKind.PERSON;
        if (person && book.facts(e).containsKey("died")) {
            return null;
        }
        // a place made by a decree (Alatau, a city since 2024) was created rather than founded
        boolean created = !person && !book.facts(e).containsKey("founded");
        List<Fact> start = book.facts(e).get(person ? "born" : created ? "created" : "founded");
        if (start == null) {
            return null;
        }
        Matcher m = DATE.matcher(start.get(0).value());
        if (!m.find()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        int year = Integer.parseInt(m.group(3));
        int years = yearsSince(m);
        if (years < 0) {
            return null;
        }
        Messages say = Messages.get(language);
        String value = start.get(0).value();
        Matcher jubilee = ANNIVERSARY.matcher(value);
        Matcher marked = YEAR.matcher(value);
        if (!person && jubilee.find() && marked.find()) {
            // a city's official age: the anniversary it celebrated, counted on from that year (Taraz: 2,000 in 2002)
            int celebrated = Integer.parseInt(jubilee.group(1).replace(",", ""));
            int in = Integer.parseInt(marked.group(1));
            int age = celebrated + today.getYear() - in;
            return new Age(say.say("age_place_anniversary", Localizer.fullName(e, language), age,
                    say.say(plural(age, language)), in, celebrated), in - celebrated, start.get(0));
        }
        String key = person ? "age_person" : created ? "age_place_created"
                : MENTIONED.matcher(value).find() ? "age_place_mentioned"
                : ABOUT.matcher(value).find() ? "age_place_about" : "age_place";
        return new Age(say.say(key, Localizer.fullName(e, language), years, say.say(plural(years, language)), year),
                year, start.get(0));
    }

    /**
     * True when {@code r} asks how old something is: «на сколько лет выбирают президента» asks the length of a term,
     * «сколько лет правил Назарбаев» how long he ruled — not an age.
     */
    static boolean asked(Reading r) {
        return r.says("asks.age") && !r.has(Signal.TERM) && !r.says("asks.not_age");
    }

    /** The year a "Born" or "Founded" value gives ("10 August 1845, …" is 1845, "about 870" 870), or null. */
    static Integer year(String value) {
        Matcher m = DATE.matcher(value);
        return m.find() ? Integer.valueOf(m.group(3)) : null;
    }

    /** The message key of the word "years" after {@code n}: Russian has three forms (год, года, лет). */
    static String plural(int n, Language language) {
        if (language != Language.RU) {
            return n == 1 ? "years_one" : "years_many";
        }
        int last = n % 10;
        int lastTwo = n % 100;
        return last == 1 && lastTwo != 11 ? "years_one"
                : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "years_few" : "years_many";
    }
}
