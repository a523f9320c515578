package kz.bot.answer;

import java.util.List;
import java.util.Locale;

/**
 * Which language a question typed in Latin letters is in, when its words say more than the phrase lists do: the
 * text is read as English, as Latin-typed Russian and as Latin-typed Kazakh, and the reading under which the
 * knowledge knows clearly more of its words wins ("kentau kai oblysta" has no word of the lists, but read as Kazakh
 * it is «Кентау қай облыста», whose words the Kazakh texts have). Otherwise the first guess stands. Thread-safe.
 */
final class LatinReading {

    /** How much larger a share of known words another reading needs to win over the first guess. */
    static final double CLEARLY_MORE = 0.25;

    /** Another reading wins only with at least this many known words (of {@link #MIN_LETTERS} letters or more). */
    static final int MIN_KNOWN = 2;
    /** Shorter words meet some word of another language by chance ("ю", «аре»): they are not counted. */
    static final int MIN_LETTERS = 4;

    private final TextIndex index;

    LatinReading(TextIndex index) {
        this.index = index;
    }

    /** The guess for {@code text}, changed to another Latin reading when that one's words are clearly better known. */
    LanguageGuess of(String text, LanguageGuess guess) {
        if (guess.how() != TextIndex.Reading.EN && guess.how() != TextIndex.Reading.RU_LATIN
                && guess.how() != TextIndex.Reading.KK_LATIN
                || Phrases.of(guess.language()).wholly(SmallTalk.KEYS, Phrases.words(text))) {
            return guess; // "thanks, bye" is small talk in the language whose phrases it is
        }
        double[] first = known(text, guess.how());
        LanguageGuess best = guess;
        double[] bestKnown = first;
        for (TextIndex.Reading how : List.of(TextIndex.Reading.EN, TextIndex.Reading.RU_LATIN,
                TextIndex.Reading.KK_LATIN)) {
            if (how == guess.how()) {
                continue;
            }
            double[] k = known(text, how);
            if (k[0] > bestKnown[0] + CLEARLY_MORE - 1e-9 && k[1] > first[1] && k[1] >= MIN_KNOWN) {
                best = new LanguageGuess(how.language(), how);
                bestKnown = k;
            }
        }
        return best;
    }

    /**
     * The share of {@code text}'s words that are the language's stop words or that the knowledge or the language's
     * vocabulary has, and the number of the latter: "How many oblystar are there?" is English by its "how", "many",
     * "are" and "there", though only its Kazakh word is known to the knowledge.
     */
    private double[] known(String text, TextIndex.Reading how) {
        List<Token> tokens = index.analyze(text, how);
        Field field = Field.of(how.language());
        Phrases vocabulary = Phrases.of(how.language());
        int known = 0;
        for (Token t : tokens) {
            // the word as typed must be long enough, whatever its form: "khan" is «хан»
            if (t.end() - t.start() < MIN_LETTERS) {
                continue;
            }
            String typed = text.substring(Math.min(t.start(), text.length()), Math.min(t.end(), text.length()));
            if (vocabulary.vocabulary(typed.toLowerCase(Locale.ROOT))) {
                known++; // a word of the language's own lists, which the knowledge may never use ("koordinaty")
                continue;
            }
            for (String form : t.forms()) {
                if (index.docFreq(field, form) > 0) {
                    known++;
                    break;
                }
            }
        }
        int words = Phrases.words(text).length;
        int stops = Math.max(0, words - tokens.size());
        return new double[] {words == 0 ? 0 : (known + stops) / (double) words, known};
    }
}
