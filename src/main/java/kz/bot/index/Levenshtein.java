package kz.bot.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * How many edits apart two words are, up to two, by Lucene's Levenshtein automata (transpositions count as one
 * edit, as in {@code FuzzyQuery}). The automata of a word are built once and remembered, within a bound; thread-safe.
 */
final class Levenshtein {

    private static final int CACHE_LIMIT = 20_000;
    private final Map<String, CharacterRunAutomaton[]> cache = new ConcurrentHashMap<>();

    /** The edits between {@code a} and {@code b}, or {@code max + 1} when more than {@code max} (max at most 2). */
    int edits(String a, String b, int max) {
        if (a.equals(b)) {
            return 0;
        }
        int limit = Math.min(2, max);
        if (Math.abs(a.codePointCount(0, a.length()) - b.codePointCount(0, b.length())) > limit) {
            return max + 1;
        }
        CharacterRunAutomaton[] automata = automata(a);
        for (int k = 1; k <= limit; k++) {
            if (automata[k].run(b)) {
                return k;
            }
        }
        return max + 1;
    }

    private CharacterRunAutomaton[] automata(String word) {
        CharacterRunAutomaton[] cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        LevenshteinAutomata builder = new LevenshteinAutomata(word, true);
        CharacterRunAutomaton[] out = new CharacterRunAutomaton[3];
        for (int k = 1; k <= 2; k++) {
            out[k] = new CharacterRunAutomaton(builder.toAutomaton(k), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, out);
        }
        return out;
    }
}
