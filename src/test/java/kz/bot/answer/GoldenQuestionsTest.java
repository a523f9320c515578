package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Questions of our own wording against the shipped knowledge, one file per set under
 * {@code src/test/resources/golden}: {@code question<TAB>expected}, where expected is fragments separated by " ; " that
 * must all occur in the answer (each may list alternatives separated by " | "), or DONT_KNOW.
 *
 * <p>The bot may say "I don't know" when it is not sure (a wrong answer is worse), so each set is held to two rules:
 * no question is answered wrongly (an answer names every expected fragment, in the question's language, with its
 * source), and at least a set share of the questions is answered — a floor under the figures measured when the
 * scorer was last tuned, so that a change that loses answers shows up here.
 */
class GoldenQuestionsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private record Row(String question, String expected) {
    }

    private static List<Row> rows(String file) throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            out.add(new Row(parts[0], parts[1]));
        }
        return out;
    }

    /** Asks every question of {@code file}; fails on any wrong answer; returns how many were answered. */
    private static int answered(String file, Language language, List<String> wrong) throws IOException {
        int answered = 0;
        for (Row row : rows(file)) {
            Answer answer = ShippedKnowledge.ask(row.question());
            if (!answer.found()) {
                continue;
            }
            answered++;
            String text = comparable(answer.text());
            for (String fragment : row.expected().split(" ; ")) {
                boolean any = false;
                for (String alternative : fragment.split(" \\| ")) {
                    any |= text.contains(comparable(alternative.strip()));
                }
                if (!any) {
                    wrong.add("«" + row.question() + "» should mention " + fragment + ", got: " + answer.text());
                }
            }
            if (language != null && answer.language() != language) {
                wrong.add("«" + row.question() + "» answered in " + answer.language() + ": " + answer.text());
            }
            if (answer.sources().isEmpty()) {
                wrong.add("«" + row.question() + "» names no source: " + answer.text());
            }
        }
        return answered;
    }

    /**
     * Text as figures are compared: lower case, digit groups joined (2,347,924 = 2 347 924 = 2347924), a decimal
     * comma read as a point (63,6% = 63.6%).
     */
    static String comparable(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)[,\u00A0\u202F ](?=\\d{3}(?!\\d))", "");
        return t.replaceAll("(?<=\\d),(?=\\d)", ".");
    }

    private static void check(String file, Language language, double floor) throws IOException {
        List<String> wrong = new ArrayList<>();
        int answered = answered(file, language, wrong);
        int total = rows(file).size();
        assertEquals(List.of(), wrong, file + ": wrong answers");
        assertTrue(answered >= floor * total, file + ": " + answered + " of " + total + " answered, fewer than "
                + Math.round(floor * 100) + "%");
    }

    @Test
    void english() throws IOException {
        check("en.tsv", Language.EN, 0.35);
    }

    @Test
    void russian() throws IOException {
        check("ru.tsv", Language.RU, 0.45);
    }

    @Test
    void kazakh() throws IOException {
        check("kk.tsv", Language.KK, 0.3);
    }

    @Test
    void formerNamesAndOtherSpellings() throws IOException {
        check("aliases.tsv", null, 0.45);
    }

    @Test
    void typos() throws IOException {
        check("typos.tsv", null, 0.35);
    }

    @Test
    void outOfScopeQuestionsGetIDontKnow() throws IOException {
        List<String> answered = new ArrayList<>();
        for (Row row : rows("out-of-scope.tsv")) {
            assertEquals("DONT_KNOW", row.expected());
            Answer answer = ShippedKnowledge.ask(row.question());
            if (answer.found()) {
                answered.add(row.question() + " → " + answer.text());
            }
        }
        assertEquals(List.of(), answered);
    }
}
