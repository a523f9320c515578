package kz.bot.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.bot.facts.Entity;
import kz.bot.language.Transliteration;

/**
 * «а мавзолей когда построили» after Turkistan, "and the lake, how deep is it?" after a list of sights: a question that
 * names no place but calls one of the things of the place talked about by a word of its name. The mausoleum of
 * Turkistan is the Mausoleum of Khoja Ahmed Yasawi when it is the only thing there whose name has that word. Stateless.
 */
final class ThingsOfThePlace {

    /** A word of a name counts from this length: "of", «ата», "bi" say nothing of which thing. */
    static final int MIN_WORD = 5;
    /** Letters an inflected form may differ by at its end («мавзолее», «кесенесі» against «кесене»). */
    static final int ENDING = 2;

    private ThingsOfThePlace() {
    }

    /** The thing named and the question's word that names it. */
    record Named(Entity thing, Word word) {
    }

    /**
     * The one of {@code things} that a meaningful word of {@code r} names by a word of its name, in the question's
     * language or English; null when none does, or more than one.
     */
    static Named of(Reading r, Collection<Entity> things) {
        Named found = null;
        for (Word w : r.words()) {
            if (w.role() != Word.Role.CONTENT || w.surface().length() < MIN_WORD) {
                continue;
            }
            for (Entity thing : things) {
                if (!names(thing, r.language().code(), Transliteration.plain(w.surface()))) {
                    continue;
                }
                if (found != null && !found.thing().equals(thing)) {
                    return null; // "the park" among three parks
                }
                found = new Named(thing, w);
            }
        }
        return found;
    }

    /** True when a word of one of {@code thing}'s names in {@code language} or English is {@code word}, inflected. */
    private static boolean names(Entity thing, String language, String word) {
        List<String> names = new ArrayList<>(thing.names().getOrDefault(language, List.of()));
        names.add(thing.name());
        for (String name : names) {
            for (String part : name.split("[^\\p{L}]+")) {
                if (part.length() >= MIN_WORD && sameWord(Transliteration.plain(part), word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the two share all but the last {@link #ENDING} letters of the shorter one. */
    private static boolean sameWord(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(MIN_WORD - 1, shorter - ENDING);
    }
}
