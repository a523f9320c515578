package kz.bot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each token by its {@link CanonicalForms comparable form}. */
final class CanonicalFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CanonicalForms forms;

    CanonicalFormFilter(TokenStream input, CanonicalForms forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String form = forms.form(term.toString());
        if (!form.isEmpty()) {
            term.setEmpty().append(form);
        }
        return true;
    }
}
