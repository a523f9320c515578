package kz.bot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Snowball cuts a Russian word ending in «-ен» to what stands before it, while its other forms keep the «ен»: the soft
 * sign dropped (see {@link LanguageAnalyzer}), «тюлень» is «тюлен» and stems to «тюл», but «тюленя», «тюленей» stem
 * to «тюлен», so the animal as named never met its own genitive («каспийских тюленей»); «построен» and «построена»
 * part the same way. Before the stemmer, this filter emits at the same position the word as it is as well, marked as
 * a keyword so that the stemmer leaves it. A word whose «е» drops out in its other forms («ремень», «ремня») gains a
 * form that meets nothing. Runs on the knowledge and on questions alike.
 */
final class RussianSoftEndingFilter extends TokenFilter {

    /** Shorter words are too often something else («день», «член»): their stems are left alone. */
    static final int MIN_LENGTH = 5;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private String pending;
    private State current;

    RussianSoftEndingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(current);
            term.setEmpty().append(pending);
            increment.setPositionIncrement(0);
            keyword.setKeyword(true);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (!keyword.isKeyword() && word.length() >= MIN_LENGTH && word.endsWith("ен")) {
            current = captureState();
            pending = word;
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
