package kz.bot.index;

import org.apache.lucene.analysis.TokenStream;

/**
 * Russian makes adjectives of nouns with «-ск-»: «президентский срок» is the president's term, «парламентские выборы»
 * elect the parliament. Snowball stems the adjective to «президентск», which never meets «президент»; after the
 * stemmer, this filter emits at the same position the stem without «ск» as well, when what remains is long enough to
 * be a noun of its own ({@link #MIN_NOUN} letters). Runs on the knowledge and on questions alike.
 */
final class RussianAdjectiveFilter extends OneMoreFormFilter {

    /** Shorter remains are more often a wrong cut or too common a noun (морск → мор, городск → город, январск → январ). */
    static final int MIN_NOUN = 6;

    RussianAdjectiveFilter(TokenStream input) {
        super(input, false);
    }

    @Override
    String more(String stem) {
        return noun(stem);
    }

    /** The noun an adjective's stem is made from («президентск» → «президент»), or null. */
    static String noun(String stem) {
        return stem.endsWith("ск") && stem.length() - 2 >= MIN_NOUN ? stem.substring(0, stem.length() - 2) : null;
    }
}
