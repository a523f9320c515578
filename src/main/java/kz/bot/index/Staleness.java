package kz.bot.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.answer.UnitFlags;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;

/**
 * Which documents a newer one contradicts, and on what. When two documents give an entity's attribute different
 * short values (a count, a figure, a list of names — not a description), the older document is outdated, and the
 * words of its value that the newer value lacks ("14", "Baikonur") mark its passages that repeat the old value as
 * stale: "The country is made up of 14 provinces…" is not an answer while the 17 regions are known.
 */
final class Staleness {

    /** Values longer than this many words are descriptions, which differ in wording, not in fact. */
    static final int SHORT_VALUE_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("\\d[\\d.,]*\\d|\\d|[\\p{Lu}][\\p{L}\\-]+");

    private final Set<String> outdated = new HashSet<>();
    private final Map<String, Set<String>> staleWords = new HashMap<>();

    Staleness(FactBook book) {
        for (Entity e : book.entities()) {
            for (List<Fact> facts : book.facts(e).values()) {
                Fact newest = facts.get(0);
                if (words(newest.value()) > SHORT_VALUE_WORDS) {
                    continue;
                }
                Set<String> current = distinctive(newest.value());
                for (Fact older : facts.subList(1, facts.size())) {
                    if (older.source().equals(newest.source()) || words(older.value()) > SHORT_VALUE_WORDS) {
                        continue;
                    }
                    Set<String> old = distinctive(older.value());
                    old.removeAll(current);
                    if (!old.isEmpty()) {
                        outdated.add(older.source().file());
                        staleWords.computeIfAbsent(older.source().file(), k -> new HashSet<>()).addAll(old);
                    }
                }
            }
        }
    }

    /** {@link UnitFlags#OUTDATED} and {@link UnitFlags#STALE} for a passage of {@code file}. */
    int flags(String file, String text) {
        if (!outdated.contains(file)) {
            return 0;
        }
        Set<String> words = distinctive(text);
        words.retainAll(staleWords.get(file));
        return UnitFlags.OUTDATED | (words.isEmpty() ? 0 : UnitFlags.STALE);
    }

    private static int words(String value) {
        return value.split("\\s+").length;
    }

    /** Figures and capitalised words: what makes two short values say different things. */
    private static Set<String> distinctive(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.,]$", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
