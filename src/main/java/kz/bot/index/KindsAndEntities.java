package kz.bot.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The kind and entity of every unit of a segment, read from their doc values into arrays once, and each entity's
 * units: what a search is filtered by, looked up for every unit a question touches. Not changed once read;
 * thread-safe.
 */
final class KindsAndEntities {

    private static final int[] NONE = new int[0];

    /** Per unit: its kind's ordinal (0 when it has none). */
    private final byte[] kinds;
    /** Per unit: its entity, or -1 when it has none. */
    private final long[] entities;
    /** Each entity's units, in index order. */
    private final Map<Long, int[]> byEntity;

    /** Reads the kinds and entities of {@code leaf}'s units from the doc values of these fields. */
    KindsAndEntities(LeafReader leaf, String kindField, String entityField) throws IOException {
        int maxDoc = leaf.maxDoc();
        this.kinds = new byte[maxDoc];
        NumericDocValues kindValues = leaf.getNumericDocValues(kindField);
        if (kindValues != null) {
            for (int doc = kindValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = kindValues.nextDoc()) {
                kinds[doc] = (byte) kindValues.longValue();
            }
        }
        this.entities = new long[maxDoc];
        Arrays.fill(entities, -1);
        NumericDocValues entityValues = leaf.getNumericDocValues(entityField);
        if (entityValues != null) {
            for (int doc = entityValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = entityValues.nextDoc()) {
                entities[doc] = entityValues.longValue();
            }
        }
        Map<Long, int[]> units = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (long entity : entities) {
            if (entity >= 0) {
                counts.merge(entity, 1, Integer::sum);
            }
        }
        counts.forEach((entity, n) -> units.put(entity, new int[n]));
        Map<Long, Integer> filled = new HashMap<>();
        for (int doc = 0; doc < maxDoc; doc++) {
            if (entities[doc] >= 0) {
                int at = filled.merge(entities[doc], 1, Integer::sum) - 1;
                units.get(entities[doc])[at] = doc;
            }
        }
        this.byEntity = units;
    }

    /** The units of these entities (of kind {@code kind}, or any when it is -1), in index order. */
    int[] unitsOf(long[] entityFilter, int kind) {
        int n = 0;
        for (long entity : entityFilter) {
            n += byEntity.getOrDefault(entity, NONE).length;
        }
        int[] units = new int[n];
        n = 0;
        for (long entity : entityFilter) {
            for (int doc : byEntity.getOrDefault(entity, NONE)) {
                if (kind < 0 || kinds[doc] == kind) {
                    units[n++] = doc;
                }
            }
        }
        units = Arrays.copyOf(units, n);
        Arrays.sort(units);
        return units;
    }

    /**
     * Whether unit {@code doc} is of kind {@code kind} (any when it is -1) and, when {@code entityFilter} is not empty,
     * of one of those entities.
     */
    boolean accepts(int doc, int kind, long[] entityFilter) {
        return !(kind >= 0 && kinds[doc] != kind || entityFilter.length > 0 && !contains(entityFilter, entities[doc]));
    }

    private static boolean contains(long[] values, long value) {
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
