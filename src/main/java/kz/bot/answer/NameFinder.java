package kz.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    /** Names this short are abbreviations, typed in capitals. */
    static final int ABBREVIATION = 3;
    /** Suggestions also come from names sharing this many first letters, up to this many edits away. */
    private static final int SUGGESTION_PREFIX = 4;
    private static final int SUGGESTION_MAX_EDITS = 3;
    /** Name forms looked at for a typed beginning ("alm"): enough for a page of inline results. */
    private static final int PREFIX_CANDIDATES = 200;

    private final TextIndex index;
    private final TypoRule typos;
    private final Map<String, List<Name>> byFirstForm = new HashMap<>();
    private final Map<Long, Set<String>> oneWordNames = new HashMap<>();
    private final Set<String> forms = new java.util.HashSet<>();

    /**
     * @param kindWords forms of words such as "region", «область», «облысы»: a region's name is also recognised
     *                  without them («Туркестанскую» for «Туркестанская область»)
     */
    NameFinder(FactBook book, TextIndex index, Set<String> kindWords) {
        this.index = index;
        this.typos = new TypoRule(index);
        for (NameEntry n : book.names()) {
            List<String> f = firstForms(index.nameForms(n.name()));
            if (f.isEmpty()) {
                continue;
            }
            add(new Name(List.copyOf(f), n.entity(), n.name()));
            if (n.entity().kind() == kz.bot.knowledge.EntityKind.PERSON && f.size() > 1) {
                // people are called by one of their names: "Abai", "Tokayev"
                for (String part : f) {
                    if (part.length() >= 3) {
                        add(new Name(List.of(part), n.entity(), n.name()));
                    }
                }
            }
            if (f.size() > 1 && kindWords.contains(f.get(f.size() - 1))) {
                add(new Name(List.copyOf(f.subList(0, f.size() - 1)), n.entity(), n.name()));
            } else if (f.size() > 1 && kindWords.contains(f.get(0))) {
                add(new Name(List.copyOf(f.subList(1, f.size())), n.entity(), n.name()));
            }
        }
    }

    /** The first form of each token: how names are compared. */
    static List<String> firstForms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.forms().iterator().next());
        }
        return out;
    }

    private void add(Name name) {
        byFirstForm.computeIfAbsent(name.forms().get(0), k -> new ArrayList<>()).add(name);
        forms.addAll(name.forms());
        if (name.forms().size() == 1) {
            oneWordNames.computeIfAbsent(name.entity().id(), k -> new LinkedHashSet<>()).add(name.forms().get(0));
        }
    }

    /** Forms of the entity's one-word names, by which passages may name it in any language. */
    Set<String> oneWordNames(Entity entity) {
        return oneWordNames.getOrDefault(entity.id(), Set.of());
    }

    /** True when {@code forms} are exactly the forms of some name. */
    boolean isExactName(List<String> forms) {
        if (forms.isEmpty()) {
            return false;
        }
        for (Name n : byFirstForm.getOrDefault(forms.get(0), List.of())) {
            if (n.forms().equals(forms)) {
                return true;
            }
        }
        return false;
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
        return find(questionForms, known, i -> true);
    }

    /**
     * As {@link #find(List, IntPredicate)}; where {@code abbreviationOk} is false for a word (a word of at most
     * {@link #ABBREVIATION} letters not typed in capitals), no one-word name is found there: «ско» is not «СКО».
     */
    List<Mention> find(List<String> questionForms, IntPredicate known, IntPredicate abbreviationOk) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < questionForms.size()) {
            Mention m = exactAt(questionForms, i);
            if (m != null && m.end() - m.start() == 1 && !abbreviationOk.test(i)) {
                m = null;
            }
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
            if (len < bestLength || i + len > q.size() || !restMatches(q, i, n.forms())) {
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
        if (word.length() < 4) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        int bestLength = 0;
        Set<Entity> entities = new LinkedHashSet<>();
        // the dictionary finds candidates fast; the typo rule of Edits decides, as for every other word
        for (String first : index.nameFormsNear(word, 2, true)) {
            if (!typos.isTypo(word, first)) {
                continue;
            }
            for (Name n : byFirstForm.getOrDefault(first, List.of())) {
                int len = n.forms().size();
                if (i + len > q.size() || !restMatches(q, i, n.forms())) {
                    continue;
                }
                int d = typos.distance(word, first);
                if (d < best || d == best && len > bestLength) {
                    best = d;
                    bestLength = len;
                    entities.clear();
                }
                if (d == best && len == bestLength) {
                    entities.add(n.entity());
                }
            }
        }
        return bestLength == 0 ? null : new Mention(i, i + bestLength, List.copyOf(entities), true);
    }

    /** The words after the first of a multi-word name: each the same, or a typo of it («Нур-Султане»). */
    private boolean restMatches(List<String> q, int i, List<String> name) {
        for (int j = 1; j < name.size(); j++) {
            String typed = q.get(i + j);
            if (!typed.equals(name.get(j)) && !typos.isTypo(typed, name.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entities of {@code kind} that {@code text} names: an exact name first; otherwise every name within a typo's
     * reach. Empty when nothing is close.
     */
    List<Entity> lookup(String text, Language language, EntityKind kind) {
        List<String> q = firstForms(index.nameForms(text));
        if (q.isEmpty()) {
            return List.of();
        }
        Set<Entity> exact = new LinkedHashSet<>();
        for (Name n : byFirstForm.getOrDefault(q.get(0), List.of())) {
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
        List<String> q = firstForms(index.nameForms(text));
        if (q.isEmpty()) {
            return List.of();
        }
        return closestNames(q.get(0), kind, limit);
    }

    /**
     * Up to {@code limit} entities with a name that begins with {@code text} ("alm" → Almaty), cities before regions:
     * what someone typing an inline query is on the way to. Shorter prefixes than two letters match too much.
     */
    List<Entity> startingWith(String text, Language language, int limit) {
        List<String> q = firstForms(index.nameForms(text));
        String prefix = String.join(" ", q);
        if (prefix.length() < 2) {
            return List.of();
        }
        Set<Entity> found = new LinkedHashSet<>();
        List<String> firstForms = q.size() == 1
                ? index.nameFormsStartingWith(q.get(0), PREFIX_CANDIDATES) : List.of(q.get(0));
        for (String first : firstForms) {
            for (Name n : byFirstForm.getOrDefault(first, List.of())) {
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
            for (Name n : byFirstForm.getOrDefault(form, List.of())) {
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
        for (String form : oneWordNames.getOrDefault(e.id(), Set.of())) {
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
