package kz.bot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Russian makes adjectives of nouns with «-ск-»: «президентский срок» is the president's term, «парламентские выборы»
 * elect the parliament. Snowball stems the adjective to «президентск», which never meets «президент»; after the
 * stemmer, this filter emits at the same position the stem without «ск» as well, when what remains is long enough to
 * be a noun of its own ({@link #MIN_NOUN} letters). Runs on the knowledge and on questions alike.
 */
final class RussianAdjectiveFilter extends TokenFilter {

    /** Shorter remains are more often a wrong cut or too common a noun (морск → мор, городск → город, январск → январ). */
    static final int MIN_NOUN = 6;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private String pending;
    private State current;

    RussianAdjectiveFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(current);
            term.setEmpty().append(pending);
            increment.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String noun = noun(term.toString());
        if (noun != null && !keyword.isKeyword()) {
            current = captureState();
            pending = noun;
        }
        return true;
    }

    /** The noun an adjective's stem is made from («президентск» → «президент»), or null. */
    static String noun(String stem) {
        return stem.endsWith("ск") && stem.length() - 2 >= MIN_NOUN ? stem.substring(0, stem.length() - 2) : null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        current = null;
    }
}
