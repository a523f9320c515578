package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.facts.NameEntry;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Finds the countries, regions and cities a question names, under any of their names and spellings, inflected, and
 * with a typo or two. Built once per knowledge base; thread-safe.
 */
final class NameFinder {

    /** One name of an entity, as comparable forms ("Ust-Kamenogorsk" → [уст, каменогорск]). */
    record Name(List<String> forms, Entity entity, String written) {
    }

    /**
     * Where a name stands in a question: word positions {@code [start, end)}, the entities it may mean (a name such as
     * Almaty is a city and a region), and whether it was matched despite a typo.
     */
    record Mention(int start, int end, List<Entity> entities, boolean fuzzy) {
    }

    private final TextIndex index;
    private final Map<String, List<Name>> byFirstForm = new HashMap<>();
    private final List<Name> all = new ArrayList<>();
    private final Set<String> forms = new java.util.HashSet<>();

    NameFinder(FactBook book, TextIndex index) {
        this.index = index;
        for (NameEntry n : book.names()) {
            Language language = Language.fromCode(n.language()).orElse(Language.EN);
            List<String> f = index.forms(n.name(), language);
            if (f.isEmpty()) {
                continue;
            }
            Name name = new Name(List.copyOf(f), n.entity(), n.name());
            byFirstForm.computeIfAbsent(f.get(0), k -> new ArrayList<>()).add(name);
            all.add(name);
            forms.addAll(f);
        }
    }

    /** True when {@code form} is (part of) some name. */
    boolean isNameForm(String form) {
        return forms.contains(form);
    }

    /**
     * The names in {@code questionForms}, longest match first, left to right. A word for which {@code known} is true
     * is an ordinary word and is never read as a misspelt name.
     */
    List<Mention> find(List<String> questionForms, IntPredicate known) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < questionForms.size()) {
            Mention m = exactAt(questionForms, i);
            if (m == null && !known.test(i)) {
                m = fuzzyAt(questionForms, i);
            }
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            i = m.end();
        }
        return out;
    }

    private Mention exactAt(List<String> q, int i) {
        List<Name> candidates = byFirstForm.get(q.get(i));
        if (candidates == null) {
            return null;
        }
        int bestLength = 0;
        Set<Entity> entities = new LinkedHashSet<>();
        for (Name n : candidates) {
            int len = n.forms().size();
            if (len < bestLength || i + len > q.size() || !q.subList(i, i + len).equals(n.forms())) {
                continue;
            }
            if (len > bestLength) {
                bestLength = len;
                entities.clear();
            }
            entities.add(n.entity());
        }
        return bestLength == 0 ? null : new Mention(i, i + bestLength, List.copyOf(entities), false);
    }

    private Mention fuzzyAt(List<String> q, int i) {
        String word = q.get(i);
        int max = Edits.allowed(word);
        if (max == 0) {
            return null;
        }
        int best = max + 1;
        int bestLength = 0;
        Set<Entity> entities = new LinkedHashSet<>();
        for (Name n : all) {
            int len = n.forms().size();
            if (i + len > q.size() || n.forms().get(0).isEmpty() || n.forms().get(0).charAt(0) != word.charAt(0)) {
                continue;
            }
            int d = Edits.distance(word, n.forms().get(0), max);
            if (d > max || !q.subList(i + 1, i + len).equals(n.forms().subList(1, len))) {
                continue;
            }
            if (d < best || d == best && len > bestLength) {
                best = d;
                bestLength = len;
                entities.clear();
            }
            if (d == best && len == bestLength) {
                entities.add(n.entity());
            }
        }
        return bestLength == 0 ? null : new Mention(i, i + bestLength, List.copyOf(entities), true);
    }

    /**
     * The entities of {@code kind} that {@code text} names: an exact name first; otherwise every name within a typo's
     * reach. Empty when nothing is close.
     */
    List<Entity> lookup(String text, Language language, EntityKind kind) {
        List<String> q = index.forms(text, language);
        if (q.isEmpty()) {
            return List.of();
        }
        Set<Entity> exact = new LinkedHashSet<>();
        for (Name n : all) {
            if (n.entity().kind() == kind && n.forms().equals(q)) {
                exact.add(n.entity());
            }
        }
        if (!exact.isEmpty()) {
            return List.copyOf(exact);
        }
        Set<Entity> found = new LinkedHashSet<>();
        for (Mention m : find(q, i -> false)) {
            m.entities().stream().filter(e -> e.kind() == kind).forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** Up to {@code limit} entities of {@code kind} whose names are closest to {@code text}, for "did you mean". */
    List<Entity> closest(String text, Language language, EntityKind kind, int limit) {
        List<String> q = index.forms(text, language);
        if (q.isEmpty()) {
            return List.of();
        }
        String joined = String.join(" ", q);
        int max = Math.max(2, joined.length() / 3);
        Map<Entity, Integer> distance = new HashMap<>();
        for (Name n : all) {
            if (kind != null && n.entity().kind() != kind) {
                continue;
            }
            int d = Edits.distance(joined, String.join(" ", n.forms()), max);
            if (d <= max) {
                distance.merge(n.entity(), d, Math::min);
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue().thenComparing(e -> e.getKey().name()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * Up to {@code limit} entities with a name that begins with {@code text} ("alm" → Almaty), cities before regions:
     * what someone typing an inline query is on the way to. Shorter prefixes than two letters match too much.
     */
    List<Entity> startingWith(String text, Language language, int limit) {
        List<String> q = index.forms(text, language);
        String prefix = String.join(" ", q);
        if (prefix.length() < 2) {
            return List.of();
        }
        Set<Entity> found = new LinkedHashSet<>();
        for (Name n : all) {
            if (String.join(" ", n.forms()).startsWith(prefix)) {
                found.add(n.entity());
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
            int max = Math.max(1, Math.min(3, w.length() / 3));
            for (Name n : all) {
                if (n.forms().size() != 1) {
                    continue;
                }
                int d = Edits.distance(w, n.forms().get(0), max);
                if (d <= max) {
                    distance.merge(n.entity(), d, Math::min);
                }
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().kind() == EntityKind.CITY ? 0 : 1)
                        .thenComparing(e -> e.getKey().name()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    static Comparator<Entity> byName() {
        return Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER);
    }
}
