package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A word's forms are gone through in the order the analysis gave them, the same in every run. */
class TokenTest {

    @Test
    void formsKeepTheAnalysisOrder() {
        // a Kazakh word and its stems, longest first, as the stemming filter stacks them
        List<String> stacked = List.of("қайсысында", "қайсысы", "қайсы", "ақ", "б", "ә");
        Token token = new Token(0, 10, new LinkedHashSet<>(stacked));
        assertEquals(stacked, new ArrayList<>(token.forms()));
    }
}
