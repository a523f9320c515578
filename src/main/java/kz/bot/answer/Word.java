package kz.bot.answer;

import kz.bot.knowledge.EntityKind;

/**
 * One meaningful word of a question (stop words are left out), with what it is searched as.
 *
 * @param surface the word as typed
 * @param query   its forms per field and its weight
 * @param role    what the word is in the question
 * @param known   true when some unit contains it (by any of its forms, typos aside)
 * @param fuzzy   true when it is known only as a typo of a known word
 * @param names   the kind of place the word names ("city", «облыс»: a city, a region), or null: with no place named,
 *                "this city" is the one the conversation is about
 */
public record Word(String surface, int start, int end, QueryWord query, Role role, boolean known, boolean fuzzy,
                   EntityKind names) {

    /** True for a figure typed in digits ("2024"): written alike in every language. */
    public boolean figure() {
        return figure(surface);
    }

    /** True for a year in digits: a figure of four digits ("2026"). */
    public boolean year() {
        return figure() && surface.length() == 4;
    }

    /** This word, with {@code role} in the question instead of its own. */
    Word withRole(Role role) {
        return new Word(surface, start, end, query, role, known, fuzzy, names);
    }

    /** True when {@code typed} is a figure in digits. */
    static boolean figure(String typed) {
        return !typed.isEmpty() && typed.chars().allMatch(Character::isDigit);
    }

    /** What a word is in the question. */
    public enum Role {
        /** What the question is about: the words a unit must contain to answer it. */
        CONTENT,
        /** Part of a place's name. */
        PLACE,
        /** "Region", "city": says which kind of place is meant. */
        KIND_WORD,
        /** "Kazakhstan", "the country", "kz". */
        COUNTRY,
        /** Part of the name of a place that is not ours (another country, its cities). */
        FOREIGN,
        /** Part of a question phrase ("how large", "how many"): says what kind of answer is wanted, not its topic. */
        QUESTION,
        /**
         * An everyday word that no unit contains ("ever", "still", «ещё»): in a small knowledge base its absence says
         * nothing about the topic, so it is neither what the question is about nor a sign that it is out of scope.
         */
        LIGHT,
        /**
         * The word "year" beside a year in digits («в 2024 году», «2024 жылы», "the year 2024"): it says only what the
         * figure is, which English mostly leaves unsaid ("in 2024"); the figure is what a unit must contain.
         */
        YEAR_WORD
    }
}
