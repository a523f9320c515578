package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import kz.bot.knowledge.EntityKind;

/**
 * The places a question leaves out: "the largest lake apart from the Caspian", «самый большой город кроме Алматы»,
 * «Алматыдан басқа ең үлкен қала», "except Almaty and Astana". A place left out is no place the question is about: no
 * fact of it may answer, and a ranking passes over it. The words that leave it out say nothing of the topic either.
 *
 * <p>English and Russian put the word before the places ({@code word.except}: "except", «кроме»), Kazakh after them
 * ({@code word.except_after}: «қоспағанда», «есептемегенде»; {@code word.except_after_from}: «басқа», only after a
 * name in the from case); between the word and a place, and between the places left out, only marks and the words of
 * {@code word.except_gap} ("the", "and", «и», «мен») may stand. The country is never left out: "except in
 * Kazakhstan" is no question about its places.
 */
final class Exclusions {

    /**
     * What a question leaves out.
     *
     * @param places the places left out, in the order the question names them
     * @param spans  where the words that leave them out and their names stand ({@code [start, end)}, characters)
     */
    record Found(List<Place> places, List<int[]> spans) {

        static final Found NONE = new Found(List.of(), List.of());

        Found {
            places = List.copyOf(places);
            spans = List.copyOf(spans);
        }

        boolean isEmpty() {
            return places.isEmpty();
        }

        /** {@code words} with the words that leave places out, and the names left out, as light words. */
        List<Word> lighten(List<Word> words) {
            if (isEmpty()) {
                return words;
            }
            List<Word> out = new ArrayList<>(words.size());
            for (Word w : words) {
                boolean inside = spans.stream().anyMatch(s -> s[0] <= w.start() && w.end() <= s[1]);
                out.add(inside ? w.withRole(Word.Role.LIGHT) : w);
            }
            return out;
        }
    }

    private Exclusions() {
    }

    /** The places of {@code places} (as {@code text} names them) that {@code text} leaves out. */
    static Found in(Phrases phrases, String text, List<Place> places) {
        List<Place> ours = places.stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY)
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        if (ours.isEmpty()) {
            return Found.NONE;
        }
        List<Place> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int[] word : phrases.spans("word.except", text)) {
            int from = word[1];
            int last = -1;
            for (Place p : ours) {
                if (p.start() >= from && onlyGap(phrases, text.substring(from, p.start()))) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                    from = wordEnd(text, p.end());
                    last = from;
                }
            }
            if (last >= 0) {
                spans.add(new int[] {word[0], last});
            }
        }
        List<int[]> after = new ArrayList<>(phrases.spans("word.except_after", text));
        List<int[]> afterFrom = phrases.spans("word.except_after_from", text);
        after.addAll(afterFrom);
        for (int[] word : after) {
            int to = word[0];
            int first = -1;
            // «басқа» leaves out only what is said in the from case («Алматыдан басқа»): «Алматы басқа қалалардан
            // үлкен бе» compares Almaty with the others
            boolean fromCase = afterFrom.contains(word);
            for (int i = ours.size() - 1; i >= 0; i--) {
                Place p = ours.get(i);
                if (p.end() <= to && onlyGap(phrases, text.substring(wordEnd(text, p.end()), to))
                        && (!fromCase || first >= 0 || inFromCase(phrases, text.substring(p.start(), to)))) {
                    if (!out.contains(p)) {
                        out.add(0, p);
                    }
                    to = p.start();
                    first = to;
                }
            }
            if (first >= 0) {
                spans.add(new int[] {first, word[1]});
            }
        }
        return out.isEmpty() ? Found.NONE : new Found(out, spans);
    }

    /** True when the last word of {@code said} is in the from case («Алматыдан», «қаласынан»). */
    private static boolean inFromCase(Phrases phrases, String said) {
        String[] words = Phrases.words(said);
        return words.length > 0 && phrases.endsWith("distance.from_ending", words[words.length - 1]);
    }

    /** The end of the word a name ends in: «Алматы|дан» is left out whole. */
    private static int wordEnd(String text, int end) {
        int at = Math.min(end, text.length());
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** True when {@code between} holds nothing but marks, spaces and words of {@code word.except_gap}. */
    private static boolean onlyGap(Phrases phrases, String between) {
        for (String w : Phrases.words(between)) {
            if (!phrases.has("word.except_gap", new String[] {w})) {
                return false;
            }
        }
        return true;
    }
}
