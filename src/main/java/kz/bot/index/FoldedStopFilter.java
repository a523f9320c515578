package kz.bot.index;

import kz.bot.language.Transliteration;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A stop filter that compares words with their Kazakh letters folded (қ → к, ә → а …), so that one list serves text
 * typed with and without Kazakh letters. The words it keeps are left as written: stemming needs the letters.
 */
final class FoldedStopFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet folded;

    FoldedStopFilter(TokenStream input, CharArraySet folded) {
        super(input);
        this.folded = folded;
    }

    @Override
    protected boolean accept() {
        return !folded.contains(Transliteration.foldKazakh(term.toString()));
    }
}
