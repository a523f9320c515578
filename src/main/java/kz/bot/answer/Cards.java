package kz.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Names;
import kz.bot.language.Language;

/** Writes facts as answers: one attribute of one or more entities, or the whole card of an entity. */
final class Cards {

    private final FactBook book;
    private final Localizer localizer;

    Cards(FactBook book, Localizer localizer) {
        this.book = book;
        this.localizer = localizer;
    }

    /** "Kazakhstan — Capital: Astana", newest source first, with older differing values named. */
    Answer.FactAnswer attribute(List<Entity> entities, List<String> keys, Language language) {
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Entity e : entities) {
            for (String key : keys) {
                List<Fact> facts = book.facts(e).get(key);
                if (facts != null && !facts.isEmpty()) {
                    attributeLines(e, key, facts, language, lines, sources);
                }
            }
        }
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), List.of(), language);
    }

    private void attributeLines(Entity e, String key, List<Fact> facts, Language language, List<String> lines,
                                Set<String> sources) {
        Messages say = Messages.get(language);
        Fact newest = facts.get(0);
        lines.add(say.say("of_template", say.attribute(key, newest.attribute()), Localizer.name(e, language),
                value(newest, language)));
        sources.add(newest.source().citation());
        lines.addAll(older(facts, language));
    }

    /** Everything known about {@code e}: its names, then each attribute with its newest value. */
    Answer.Reply card(Entity e, Language language, int limit) {
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        String names = names(e);
        if (!names.isEmpty()) {
            lines.add(say.say("names") + ": " + names);
        }
        List<Choice> choices = new ArrayList<>();
        for (Map.Entry<String, List<Fact>> entry : book.facts(e).entrySet()) {
            String key = entry.getKey();
            if (key.equals("russian") || key.equals("kazakh") || key.equals("also known as")) {
                continue; // already in the names line
            }
            Fact newest = entry.getValue().get(0);
            lines.add(say.attribute(key, newest.attribute()) + ": " + value(newest, language));
            lines.addAll(older(entry.getValue(), language));
            entry.getValue().forEach(f -> sources.add(f.source().citation()));
            linked(e, key, newest).ifPresent(choices::add);
        }
        String title = Localizer.name(e, language) + " — " + say.say(e.kind() == EntityKind.REGION ? "region_word"
                : e.kind() == EntityKind.CITY ? "city_word" : "region_word");
        if (e.kind() == EntityKind.COUNTRY) {
            title = Localizer.name(e, language);
        }
        return new Answer.Reply(title, fit(lines, limit), List.copyOf(sources), choices, language);
    }

    /** A region's centre and a city's region are one tap away. */
    private java.util.Optional<Choice> linked(Entity from, String key, Fact fact) {
        EntityKind target = key.equals("administrative center") ? EntityKind.CITY
                : key.equals("region") ? EntityKind.REGION : null;
        if (target == null) {
            return java.util.Optional.empty();
        }
        return book.entity(target, fact.value()).filter(e -> !e.equals(from))
                .map(e -> new Choice(e.name(), "/" + target.word() + " " + e.name()));
    }

    private static String names(Entity e) {
        Set<String> all = new LinkedHashSet<>();
        all.add(e.name());
        for (String language : List.of("ru", "kk", "en")) {
            all.addAll(e.names().getOrDefault(language, List.of()));
        }
        return String.join(", ", all);
    }

    /** The value in the user's language, with the year it describes when the text does not already say it. */
    private String value(Fact f, Language language) {
        String v = localizer.localize(f.value(), language);
        if (!f.asOf().isEmpty() && !v.contains(f.asOf())) {
            v = v + " (" + f.asOf() + ")";
        }
        return v;
    }

    /** Lines naming each older source that gives a different value. */
    private List<String> older(List<Fact> facts, Language language) {
        Messages say = Messages.get(language);
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(comparable(facts.get(0).value()));
        for (Fact f : facts.subList(1, facts.size())) {
            if (seen.add(comparable(f.value())) && !f.source().equals(facts.get(0).source())) {
                out.add("  " + say.say("older", value(f, language), f.source().citation()));
            }
        }
        return out;
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

    static boolean isNameKey(String key) {
        return Names.isNameAttribute(key);
    }
}
