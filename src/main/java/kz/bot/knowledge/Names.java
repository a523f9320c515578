package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules that make facts into names and attribute keys: which attributes list other names of an entity, how those
 * lists are split, and which attribute headers mean the same thing.
 */
public final class Names {

    /** Attributes whose values are other names of the entity, with the language they are in ("" = by script). */
    private static final List<String[]> NAME_ATTRIBUTES = List.of(
            new String[] {"russian", "ru"},
            new String[] {"kazakh", "kk"},
            new String[] {"also known as", ""},
            new String[] {"former names", ""},
            new String[] {"former name", ""},
            new String[] {"names", ""});
    /** Headers that mean the same attribute: the seed guide's "Major City" column lists each region's centre. */
    private static final Map<String, String> SAME_ATTRIBUTE = Map.of(
            "administrative centre", "administrative center",
            "major city", "administrative center",
            "center", "administrative center",
            "centre", "administrative center");

    private Names() {
    }

    /** The key under which {@code attribute} is compared across documents: lower case, synonyms folded. */
    public static String attributeKey(String attribute) {
        String key = attribute.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return SAME_ATTRIBUTE.getOrDefault(key, key);
    }

    /** True when {@code attribute}'s values are names of the entity rather than facts about it. */
    public static boolean isNameAttribute(String attribute) {
        return language(attribute) != null;
    }

    /**
     * True for the name attributes that only help recognise the entity ({@code Russian}, {@code Kazakh},
     * {@code Also Known As}): they are names in their own right and need no translation. Former names do.
     */
    public static boolean isRecognitionOnly(String attribute) {
        String language = language(attribute);
        return language != null && !attribute.trim().toLowerCase(Locale.ROOT).startsWith("former");
    }

    /** The names a fact gives its entity: none unless its attribute is a name attribute. */
    public static List<Alias> aliases(Statement fact) {
        String language = language(fact.attribute());
        if (language == null) {
            return List.of();
        }
        List<Alias> out = new ArrayList<>();
        for (String part : fact.value().split("\\s*[;,]\\s*")) {
            String name = part.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
            if (name.isEmpty() || name.equals("-") || name.equals("—") || name.equalsIgnoreCase("none")) {
                continue;
            }
            out.add(new Alias(name, language.isEmpty() ? scriptLanguage(name) : language, !language.isEmpty()));
        }
        return out;
    }

    private static String language(String attribute) {
        String key = attribute.trim().toLowerCase(Locale.ROOT);
        for (String[] rule : NAME_ATTRIBUTES) {
            if (rule[0].equals(key)) {
                return rule[1];
            }
        }
        return null;
    }

    /** "kk" for Cyrillic with Kazakh letters, "ru" for other Cyrillic, "en" otherwise. */
    public static String scriptLanguage(String text) {
        boolean cyrillic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ("әғқңөұүһі".indexOf(c) >= 0) {
                return "kk";
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic = true;
            }
        }
        return cyrillic ? "ru" : "en";
    }
}
