package kz.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Names;
import kz.bot.language.Language;

/**
 * Writes facts as answers in the user's language: one attribute of an entity, a short summary, or the whole card.
 * Labels come from the knowledge (or the built-in labels), values from their translations; a value that exists only
 * in English is given in English, and the answer says so once.
 */
final class Cards {

    /**
     * An older value is named only when it is this short (a figure, a count, a list of names — never a description)
     * or starts with a figure ("14 provinces and 3 cities with special status").
     */
    static final int OLDER_VALUE_WORDS = 8;
    /**
     * The most lines a short summary shows: five, so that a city's (status, region, population, role) still ends with
     * what it is known for — "tell me about Turkistan" is answered with its mausoleum (four, until session 53, cut it).
     */
    static final int SUMMARY_LINES = 5;
    /** The attributes a short summary of a place shows, in this order, when it has them. */
    private static final List<String> SUMMARY = List.of("status", "region", "city", "administrative center",
            "population", "area", "capital", "role", "known for", "what it is", "date", "about", "location", "venue",
            "born", "died");
    /**
     * Where a plant or an animal is found: added to the summary when the question asks whether it is here at all
     * ("are there snow leopards in Kazakhstan", «қар барысы бар ма») — not otherwise, where its figures (the number of
     * parks it lives in) would pass for the answer to "how many".
     */
    private static final List<String> WHERE_FOUND = List.of("where it lives", "where it grows");

    private final FactBook book;
    private final Localizer localizer;

    Cards(FactBook book, Localizer localizer) {
        this.book = book;
        this.localizer = localizer;
    }

    /** "Kazakhstan — Capital: Astana", with at most one older, different figure and its source. */
    Answer.FactAnswer attribute(Entity e, String key, Language language) {
        return attribute(e, key, language, false);
    }

    /** As {@link #attribute(Entity, String, Language)}; {@code counted}: a list value begins with how many it names. */
    Answer.FactAnswer attribute(Entity e, String key, Language language, boolean counted) {
        List<Fact> facts = book.facts(e).get(key);
        Messages say = Messages.get(language);
        Fact newest = facts.get(0);
        List<String> lines = new ArrayList<>();
        Value value = value(newest, language);
        int count = counted ? ListValue.items(value.text()).size() : 0;
        String shown = count > 0 ? count + " — " + value.text() : value.text();
        lines.add(Localizer.lineStart(say.say("of_template", book.label(key, newest.attribute(), language),
                Localizer.fullName(e, language), shown)));
        Set<String> sources = new LinkedHashSet<>();
        sources.add(newest.source().citation(language));
        older(facts, language).ifPresent(lines::add);
        // "Previous Parliament: two chambers until 2026" is followed by what replaced it, the current Parliament
        for (String earlier : Agreement.EARLIER_OF) {
            List<Fact> current = key.startsWith(earlier) ? book.facts(e).get(key.substring(earlier.length())) : null;
            if (current != null) {
                Fact now = current.get(0);
                lines.add(Localizer.lineStart(say.say("of_template", book.label(now.attributeKey(), now.attribute(),
                        language), Localizer.fullName(e, language), value(now, language).text())));
                sources.add(now.source().citation(language));
            }
        }
        if (!value.translated()) {
            lines.add(say.say("only_english"));
        }
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), links(e, language),
                language, topic(e, key, newest));
    }

    /**
     * What a fact answer leaves the conversation about: the place its value begins with, when it begins with one
     * ("the capital is Astana", "the most populous region is Turkistan region, 2,148,658 people" — "and how many
     * people live there?" asks about that place), else its own entity and attribute. Names are not places to go on
     * about ("Former Names: Akmola…"), nor is the region a city lies in ("which region is it in?" — "how far is it
     * from Pavlodar?" still asks about the city).
     */
    private Topic topic(Entity e, String key, Fact f) {
        if (!key.contains("name") && !key.startsWith("also known") && !key.equals("region")) {
            Optional<Entity> named = placeBeginning(key, f.value());
            if (named.isPresent() && !named.get().equals(e)) {
                return new Topic(named.get().id(), "");
            }
        }
        return new Topic(e.id(), key);
    }

    /**
     * The one of our regions or cities the value of attribute {@code key} begins with: a region when it says "region"
     * or the attribute is a region, else a city before a region of that name.
     */
    Optional<Entity> placeBeginning(String key, String value) {
        String leading = leading(value);
        String region = leading.replaceFirst("(?i)\\s+region$", "");
        boolean aRegion = region.length() < leading.length() || key.contains("region");
        return aRegion ? book.entity(EntityKind.REGION, region)
                : book.entity(EntityKind.CITY, leading).or(() -> book.entity(EntityKind.REGION, leading));
    }

    /** A capitalised word of English text, and the word after it when there is one ("Almaty Region"). */
    private static final Pattern CAPITALISED = Pattern.compile("(\\p{Lu}[\\p{L}-]*)(?=(\\s+[\\p{L}-]+)?)");

    /**
     * The first city or region of ours that English {@code text} names ("Nearby Temirtau has the country's biggest
     * steelworks": Temirtau), by its English name, with or without the word after it ("Almaty Region").
     */
    Optional<Entity> placeIn(String text) {
        return firstNamed(text, name -> placeBeginning("", name));
    }

    /**
     * The first entity {@code lookup} finds by a capitalised word of English {@code text}, with the word after it
     * ("Almaty Region") before the word alone.
     */
    private static Optional<Entity> firstNamed(String text, Function<String, Optional<Entity>> lookup) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String one = m.group(1);
            String two = m.group(2) == null ? null : one + m.group(2);
            for (String name : two == null ? List.of(one) : List.of(two, one)) {
                Optional<Entity> e = lookup.apply(name);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first city, region or sight of ours that the newest value of {@code e}'s fact {@code key} names ("Born: about
     * 870, in Farab near Otrar on the Syr Darya": Otrar), by its English name, with or without the word after it.
     */
    Optional<Entity> placeSaidBy(Entity e, String key) {
        List<Fact> facts = book.facts(e).get(key);
        if (facts == null) {
            return Optional.empty();
        }
        return firstNamed(facts.get(0).value(),
                name -> placeBeginning("", name).or(() -> book.entity(EntityKind.SIGHT, name)));
    }

    /** The person the value begins with ("Kassym-Jomart Tokayev (in office since…)"), if it is one of ours. */
    Optional<Entity> personBeginning(String value) {
        return book.entity(EntityKind.PERSON, leading(value));
    }

    /**
     * The sight, topic or person of ours a value begins with, "the" aside ("the Irtysh, 4,248 km long…", "Khan Tengri,
     * in the Tian Shan…"), if it begins with one.
     */
    Optional<Entity> thingBeginning(String value) {
        String leading = leading(value).replaceFirst("^(?i)the\\s+", "");
        for (EntityKind kind : new EntityKind[] {EntityKind.SIGHT, EntityKind.TOPIC, EntityKind.PERSON}) {
            Optional<Entity> e = book.entity(kind, leading);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** The keys of {@code e}'s facts ("flag designer", "national emblem"). */
    Set<String> keys(Entity e) {
        return book.facts(e).keySet();
    }

    /** How {@code language} calls {@code e}'s attribute {@code key} ("National Flag", «Государственный флаг»). */
    Optional<String> label(Entity e, String key, Language language) {
        List<Fact> list = book.facts(e).get(key);
        return list == null || list.isEmpty() ? Optional.empty()
                : Optional.of(book.label(key, list.get(0).attribute(), language));
    }

    /** What a value begins with, up to its first comma, semicolon, bracket or dash: a name when it begins with one. */
    private static String leading(String value) {
        return value.split("[,;(—–]", 2)[0].strip();
    }

    /** A few lines about {@code e}: what a question that names a place and asks nothing else gets. */
    Answer.FactAnswer summary(Entity e, Language language) {
        return summary(e, language, false);
    }

    /**
     * A few lines about {@code e}, and with {@code whereFound} where it lives or grows, when the knowledge says:
     * what a question whether it is found here gets.
     */
    Answer.FactAnswer summary(Entity e, Language language, boolean whereFound) {
        Messages say = Messages.get(language);
        Map<String, List<Fact>> facts = book.facts(e);
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        boolean untranslated = false;
        List<String> keys = new ArrayList<>(SUMMARY);
        if (whereFound) {
            keys.addAll(keys.indexOf("what it is") + 1, WHERE_FOUND);
        }
        for (String key : keys) {
            List<Fact> list = facts.get(key);
            if (list == null || lines.size() >= SUMMARY_LINES) {
                continue;
            }
            Fact f = list.get(0);
            Value v = value(f, language);
            untranslated |= !v.translated();
            lines.add(book.label(key, f.attribute(), language) + ": " + v.text());
            sources.add(f.source().citation(language));
        }
        if (lines.isEmpty()) {
            return null;
        }
        if (untranslated) {
            lines.add(say.say("only_english"));
        }
        return new Answer.FactAnswer(title(e, language), String.join("\n", lines), List.copyOf(sources),
                links(e, language), language, new Topic(e.id(), ""));
    }

    /**
     * Everything known about {@code e}: its names, then each attribute with its newest value (and an older source's
     * different figure or name, when there is one).
     */
    Answer.Reply card(Entity e, Language language, int limit) {
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        String names = names(e);
        if (!names.isEmpty()) {
            lines.add(say.say("names") + ": " + names);
        }
        boolean untranslated = false;
        for (Map.Entry<String, List<Fact>> entry : book.facts(e).entrySet()) {
            Fact newest = entry.getValue().get(0);
            if (Names.isRecognitionOnly(newest.attribute())) {
                continue; // already in the names line
            }
            Value v = value(newest, language);
            untranslated |= !v.translated();
            lines.add(book.label(entry.getKey(), newest.attribute(), language) + ": " + v.text());
            older(entry.getValue(), language).ifPresent(lines::add); // a centre that moved, a figure revised
            sources.add(newest.source().citation(language));
        }
        if (untranslated) {
            lines.add(say.say("only_english"));
        }
        return new Answer.Reply(title(e, language), fit(lines, limit), List.copyOf(sources), links(e, language),
                language, new Topic(e.id(), ""));
    }

    /** "Almaty — city", "Kazakhstan". */
    String title(Entity e, Language language) {
        String name = Localizer.lineStart(Localizer.name(e, language)); // a title begins as a line does
        return switch (e.kind()) {
            case COUNTRY, PERSON, TOPIC, SIGHT -> name;
            case REGION -> name + " — " + Messages.get(language).say("region_word");
            case CITY -> name + " — " + Messages.get(language).say("city_word");
        };
    }

    /** A region's centre and a city's region are one tap away, named by what the button does. */
    private List<Choice> links(Entity from, Language language) {
        List<Choice> out = new ArrayList<>();
        Map<String, List<Fact>> facts = book.facts(from);
        link(from, facts.get("administrative center"), EntityKind.CITY, "button_center", language).ifPresent(out::add);
        link(from, facts.get("region"), EntityKind.REGION, "button_region", language).ifPresent(out::add);
        return out;
    }

    private Optional<Choice> link(Entity from, List<Fact> facts, EntityKind target, String label, Language language) {
        if (facts == null) {
            return Optional.empty();
        }
        return book.entity(target, facts.get(0).value()).filter(e -> !e.equals(from))
                .map(e -> Choice.opening(e, Messages.get(language).say(label, Localizer.name(e, language))));
    }

    private static String names(Entity e) {
        Set<String> all = new LinkedHashSet<>();
        all.add(e.name());
        for (String language : List.of("ru", "kk", "en")) {
            all.addAll(e.names().getOrDefault(language, List.of()));
        }
        return String.join(", ", all);
    }

    /** A value as shown: its text in the user's language and whether it had a translation there. */
    record Value(String text, boolean translated) {
    }

    /** The value in the user's language, with the year it describes when the text does not already say it. */
    Value value(Fact f, Language language) {
        String translated = f.valueIn(language);
        boolean has = translated != null || isLanguageFree(f.value());
        String v = translated != null ? translated : localizer.localize(f.value(), language);
        if (language == Language.EN && f.attributeKey().equals("region")) {
            // "Region: Karaganda" reads as the city; Russian and Kazakh values say «Карагандинская область»
            String bare = v;
            v = book.entity(EntityKind.REGION, bare).map(r -> Localizer.fullName(r, language)).orElse(bare);
        }
        if (!has && localizer.isAllNames(f.value())) {
            has = true; // a list of place names, written in the user's language by the localizer
        }
        if (!f.asOf().isEmpty() && !v.contains(f.asOf())) {
            v = v + " (" + f.asOf() + ")";
        }
        return new Value(v, has);
    }

    /** Figures and symbols read the same in every language: "2,724,900 km²", "43.25". */
    private static boolean isLanguageFree(String value) {
        return !value.matches(".*\\p{L}{2,}.*") || value.matches("[\\d\\s.,]+\\s*(km²|km|m|%|KZT)?\\s*");
    }

    /** At most one line naming an older source that gives a different figure, count or name. */
    private Optional<String> older(List<Fact> facts, Language language) {
        Fact newest = facts.get(0);
        if (!factual(newest.value())) {
            return Optional.empty(); // a description: older wording is not an older fact
        }
        for (Fact f : facts.subList(1, facts.size())) {
            if (!f.source().equals(newest.source()) && factual(f.value())
                    && !comparable(f.value()).equals(comparable(newest.value()))
                    && !reworded(f.value(), newest.value())) {
                Messages say = Messages.get(language);
                return Optional.of(say.say("older", value(f, language).text(), f.source().citation(language)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code older} says what {@code newer} says in other words: no figure, and a word in common
     * ("Mountainous" and "Mountains and foothills").
     */
    private static boolean reworded(String older, String newer) {
        if (older.matches(".*\\d.*")) {
            return false;
        }
        Set<String> stems = new java.util.HashSet<>();
        for (String w : newer.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= REWORDED_STEM) {
                stems.add(w.substring(0, REWORDED_STEM));
            }
        }
        for (String w : older.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= REWORDED_STEM && stems.contains(w.substring(0, REWORDED_STEM))) {
                return true;
            }
        }
        return false;
    }

    /** Letters two words must share at their start to count as one word reworded ("mountain-ous", "mountain-s"). */
    static final int REWORDED_STEM = 6;

    /** Whether a value is a fact that can be outdated rather than a description worded differently. */
    private static boolean factual(String value) {
        return words(value) <= OLDER_VALUE_WORDS || value.matches("\\d.*");
    }

    private static int words(String value) {
        return value.split("\\s+").length;
    }

    private static String comparable(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Joins lines, dropping whole lines from the end rather than cutting one in the middle. */
    static String fit(List<String> lines, int limit) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() + line.length() + 1 > limit && !sb.isEmpty()) {
                sb.append("\n…");
                break;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
