package kz.bot.facts;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.bot.knowledge.Alias;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.EntityName;
import kz.bot.knowledge.Names;
import kz.bot.knowledge.Statement;

/**
 * Decides which names in different documents are the same entity. A name that another entity of the same kind lists
 * among its own names ("South Kazakhstan" in Turkistan region's former names) is that entity, so facts from an old
 * document land on the entity they describe today and can be compared with newer ones.
 */
public final class Linker {

    private final Map<EntityKind, Map<String, String>> claimed = new HashMap<>();
    private final Set<String> declaring = new HashSet<>();
    private final Map<String, String> display = new LinkedHashMap<>();

    /** Learns from {@code documents} which names are other names of which entity. */
    public Linker(Iterable<Document> documents) {
        Map<EntityKind, Map<String, Set<String>>> claims = new HashMap<>();
        for (Document d : documents) {
            for (Statement s : d.statements()) {
                String owner = key(s.entity().name());
                display.putIfAbsent(s.entity().kind() + "|" + owner, s.entity().name());
                for (Alias a : Names.aliases(s)) {
                    declaring.add(s.entity().kind() + "|" + owner);
                    claims.computeIfAbsent(s.entity().kind(), k -> new HashMap<>())
                            .computeIfAbsent(key(a.name()), k -> new HashSet<>()).add(owner);
                }
            }
        }
        claims.forEach((kind, byAlias) -> byAlias.forEach((alias, owners) -> {
            if (owners.size() == 1) { // a name claimed by two entities stays ambiguous rather than merging them
                claimed.computeIfAbsent(kind, k -> new HashMap<>()).put(alias, owners.iterator().next());
            }
        }));
    }

    /** The identity under which {@code name}'s facts are stored: kind and a canonical key. */
    public EntityName canonical(EntityName name) {
        String key = key(name.name());
        if (!declaring.contains(name.kind() + "|" + key)) {
            String owner = claimed.getOrDefault(name.kind(), Map.of()).get(key);
            if (owner != null) {
                key = owner;
            }
        }
        return new EntityName(name.kind(), display.getOrDefault(name.kind() + "|" + key, name.name()));
    }

    /** The key under which names are compared: case, accents, punctuation and spacing do not make a different name. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
