package kz.bot.answer;

import java.util.List;

/**
 * Where a place that is not ours names who is travelling rather than what is asked about: "do US citizens need a
 * visa", «нужна ли виза гражданам Германии», «АҚШ азаматтарына виза керек пе» ask about entering Kazakhstan with that
 * passport, not about the United States or Germany. A foreign place is the traveller's country when a word for its
 * citizens or passport ({@code word.citizen}) stands right beside it and the question speaks of entering or staying
 * ({@code word.entry}); "how many citizens does the US have" stays about the US.
 */
final class Travellers {

    /** At most this many short words may stand between the place and the citizen word ("citizens of the UK"). */
    private static final int MAX_GAP_WORDS = 2;
    /** A word between them is at most this long: "of", "the", «из». */
    private static final int MAX_GAP_WORD_LENGTH = 3;

    private final String text;
    /** Where the question's words for citizens stand; none when it speaks of no entering or staying. */
    private final List<int[]> citizens;

    private Travellers(String text, List<int[]> citizens) {
        this.text = text;
        this.citizens = citizens;
    }

    /** The travellers of {@code text}: its phrases looked up once, for every foreign place it names. */
    static Travellers in(Phrases phrases, String text) {
        return new Travellers(text, phrases.spans("word.entry", text).isEmpty() ? List.of()
                : phrases.spans("word.citizen", text));
    }

    /** True when the foreign place at {@code [start, end)} of the text is the asking traveller's country. */
    boolean nationality(int start, int end) {
        for (int[] citizen : citizens) {
            String gap = citizen[0] >= end ? text.substring(end, citizen[0])
                    : citizen[1] <= start ? text.substring(citizen[1], start) : null;
            if (gap != null && shortWordsOnly(gap)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A people's name in the question ("canadians", «японцу», «немістерге»), {@code [start, end)}, with the English
     * name of its country.
     */
    record Demonym(int start, int end, String country) {
    }

    /** The key prefix of the lists of a people's names: {@code traveller.United_Kingdom=british|brits|…}. */
    static final String DEMONYMS = "traveller.";

    /** Every people's name in {@code text}, by the language's {@code traveller.*} lists, in the order of the lists. */
    static List<Demonym> demonyms(Phrases phrases, String text) {
        List<Demonym> out = new java.util.ArrayList<>();
        for (String key : phrases.keysStartingWith(DEMONYMS)) {
            String country = key.substring(DEMONYMS.length()).replace('_', ' ');
            for (int[] span : phrases.spans(key, text)) {
                out.add(new Demonym(span[0], span[1], country));
            }
        }
        return out;
    }

    private static boolean shortWordsOnly(String gap) {
        String[] words = gap.strip().isEmpty() ? new String[0] : gap.strip().split("\\s+");
        if (words.length > MAX_GAP_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.codePointCount(0, w.length()) > MAX_GAP_WORD_LENGTH || !w.codePoints().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }
}
