package kz.bot.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.NameEntry;
import kz.bot.knowledge.EntityKind;

/**
 * The other names of the knowledge's cities — former names and other spellings ("Alma-Ata", «Семипалатинск»,
 * "Tselinograd") — each with the city's usual name, so that a text naming a city by another name is indexed as naming
 * that city: the Zheltoqsan paragraph ("the main square of Alma-Ata") answers "what happened in Almaty in 1986".
 * A name that another entity also has (Akmola the region, Zhambyl the region and the poet) or that two cities share
 * stays out: it does not say which place is meant.
 */
final class OtherNames {

    /** Shorter names are too often words or parts of other names. */
    static final int MIN_LENGTH = 5;
    /** The longest other name, in words ("Ust-Kamenogorsk" is two). */
    private static final int MAX_WORDS = 3;

    private final Map<String, String> usual;

    private OtherNames(Map<String, String> usual) {
        this.usual = Map.copyOf(usual);
    }

    static OtherNames of(List<NameEntry> names) {
        Map<String, Set<Long>> owners = new HashMap<>();
        Set<String> usualNames = new HashSet<>();
        for (NameEntry n : names) {
            owners.computeIfAbsent(key(n.name()), k -> new HashSet<>()).add(n.entity().id());
            usualNames.add(key(n.entity().name()));
            n.entity().names().values().forEach(list -> list.forEach(u -> usualNames.add(key(u))));
        }
        Map<String, String> usual = new HashMap<>();
        for (NameEntry n : names) {
            String k = key(n.name());
            if (n.entity().kind() == EntityKind.CITY && k.length() >= MIN_LENGTH && owners.get(k).size() == 1
                    && !usualNames.contains(k)) {
                usual.put(k, n.entity().name());
            }
        }
        return new OtherNames(usual);
    }

    /** The usual names of the cities {@code text} names by another name, separated by spaces ("" when none). */
    String usualNamesIn(String text) {
        if (usual.isEmpty()) {
            return "";
        }
        String[] words = key(text).split(" ");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words[i + n]);
                String name = usual.get(phrase.toString());
                if (name != null) {
                    found.add(name);
                }
            }
        }
        return String.join(" ", found);
    }

    /** Case, accents, punctuation and spacing do not make a different name. */
    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
