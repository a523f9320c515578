package kz.bot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that passes each token on and, where {@link #more} gives one, a second form of it at the same position
 * (a stem without «ск», the word as it is before a stemmer cuts it). A token marked as a keyword gets none.
 */
abstract class OneMoreFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final boolean keepAsIs;
    private String pending;
    private State current;

    /** @param keepAsIs mark the second form as a keyword, so that a stemmer after this filter leaves it as it is */
    OneMoreFormFilter(TokenStream input, boolean keepAsIs) {
        super(input);
        this.keepAsIs = keepAsIs;
    }

    /** The second form of {@code term}, or null. */
    abstract String more(String term);

    @Override
    public final boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(current);
            term.setEmpty().append(pending);
            increment.setPositionIncrement(0);
            if (keepAsIs) {
                keyword.setKeyword(true);
            }
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String more = keyword.isKeyword() ? null : more(term.toString());
        if (more != null) {
            current = captureState();
            pending = more;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        current = null;
    }
}
