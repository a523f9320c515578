package kz.bot.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import kz.bot.language.KazakhSuffixes;
import kz.bot.language.Transliteration;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import kz.bot.language.Vocabulary;

/**
 * Kazakh has no stemmer in Lucene, and stripping its endings is ambiguous (облысы is облыс + ы, but астана is not
 * аста + на). This filter emits, at the word's own position, the word and each stem that {@link KazakhSuffixes} can
 * reach by removing case, possessive, plural and particle endings (stems of at least {@link #MIN_STEM} letters, or
 * a shorter stem that is a word of its own, as listed in {@code kazakh-short-stems.txt}), all
 * with Kazakh letters folded into their Russian neighbours (қ→к, ә→а, і→и …) so that text typed without Kazakh
 * letters meets text written with them. The same filter runs on the knowledge and on questions: «Астананың»,
 * «Астанаға» and «астанасы» share the form «астана» with «Астана».
 */
final class KazakhStemFilter extends TokenFilter {

    /** Stems shorter than this are more often a wrong cut than a word. */
    static final int MIN_STEM = 4;
    /** Shorter stems that are words all the same (жыл, тау, көл): «жылдың», «жылғы» and «жылы» meet at «жыл». */
    private static final java.util.Set<String> SHORT_STEMS = java.util.Set.copyOf(
            Vocabulary.lines("kazakh-short-stems.txt"));

    /** Stems that are also verbs (kazakh-verb-stems.txt): the verb's forms are not cut to them. */
    private static final java.util.Set<String> VERB_STEMS = java.util.Set.copyOf(
            Vocabulary.lines("kazakh-verb-stems.txt"));
    /**
     * What follows a verb stem in its forms, with Kazakh letters folded: a voice («-ыл-», «-дыр-»), then the past at
     * the end of the word («-ды»), a participle («-ған»), a converb («-ып»), the present («-ады»), the infinitive
     * («-у»). The accusative «-ды» of a noun ends a word too, but rarely follows these stems.
     */
    private static final java.util.regex.Pattern VERB_ENDING = java.util.regex.Pattern.compile(
            "(ыл|ил|л|ын|ин|дыр|дир|тыр|тир|гыз|гиз|кыз|киз)?"
                    + "((ды|ди|ты|ти)|(ган|ген|кан|кен|ып|ип|ады|еди|йды|йди|атын|етин|у|мак|мек).*)");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    KazakhStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        List<String> stems = stems(word);
        term.setEmpty().append(stems.get(0));
        if (stems.size() > 1) {
            current = captureState();
            pending.addAll(stems.subList(1, stems.size()));
        }
        return true;
    }

    /** The folded word, then its folded stems, longest first, without repeats. */
    static List<String> stems(String word) {
        if (!Transliteration.isCyrillic(word)) {
            return List.of(word);
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(Transliteration.foldKazakh(word));
        for (String candidate : KazakhSuffixes.candidates(word)) {
            boolean verb = VERB_STEMS.contains(candidate) && VERB_ENDING.matcher(
                    Transliteration.foldKazakh(word.substring(candidate.length()))).matches();
            if (!verb && (candidate.length() >= MIN_STEM || SHORT_STEMS.contains(candidate))) {
                out.add(Transliteration.foldKazakh(candidate));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
