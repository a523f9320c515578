package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/** Runs text through an analyzer and collects the result as plain strings. */
final class Analysis {

    private Analysis() {
    }

    /** The tokens of {@code text}, in order. */
    static List<String> forms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The positions of {@code text}: for each word of the text, its form and every synonym form stacked on it.
     * Positions that hold only the inner words of a multi-word synonym are dropped: they are not words the user wrote.
     */
    static List<Set<String>> positions(Analyzer analyzer, String text) {
        List<Set<String>> out = new ArrayList<>();
        List<Boolean> original = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || pos < 0) {
                    pos++;
                    out.add(new LinkedHashSet<>());
                    original.add(false);
                }
                out.get(pos).add(term.toString());
                if (!SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    original.set(pos, true);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Set<String>> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (original.get(i)) {
                kept.add(Set.copyOf(out.get(i)));
            }
        }
        return kept;
    }
}
