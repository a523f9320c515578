package kz.bot.answer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/**
 * Names offered rather than found: the entities closest to a word nothing matched ("did you mean"), and those whose
 * name begins with what someone is typing (inline mode). Immutable and thread-safe.
 */
final class NameSuggestions {

    /** Suggestions also come from names sharing this many first letters, up to this many edits away. */
    private static final int SUGGESTION_PREFIX = 4;
    private static final int SUGGESTION_MAX_EDITS = 3;
    /** Name forms looked at for a typed beginning ("alm"): enough for a page of inline results. */
    private static final int PREFIX_CANDIDATES = 200;

    private final TextIndex index;
    private final TypoRule typos;
    private final NameDictionary dictionary;

    NameSuggestions(TextIndex index, TypoRule typos, NameDictionary dictionary) {
        this.index = index;
        this.typos = typos;
        this.dictionary = dictionary;
    }

    /** Up to {@code limit} entities of {@code kind} whose names are closest to {@code text}, for "did you mean". */
    List<Entity> closest(String text, EntityKind kind, int limit) {
        List<String> q = NameFinder.firstForms(index.nameForms(text));
        if (q.isEmpty()) {
            return List.of();
        }
        return closestNames(q.get(0), kind, limit);
    }

    /**
     * Up to {@code limit} entities with a name that begins with {@code text} ("alm" → Almaty), cities before regions:
     * what someone typing an inline query is on the way to. Shorter prefixes than two letters match too much.
     */
    List<Entity> startingWith(String text, int limit) {
        List<String> q = NameFinder.firstForms(index.nameForms(text));
        String prefix = String.join(" ", q);
        if (prefix.length() < 2) {
            return List.of();
        }
        Set<Entity> found = new LinkedHashSet<>();
        List<String> firstForms = q.size() == 1
                ? index.nameFormsStartingWith(q.get(0), PREFIX_CANDIDATES) : List.of(q.get(0));
        for (String first : firstForms) {
            for (NameDictionary.Name n : dictionary.withFirstForm(first)) {
                if (String.join(" ", n.forms()).startsWith(prefix)) {
                    found.add(n.entity());
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparing((Entity e) -> e.kind().ordinal()).reversed().thenComparing(byName()))
                .limit(limit).toList();
    }

    /** Closest entities of any kind to the words of a question that nothing matched. */
    List<Entity> closestToWords(List<String> words, int limit) {
        Map<Entity, Integer> distance = new HashMap<>();
        for (String w : words) {
            if (w.length() < 4) {
                continue; // "did you mean" for a two-letter word is noise
            }
            for (Entity e : closestNames(w, null, limit)) {
                distance.merge(e, typos.distance(w, closestForm(w, e)), Math::min);
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().kind() == EntityKind.CITY ? 0 : 1)
                        .thenComparing(e -> e.getKey().name()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * Entities with a name whose first word is close to {@code word}: within one edit for a word of up to four
     * letters and two for longer ones, or starting with the same letters. Closest first.
     */
    private List<Entity> closestNames(String word, EntityKind kind, int limit) {
        Map<Entity, Integer> distance = new HashMap<>();
        int edits = word.length() <= 4 ? 1 : 2;
        Set<String> candidates = new LinkedHashSet<>(index.nameFormsNear(word, edits, false));
        Set<String> prefixed = new HashSet<>();
        if (word.length() >= 3) {
            prefixed.addAll(index.nameFormsStartingWith(word.substring(0, Math.min(SUGGESTION_PREFIX, word.length())),
                    20));
            candidates.addAll(prefixed);
        }
        for (String form : candidates) {
            int d = typos.distance(word, form);
            if (d > SUGGESTION_MAX_EDITS && !prefixed.contains(form)) {
                continue;
            }
            for (NameDictionary.Name n : dictionary.withFirstForm(form)) {
                if (kind == null || n.entity().kind() == kind) {
                    distance.merge(n.entity(), d, Math::min);
                }
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue().thenComparing(e -> e.getKey().name()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private String closestForm(String word, Entity e) {
        String best = e.name();
        int bestDistance = Integer.MAX_VALUE;
        for (String form : dictionary.oneWordNames(e)) {
            int d = typos.distance(word, form);
            if (d < bestDistance) {
                bestDistance = d;
                best = form;
            }
        }
        return best;
    }

    static Comparator<Entity> byName() {
        return Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER);
    }
}
