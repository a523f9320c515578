package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Questions of our own wording against the shipped knowledge, one file per set under
 * {@code src/test/resources/golden}: {@code question<TAB>expected}, where expected is fragments separated by " ; " that
 * must all occur in the answer (each may list alternatives separated by " | "), or DONT_KNOW.
 */
class GoldenQuestionsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> english() throws IOException {
        return rows("en.tsv");
    }

    static Stream<Arguments> russian() throws IOException {
        return rows("ru.tsv");
    }

    static Stream<Arguments> kazakh() throws IOException {
        return rows("kk.tsv");
    }

    static Stream<Arguments> aliases() throws IOException {
        return rows("aliases.tsv");
    }

    static Stream<Arguments> typos() throws IOException {
        return rows("typos.tsv");
    }

    static Stream<Arguments> outOfScope() throws IOException {
        return rows("out-of-scope.tsv");
    }

    private static Stream<Arguments> rows(String file) throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            out.add(Arguments.of(parts[0], parts[1]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void english(String question, String expected) {
        check(question, expected, Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("russian")
    void russian(String question, String expected) {
        check(question, expected, Language.RU);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kazakh")
    void kazakh(String question, String expected) {
        check(question, expected, Language.KK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aliases")
    void formerNamesAndOtherSpellings(String question, String expected) {
        check(question, expected, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typos")
    void typos(String question, String expected) {
        check(question, expected, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfScope")
    void outOfScopeQuestionsGetIDontKnow(String question, String expected) {
        Answer answer = ShippedKnowledge.ask(question);
        assertEquals("DONT_KNOW", expected);
        assertFalse(answer.found(), () -> "expected 'I don't know', got: " + answer.text());
        assertEquals("none", answer.kind());
    }

    private static void check(String question, String expected, Language language) {
        Answer answer = ShippedKnowledge.ask(question);
        String text = answer.text().toLowerCase(Locale.ROOT);
        assertTrue(answer.found(), () -> "no answer to «" + question + "»: " + answer.text());
        for (String fragment : expected.split(" ; ")) {
            boolean any = false;
            for (String alternative : fragment.split(" \\| ")) {
                any |= text.contains(alternative.strip().toLowerCase(Locale.ROOT));
            }
            assertTrue(any, () -> "«" + question + "» should mention " + fragment + ", got: " + answer.text());
        }
        if (language != null) {
            assertEquals(language, answer.language(), () -> "answered in the wrong language: " + answer.text());
        }
        assertFalse(answer.sources().isEmpty(), () -> "an answer must name its source: " + answer.text());
    }
}
