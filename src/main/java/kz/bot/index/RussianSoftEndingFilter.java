package kz.bot.index;

import org.apache.lucene.analysis.TokenStream;

/**
 * Snowball cuts a Russian word ending in «-ен» to what stands before it, while its other forms keep the «ен»: the soft
 * sign dropped (see {@link LanguageAnalyzer}), «тюлень» is «тюлен» and stems to «тюл», but «тюленя», «тюленей» stem
 * to «тюлен», so the animal as named never met its own genitive («каспийских тюленей»); «построен» and «построена»
 * part the same way. Before the stemmer, this filter emits at the same position the word as it is as well, marked as
 * a keyword so that the stemmer leaves it. A word whose «е» drops out in its other forms («ремень», «ремня») gains a
 * form that meets nothing. Runs on the knowledge and on questions alike.
 */
final class RussianSoftEndingFilter extends OneMoreFormFilter {

    /** Shorter words are too often something else («день», «член»): their stems are left alone. */
    static final int MIN_LENGTH = 5;

    RussianSoftEndingFilter(TokenStream input) {
        super(input, true);
    }

    @Override
    String more(String word) {
        return word.length() >= MIN_LENGTH && word.endsWith("ен") ? word : null;
    }
}
