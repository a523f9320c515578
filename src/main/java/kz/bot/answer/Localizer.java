package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.language.Language;

/**
 * Writes the names of places in the user's language: in a Russian answer «Astana» becomes «Астана» wherever a
 * value names a known city, region or country.
 */
final class Localizer {

    /** Values of more words than this are sentences, not names. */
    static final int SHORT_VALUE_WORDS = 8;

    private final Map<Language, Map<String, String>> replacements = new EnumMap<>(Language.class);
    private final Pattern names;

    Localizer(FactBook book) {
        List<String> english = new ArrayList<>();
        for (Language language : List.of(Language.RU, Language.KK)) {
            Map<String, String> map = new HashMap<>();
            // cities first: where a city and a region share a name, the city's spelling is the one used for both
            book.entities().stream()
                    .sorted(Comparator.comparing((Entity e) -> e.kind().ordinal()).reversed())
                    .forEach(e -> {
                        String local = e.nameIn(language.code());
                        if (!local.equals(e.name())) {
                            map.putIfAbsent(e.name(), local);
                        }
                    });
            replacements.put(language, map);
        }
        for (Entity e : book.entities()) {
            english.add(e.name());
        }
        english.sort(Comparator.comparing(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String name : english) {
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(name));
        }
        this.names = alternation.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * {@code text} with every known English place name written in {@code language}, when {@code text} is a short
     * value such as a list of names; an English sentence stays English rather than becoming a mix of scripts.
     */
    String localize(String text, Language language) {
        Map<String, String> map = replacements.get(language);
        if (map == null || map.isEmpty() || names == null || text.split("\\s+").length > SHORT_VALUE_WORDS) {
            return text;
        }
        Matcher m = names.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(map.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The entity's name in {@code language}. */
    static String name(Entity e, Language language) {
        return e.nameIn(language.code());
    }
}
