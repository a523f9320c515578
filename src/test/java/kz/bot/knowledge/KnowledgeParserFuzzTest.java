package kz.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged copies of the shipped knowledge files and the test fixtures, in both formats, through the
 * parser and the loader. The property is the loader's contract: it never throws (nor reports an "internal error",
 * which is how {@link KnowledgeLoader#parse} contains a parser crash), every file is either a document or has a
 * problem saying why, and everything it says is located inside the file it read — each problem names the file and a
 * line that exists (0 only for a whole-file problem) and holds what the problem is about, each fact stands on its
 * line and each passage starts on a line with text. Seeds are fixed: a failure names the mutant's number, and
 * {@code new Random(SEED + number)} rebuilds it.
 */
class KnowledgeParserFuzzTest {

    private static final long SEED = 0x4B5A_F022_2026L;
    /** Fast enough for every build; {@code -Dfuzz.mutants=200000} searches deeper by hand. */
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 4000);
    private static final int DIRECTORIES = 150;
    @Test
    void theBasesAreBothFormatsAndLoadCleanly() {
        List<byte[]> bases = Mutator.bases();
        assertTrue(bases.size() >= 17, bases.size() + " bases"); // the shipped knowledge, seeds and test files
        List<Problem> problems = new ArrayList<>();
        List<DocumentKind> kinds = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            KnowledgeLoader.parse("base-" + i + ".txt", bases.get(i), problems).ifPresent(d -> kinds.add(d.kind()));
        }
        assertEquals(List.of(), problems);
        assertEquals(bases.size(), kinds.size());
        assertTrue(kinds.contains(DocumentKind.GUIDE) && kinds.contains(DocumentKind.ARTICLE));
    }

    @Test
    void everyMutantIsParsedAndEveryProblemIsLocatedInsideIt() {
        List<byte[]> bases = Mutator.bases();
        List<String> failures = new ArrayList<>();
        int documents = 0;
        int reportedOnly = 0;
        for (int n = 0; n < MUTANTS; n++) {
            Random random = new Random(SEED + n);
            byte[] bytes = new Mutator(random).mutate(bases.get(random.nextInt(bases.size())),
                    bases.get(random.nextInt(bases.size())));
            String name = "mutant-" + n + ".txt";
            List<Problem> problems = new ArrayList<>();
            Optional<Document> document;
            try {
                document = KnowledgeLoader.parse(name, bytes, problems);
            } catch (Throwable t) {
                failures.add(name + ": threw " + t);
                continue;
            }
            if (document.isPresent()) {
                documents++;
            } else {
                reportedOnly++;
                if (problems.isEmpty()) {
                    failures.add(name + ": no document and no problem saying why");
                }
            }
            checkLocations(name, bytes, name, document, problems, failures);
        }
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " of " + MUTANTS + " failed");
        // the mutations reach both outcomes, so the properties above were checked on both
        assertEquals(MUTANTS, documents + reportedOnly);
        assertTrue(documents > MUTANTS / 4, documents + " mutants still parse as documents");
        assertTrue(reportedOnly > MUTANTS / 20, reportedOnly + " mutants are refused with a reason");
    }

    /** The same property through {@link KnowledgeLoader#load}: real files, several to a directory, nested names. */
    @Test
    void directoriesOfMutantsLoadAndNameTheFileOfEachProblem(@TempDir Path tmp) throws IOException {
        List<byte[]> bases = Mutator.bases();
        List<String> failures = new ArrayList<>();
        int problems = 0;
        for (int n = 0; n < DIRECTORIES; n++) {
            Random random = new Random(SEED - n - 1);
            Path dir = Files.createDirectories(tmp.resolve("dir-" + n));
            Map<String, byte[]> written = new HashMap<>();
            for (int f = 0, count = 2 + random.nextInt(4); f < count; f++) {
                String name = (f == 0 ? "sub/" : "") + "file-" + f + ".txt";
                byte[] bytes = new Mutator(random).mutate(bases.get(random.nextInt(bases.size())),
                        bases.get(random.nextInt(bases.size())));
                Files.createDirectories(dir.resolve(name).getParent());
                Files.write(dir.resolve(name), bytes);
                written.put(name, bytes);
            }
            Knowledge k;
            try {
                k = KnowledgeLoader.load(dir);
            } catch (Throwable t) {
                failures.add(dir.getFileName() + ": threw " + t);
                continue;
            }
            problems += k.problems().size();
            for (Problem p : k.problems()) {
                if (!written.containsKey(p.file())) {
                    failures.add(dir.getFileName() + ": problem names a file that was not written: " + p);
                }
            }
            for (var e : written.entrySet()) {
                String name = e.getKey();
                String label = dir.getFileName() + "/" + name;
                Optional<Document> document = k.documents().stream().filter(d -> d.file().equals(name)).findFirst();
                List<Problem> own = k.problems().stream().filter(p -> p.file().equals(name)).toList();
                if (document.isEmpty() && own.isEmpty()) {
                    failures.add(label + ": neither loaded nor reported");
                }
                checkLocations(label, e.getValue(), name, document, own, failures);
            }
        }
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failures");
        assertTrue(problems > DIRECTORIES, problems + " problems reported");
    }

    /**
     * Checks that {@code problems} and {@code document} only point at lines of {@code bytes} (named {@code file}
     * inside the loader), and that the line they point at is the right one where that can be told from the line.
     */
    private static void checkLocations(String label, byte[] bytes, String file, Optional<Document> document,
                                       List<Problem> problems, List<String> failures) {
        List<byte[]> lines = physicalLines(bytes);
        for (Problem p : problems) {
            if (!p.file().equals(file)) {
                failures.add(label + ": problem names file '" + p.file() + "': " + p);
            }
            if (p.line() < 0 || p.line() > lines.size()) {
                failures.add(label + ": line outside 0.." + lines.size() + ": " + p);
                continue;
            }
            if (p.message().startsWith("internal error")) {
                failures.add(label + ": the parser crashed: " + p);
            }
            if (p.line() == 0) {
                continue;
            }
            byte[] line = lines.get(p.line() - 1);
            if (p.message().startsWith("binary file") && !contains(line, (byte) 0)) {
                failures.add(label + ": no NUL on the line named: " + p);
            } else if (p.message().startsWith("not valid UTF-8") && isUtf8(line)) {
                failures.add(label + ": the line named is valid UTF-8: " + p);
            } else if (!p.message().equals("empty file") && !p.message().startsWith("binary file")
                    && !p.message().startsWith("not valid UTF-8") && !onItsLine(p.message(), text(line))) {
                failures.add(label + ": the line named does not hold what the problem is about: " + p + " -> '"
                        + text(line) + "'");
            }
        }
        if (document.isEmpty()) {
            return;
        }
        Document d = document.get();
        if (!d.file().equals(file)) {
            failures.add(label + ": document names file '" + d.file() + "'");
        }
        for (Statement s : d.statements()) {
            if (s.line() < 1 || s.line() > lines.size()) {
                failures.add(label + ": statement line outside 1.." + lines.size() + ": " + s);
            } else if (!text(lines.get(s.line() - 1)).toLowerCase(java.util.Locale.ROOT)
                    .contains(s.value().toLowerCase(java.util.Locale.ROOT))) { // "continent: asia" gives "Asia"
                failures.add(label + ": statement's value is not on its line " + s.line() + ": " + s);
            }
        }
        for (Passage p : d.passages()) {
            if (p.line() < 1 || p.line() > lines.size()) {
                failures.add(label + ": passage line outside 1.." + lines.size() + ": " + p);
            } else if (text(lines.get(p.line() - 1)).isEmpty()) {
                failures.add(label + ": passage starts on a blank line " + p.line() + ": " + p);
            }
        }
    }

    /** The line a problem names must hold the thing the problem is about; what that is depends on the message. */
    private static final List<Map.Entry<Pattern, String>> WHERE = List.of(
            Map.entry(Pattern.compile("^\\[(/?[A-Z]+)] (is not closed|without an opening|has no)"), "^\\[$1]"),
            Map.entry(Pattern.compile("^\\[SECTION] (title is not closed|has no title)"), "^\\[SECTION]"),
            Map.entry(Pattern.compile("^unknown tag (\\[/?[A-Z]+])"), "^\\Q$1\\E"),
            Map.entry(Pattern.compile("^(table row has|the first column of a table|a table needs)"), "^\\|"),
            Map.entry(Pattern.compile("^front matter (opened here|has no)"), "^---$"),
            Map.entry(Pattern.compile("^date '(.*)' is not YYYY-MM-DD"), "(?i)^date\\s*:.*\\Q$1\\E"),
            Map.entry(Pattern.compile("^city entry '(.*)' has no population"), "^\\*\\*.*\\Q$1\\E"),
            Map.entry(Pattern.compile("^population '(.*)' of '(.*)' is not a number"), "^\\*\\*.*\\Q$2\\E.*\\Q$1\\E"),
            Map.entry(Pattern.compile("^'(.*)' has no value"), "^\\Q$1\\E\\s*:"),
            Map.entry(Pattern.compile("^(article has no|byline date)"), "^By "));

    private static boolean onItsLine(String message, String line) {
        if (line.isEmpty()) {
            return false; // a problem on a blank line points at nothing
        }
        for (var where : WHERE) {
            Matcher m = where.getKey().matcher(message);
            if (m.find()) {
                return Pattern.compile(expand(m, where.getValue())).matcher(line).find();
            }
        }
        return true;
    }

    /** {@code template} with {@code $n} replaced by group n of {@code m}, to be used inside a \\Q…\\E quote. */
    private static String expand(Matcher m, String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                sb.append(m.group(template.charAt(++i) - '0').replace("\\E", "\\E\\\\E\\Q"));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Lines as the parser counts them: CR LF, CR and LF each end one. */
    static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                byte[] line = new byte[i - start];
                System.arraycopy(bytes, start, line, 0, line.length);
                lines.add(line);
                if (i < bytes.length - 1 && bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String text(byte[] line) {
        return TextFile.clean(new String(line, StandardCharsets.UTF_8));
    }

    private static boolean contains(byte[] line, byte b) {
        for (byte x : line) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
