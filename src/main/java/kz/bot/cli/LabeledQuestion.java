package kz.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kz.bot.answer.Answer;
import kz.bot.language.Language;

/**
 * A question with the answer it should get, from a labeled-questions file (format: {@code src/test/resources/eval/}
 * and the README): the language, a category, the text, and what a right answer contains — a regular expression, or
 * {@code none} ("I don't know" is right), or {@code smalltalk}. Conversation files add a first column, the
 * conversation's id; consecutive lines with one id are one conversation.
 *
 * @param conversation the conversation id, empty for a question asked on its own
 * @param seedsExpected what is expected when only the two seed documents are the knowledge (may be null)
 * @param line          where the question stands, for reports
 */
public record LabeledQuestion(String conversation, Language language, String category, String text,
                              String expected, String seedsExpected, String line) {

    /** How an answer is judged. */
    public enum Verdict { RIGHT, WRONG, DONT_KNOW }

    /** Reads {@code file}; a conversation file is told by its name ("conversations…"). */
    public static List<LabeledQuestion> read(Path file) throws IOException {
        boolean conversations = file.getFileName().toString().startsWith("conversations");
        List<LabeledQuestion> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length == 2 && !conversations) {
                out.add(golden(c[0].strip(), c[1].strip(), file.getFileName() + ":" + (i + 1)));
                continue;
            }
            int o = conversations ? 1 : 0;
            if (c.length < 4 + o) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + (4 + o) + " tab-separated columns");
            }
            Language language = Language.fromCode(c[o]).orElseThrow(() -> new IOException("bad language " + c[o]));
            out.add(new LabeledQuestion(conversations ? c[0] : "", language, c[o + 1].strip(), c[o + 2].strip(),
                    c[o + 3].strip(), c.length > 4 + o && !c[4 + o].isBlank() ? c[4 + o].strip() : null,
                    file.getFileName() + ":" + (i + 1)));
        }
        return out;
    }

    /**
     * A line of the golden-question files ({@code question<TAB>expected}): the expected text is a literal, with
     * alternatives separated by " | ", or DONT_KNOW; the language is told by the script.
     */
    private static LabeledQuestion golden(String question, String expected, String line) {
        String pattern;
        if (expected.equals("DONT_KNOW")) {
            pattern = "none";
        } else {
            List<String> parts = new ArrayList<>();
            for (String alternative : expected.split("\\s*\\|\\s*")) {
                StringBuilder all = new StringBuilder("(?s)");
                for (String part : alternative.split("\\s*;\\s*")) {
                    all.append("(?=.*").append(Pattern.quote(part)).append(')'); // "a ; b": both
                }
                parts.add(all.toString());
            }
            pattern = String.join("|", parts);
        }
        String script = kz.bot.knowledge.Names.scriptLanguage(question);
        Language language = Language.fromCode(script).orElse(Language.EN);
        return new LabeledQuestion("", language, "golden", question, pattern, null, line);
    }

    /** True when "I don't know" is the right answer. */
    public boolean expectsNothing(boolean seedsOnly) {
        return expectation(seedsOnly).equalsIgnoreCase("none");
    }

    String expectation(boolean seedsOnly) {
        return seedsOnly && seedsExpected != null ? seedsExpected : expected;
    }

    /** How {@code answer} fares against what is expected. */
    public Verdict judge(Answer answer, boolean seedsOnly) {
        String expect = expectation(seedsOnly);
        if (!answer.found()) {
            return expect.equalsIgnoreCase("none") ? Verdict.RIGHT : Verdict.DONT_KNOW;
        }
        if (expect.equalsIgnoreCase("none")) {
            return Verdict.WRONG;
        }
        if (expect.equalsIgnoreCase("smalltalk")) {
            return answer.kind().equals("smalltalk") ? Verdict.RIGHT : Verdict.WRONG;
        }
        return matches(expect, answer.title() + "\n" + answer.body()) ? Verdict.RIGHT : Verdict.WRONG;
    }

    /** The pattern found in {@code body}, digit-group separators removed from both ("2,347,924" = "2347924"). */
    static boolean matches(String pattern, String body) {
        try {
            return Pattern.compile(ungroupPattern(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(ungroup(body)).find();
        } catch (PatternSyntaxException e) {
            return body.toLowerCase(Locale.ROOT).contains(pattern.toLowerCase(Locale.ROOT));
        }
    }

    /** As {@link #ungroup}, but a quantifier's comma stays: "{0,200}" is no "0,200" written with a digit group. */
    static String ungroupPattern(String pattern) {
        return pattern.replaceAll("(?<!\\{\\d{1,9})(?<=\\d)[,\\u00A0\\u202F ](?=\\d{3}(?!\\d))", "");
    }

    private static String ungroup(String s) {
        return s.replaceAll("(?<=\\d)[,\\u00A0\\u202F ](?=\\d{3}(?!\\d))", "");
    }

    /** True when {@code body} is mostly in {@code language}: its letters mostly of that language's script. */
    public static boolean inLanguage(String body, Language language) {
        int cyrillic = 0;
        int latin = 0;
        boolean kazakh = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (!Character.isLetter(ch)) {
                continue;
            }
            if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                kazakh |= "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(ch) >= 0;
            } else {
                latin++;
            }
        }
        int letters = Math.max(1, cyrillic + latin);
        return switch (language) {
            case EN -> latin * 10 >= letters * 6;
            case RU -> cyrillic * 10 >= letters * 6 && !kazakh;
            case KK -> cyrillic * 10 >= letters * 6 && kazakh;
        };
    }
}
