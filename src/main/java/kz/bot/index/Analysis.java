package kz.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.bot.answer.Token;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs text through an analyzer and collects the result as plain strings. */
final class Analysis {

    private Analysis() {
    }

    /** The first form at each position of {@code text}, in order. */
    static List<String> forms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(analyzer, text)) {
            out.add(t.forms().iterator().next());
        }
        return out;
    }

    /** Every form at each position of {@code text}: a word and what is stacked on it. */
    static List<Set<String>> positions(Analyzer analyzer, String text) {
        List<Set<String>> out = new ArrayList<>();
        for (Token t : tokens(analyzer, text)) {
            out.add(t.forms());
        }
        return out;
    }

    /** The positions of {@code text} with where each stands in it. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            Set<String> forms = null;
            int start = 0;
            int end = 0;
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || forms == null) {
                    if (forms != null) {
                        out.add(new Token(start, end, forms));
                    }
                    forms = new LinkedHashSet<>();
                    start = offset.startOffset();
                    end = offset.endOffset();
                }
                forms.add(term.toString());
            }
            if (forms != null) {
                out.add(new Token(start, end, forms));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
