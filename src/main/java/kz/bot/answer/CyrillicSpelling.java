package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * A question typed in Latin letters as its language's Cyrillic spells it ("samye bolshie po ploshadi" is «самые
 * большие по площади»), so that the phrase lists, written in Cyrillic, read it too: the whole text, and where each
 * of the reading's words stands in it. Immutable.
 *
 * @param text  the question in Cyrillic, each whitespace-separated piece spelt on its own, one space between pieces
 * @param words for each word of the reading, its piece's {@code [start, end)} in {@code text}
 */
record CyrillicSpelling(String text, List<int[]> words) {

    static final CyrillicSpelling NONE = new CyrillicSpelling("", List.of());

    CyrillicSpelling {
        words = List.copyOf(words);
    }

    /**
     * {@code typed} spelt piece by piece, with {@code words} (whose offsets are in {@code typed}) placed in it.
     *
     * @param whole {@code typed} as {@code index} spells it in one pass: the rules keep every space, so its pieces are
     *              the typed ones in order; where a rule moved a space, each piece is spelt on its own
     */
    static CyrillicSpelling of(String typed, String whole, List<Word> words, TextIndex index, TextIndex.Reading how) {
        List<int[]> typedPieces = pieces(typed);
        List<int[]> wholePieces = pieces(whole);
        StringBuilder text = new StringBuilder();
        List<int[]> spelledPieces = new ArrayList<>();
        for (int p = 0; p < typedPieces.size(); p++) {
            int[] t = typedPieces.get(p);
            String piece = wholePieces.size() == typedPieces.size()
                    ? whole.substring(wholePieces.get(p)[0], wholePieces.get(p)[1])
                    : index.cyrillic(typed.substring(t[0], t[1]), how); // a rule that moved a space: piece by piece
            spelledPieces.add(new int[] {text.length(), text.length() + piece.length()});
            text.append(piece).append(' ');
        }
        List<int[]> placed = new ArrayList<>(words.size());
        for (Word w : words) {
            int[] at = {0, 0};
            for (int p = 0; p < typedPieces.size(); p++) {
                if (typedPieces.get(p)[0] <= w.start() && w.start() < typedPieces.get(p)[1]) {
                    at = spelledPieces.get(p);
                    break;
                }
            }
            placed.add(at);
        }
        return new CyrillicSpelling(text.toString(), placed);
    }

    /** The {@code [start, end)} of each whitespace-separated piece of {@code text}. */
    private static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Word {@code i}'s piece in Cyrillic. */
    String word(int i) {
        int[] at = words.get(i);
        return text.substring(at[0], at[1]);
    }
}
