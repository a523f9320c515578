package kz.bot.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.Linker;
import kz.bot.facts.NameEntry;
import kz.bot.knowledge.EntityKind;

/**
 * The other names of the knowledge's cities — former names and other spellings ("Alma-Ata", «Семипалатинск»,
 * "Tselinograd") — each with the city's usual name, so that a text naming a city by another name is indexed as naming
 * that city: the Zheltoqsan paragraph (protests "in Alma-Ata") answers "what happened in Almaty in 1986".
 * A name that another entity also has (Akmola the region, Zhambyl the region and the poet) or that two cities share
 * stays out: it does not say which place is meant.
 */
final class OtherNames {

    /** Shorter names are too often words or parts of other names. */
    static final int MIN_LENGTH = 5;
    /** The longest other name, in words ("Ust-Kamenogorsk" is two). */
    private static final int MAX_WORDS = 3;
    /** The longest case ending taken off a Cyrillic name: Kazakh «-дағы», «-ының» are four letters. */
    private static final int MAX_ENDING = 4;
    /** What is left of a Cyrillic name when an ending is taken off, at least. */
    private static final int MIN_STEM = 4;
    /** The letters a Russian case ending takes the place of at a name's end: Алма-Ата, в Алма-Ате. */
    private static final String FINAL_VOWELS = "аяоеыийь";
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, String> usual;
    /** Every name of a city or region, in any language, with the place's usual name; none another entity has. */
    private final Map<String, String> places;

    private OtherNames(Map<String, String> usual, Map<String, String> places) {
        this.usual = Map.copyOf(usual);
        this.places = Map.copyOf(places);
    }

    static OtherNames of(List<NameEntry> names) {
        Map<String, Set<Long>> owners = new HashMap<>();
        Set<String> usualNames = new HashSet<>();
        Set<String> notOnlyPlaces = new HashSet<>(); // "Zhambyl" is the poet too: it names no place for sure
        for (NameEntry n : names) {
            owners.computeIfAbsent(Linker.key(n.name()), k -> new HashSet<>()).add(n.entity().id());
            if (!isPlace(n.entity())) {
                notOnlyPlaces.add(Linker.key(n.name()));
            }
        }
        for (Entity e : names.stream().map(NameEntry::entity).distinct().toList()) {
            usualNames.add(Linker.key(e.name()));
            e.names().values().forEach(list -> list.forEach(u -> usualNames.add(Linker.key(u))));
        }
        Map<String, String> usual = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        for (NameEntry n : names) {
            String k = Linker.key(n.name());
            if (isPlace(n.entity()) && k.length() >= MIN_LENGTH && !notOnlyPlaces.contains(k)) {
                places.putIfAbsent(k, n.entity().name());
            }
            if (n.entity().kind() == EntityKind.CITY && k.length() >= MIN_LENGTH && owners.get(k).size() == 1
                    && !usualNames.contains(k)) {
                usual.put(k, n.entity().name());
                // a Russian ending takes the place of a final vowel: Алма-Ата, в Алма-Ате
                if (isCyrillic(k) && FINAL_VOWELS.indexOf(k.charAt(k.length() - 1)) >= 0) {
                    usual.putIfAbsent(k.substring(0, k.length() - 1), n.entity().name());
                }
            }
        }
        return new OtherNames(usual, places);
    }

    /**
     * The usual names of the cities and regions {@code text} names by any of their names, with the same rules as
     * {@link #usualNamesIn}: "Semipalatinsk, renamed Alash-kala (today Semey)" names Semey.
     */
    Set<String> placesIn(String text) {
        return found(text, places);
    }

    /**
     * The usual names of the cities {@code text} names by another name, separated by spaces ("" when none). A name is
     * written with a capital letter (Russian «верный», "faithful", is not Verny); in Cyrillic it may carry a case
     * ending (в Алма-Ате, Алма-Атада, Семипалатинского).
     */
    String usualNamesIn(String text) {
        return String.join(" ", found(text, usual));
    }

    private static Set<String> found(String text, Map<String, String> usual) {
        if (usual.isEmpty()) {
            return Set.of();
        }
        String[] words = WORD_BREAK.split(Normalizer.normalize(text, Normalizer.Form.NFKC));
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                String word = Linker.key(words[i + n]);
                int endings = isCyrillic(word) ? MAX_ENDING : 0;
                for (int cut = 0; cut <= endings && cut < word.length()
                        && (cut == 0 || phrase.length() + word.length() - cut >= MIN_STEM);
                        cut++) {
                    String name = usual.get(phrase + word.substring(0, word.length() - cut));
                    if (name != null) {
                        found.add(name);
                    }
                }
                phrase.append(word);
            }
        }
        return found;
    }

    private static boolean isPlace(Entity e) {
        return e.kind() == EntityKind.CITY || e.kind() == EntityKind.REGION;
    }

    private static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeBlock.of(word.charAt(word.length() - 1))
                == Character.UnicodeBlock.CYRILLIC;
    }
}
