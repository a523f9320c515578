package kz.bot.answer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Writes the names of places in the user's language: in a Russian answer «Astana» becomes «Астана» wherever a
 * short value names a known city, region or country.
 */
final class Localizer {

    /** Values of more words than this are sentences, not names. */
    static final int SHORT_VALUE_WORDS = 8;
    /** The longest place name, in words ("North Kazakhstan", "Ust-Kamenogorsk" are two). */
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private final Map<Language, Map<String, String>> replacements = new EnumMap<>(Language.class);

    Localizer(FactBook book) {
        for (Language language : List.of(Language.RU, Language.KK)) {
            Map<String, String> map = new HashMap<>();
            // cities first: where a city and a region share a name, the city's spelling is the one used for both
            for (EntityKind kind : List.of(EntityKind.CITY, EntityKind.REGION, EntityKind.COUNTRY)) {
                for (Entity e : book.entities(kind)) {
                    String local = e.nameIn(language.code());
                    if (!local.equals(e.name())) {
                        map.putIfAbsent(e.name(), local);
                    }
                }
            }
            replacements.put(language, map);
        }
    }

    /**
     * {@code text} with every known English place name written in {@code language}, when {@code text} is a short
     * value such as a list of names; an English sentence stays English rather than becoming a mix of scripts.
     */
    String localize(String text, Language language) {
        Map<String, String> map = replacements.get(language);
        if (map == null || map.isEmpty() || text.split("\\s+").length > SHORT_VALUE_WORDS) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        List<int[]> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            String local = null;
            // the longest run of words that is a place name: "East Kazakhstan" before "Kazakhstan"
            for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1 && local == null; n--) {
                local = map.get(text.substring(words.get(i)[0], words.get(i + n - 1)[1]));
                matched = n;
            }
            if (local == null) {
                i++;
                continue;
            }
            sb.append(text, copied, words.get(i)[0]).append(local);
            copied = words.get(i + matched - 1)[1];
            i += matched;
        }
        return sb.append(text.substring(copied)).toString();
    }

    /** True when {@code text} is a list of known place names and nothing else ("Astana, Almaty, Shymkent"). */
    boolean isAllNames(String text) {
        Map<String, String> map = replacements.get(Language.RU);
        String rest = text;
        for (String name : map.keySet()) {
            rest = rest.replace(name, " ");
        }
        return !text.isBlank() && rest.replaceAll("[\\s,;.()\\-–—]|\\band\\b", "").isEmpty();
    }

    /**
     * {@code line} with its first letter in upper case: a line that begins with a name written in lower case inside a
     * sentence («озеро Зайсан», «пик Талгар») still begins as a line does.
     */
    static String lineStart(String line) {
        return line.isEmpty() || !Character.isLowerCase(line.charAt(0)) ? line
                : line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1);
    }

    /** The entity's name in {@code language}. */
    static String name(Entity e, Language language) {
        return e.nameIn(language.code());
    }

    /**
     * The entity's name in a sentence or a fact line: a region's English name with "region" after it ("Almaty
     * region", never a bare "Almaty" that reads as the city); Russian and Kazakh names of regions say so already.
     */
    static String fullName(Entity e, Language language) {
        String name = name(e, language);
        if (e.kind() == EntityKind.REGION && language == Language.EN
                && !name.toLowerCase(Locale.ROOT).contains("region")) {
            return name + " " + Messages.get(language).say("region_word");
        }
        return name;
    }
}
