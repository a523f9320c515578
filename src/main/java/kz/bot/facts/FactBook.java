package kz.bot.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bot.knowledge.EntityKind;

/**
 * Every structured fact of one knowledge base, read from SQLite once and kept in memory: answering must not wait on
 * disk. Immutable, so any number of threads may read it.
 */
public final class FactBook {

    /** Newest source first: when documents disagree, the newest one is answered and the others are mentioned. */
    static final Comparator<Fact> NEWEST_FIRST = Comparator
            .comparing((Fact f) -> f.source().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Fact::line);

    private final List<Source> sources;
    private final List<Entity> entities;
    private final List<NameEntry> names;
    private final Map<Long, Map<String, List<Fact>>> byEntity;
    private final Map<EntityKind, List<Entity>> byKind = new java.util.EnumMap<>(EntityKind.class);
    private final Map<String, Entity> byKindAndName = new HashMap<>();
    private final int factCount;
    /** language code → attribute key → label, from the knowledge's [LABELS] blocks. */
    private final Map<String, Map<String, String>> labels;

    FactBook(List<Source> sources, List<Entity> entities, List<NameEntry> names, List<Fact> facts,
             Map<String, Map<String, String>> labels) {
        this.labels = Map.copyOf(labels);
        this.sources = List.copyOf(sources);
        this.entities = List.copyOf(entities);
        this.names = List.copyOf(names);
        Map<Long, Map<String, List<Fact>>> map = new HashMap<>();
        for (Fact f : facts) {
            map.computeIfAbsent(f.entity().id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.attributeKey(), k -> new ArrayList<>()).add(f);
        }
        map.replaceAll((id, attrs) -> {
            Map<String, List<Fact>> sorted = new LinkedHashMap<>();
            attrs.forEach((k, list) -> {
                list.sort(NEWEST_FIRST);
                sorted.put(k, List.copyOf(list));
            });
            return Collections.unmodifiableMap(sorted);
        });
        this.byEntity = Map.copyOf(map);
        this.factCount = facts.size();
        for (EntityKind kind : EntityKind.values()) {
            byKind.put(kind, this.entities.stream().filter(e -> e.kind() == kind)
                    .sorted(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER)).toList());
        }
        for (Entity e : this.entities) {
            byKindAndName.putIfAbsent(e.kind() + "|" + e.name().toLowerCase(java.util.Locale.ROOT), e);
        }
    }

    /**
     * A fact book made in memory rather than read from SQLite: for tests of the answering core, and for any caller
     * that has its facts already.
     */
    public static FactBook of(List<Source> sources, List<Entity> entities, List<NameEntry> names, List<Fact> facts,
                              Map<String, Map<String, String>> labels) {
        return new FactBook(sources, entities, names, facts, labels);
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Entities of one kind, in alphabetical order of their English name. */
    public List<Entity> entities(EntityKind kind) {
        return byKind.get(kind);
    }

    /** The entity of {@code kind} whose English name is {@code name} (any case), if there is one. */
    public java.util.Optional<Entity> entity(EntityKind kind, String name) {
        return java.util.Optional.ofNullable(byKindAndName.get(kind + "|" + name.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every name of every entity, the English names included. */
    public List<NameEntry> names() {
        return names;
    }

    /**
     * The facts about {@code entity}, by attribute key in document order; each list holds the newest source first.
     */
    public Map<String, List<Fact>> facts(Entity entity) {
        return byEntity.getOrDefault(entity.id(), Map.of());
    }

    /**
     * How answers in {@code language} call the attribute {@code key}: the knowledge's label, else the built-in one,
     * else (and always in English) the name {@code written} in the knowledge file.
     */
    public String label(String key, String written, kz.bot.language.Language language) {
        if (language == kz.bot.language.Language.EN) {
            return written;
        }
        String fromKnowledge = labels.getOrDefault(language.code(), Map.of()).get(key);
        if (fromKnowledge != null) {
            return fromKnowledge;
        }
        return kz.bot.knowledge.Labels.defaults(language.code()).getOrDefault(key, written);
    }

    /** True when {@code language} has a label for {@code key} (English always has). */
    public boolean hasLabel(String key, kz.bot.language.Language language) {
        return language == kz.bot.language.Language.EN
                || labels.getOrDefault(language.code(), Map.of()).containsKey(key)
                || kz.bot.knowledge.Labels.defaults(language.code()).containsKey(key);
    }

    public int factCount() {
        return factCount;
    }
}
