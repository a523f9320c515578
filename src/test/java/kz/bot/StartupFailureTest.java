package kz.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.bot.config.Config;
import kz.bot.kb.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad start fails at once — exit status 2, one line naming the variable, the path and the cause — instead of
 * serving nothing: the real program in a child JVM, configured by environment only, run from a directory of its own.
 */
class StartupFailureTest {

    @TempDir
    Path dir;

    private record Run(int status, List<String> out, List<String> err) {
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = ChildJvm.app(dir, env, args).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ends by itself");
        return new Run(p.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    private Path here() throws IOException {
        return dir.toRealPath();
    }

    @Test
    void runFromAnotherDirectoryTheMissingKnowledgeDirectoryIsNamed() throws Exception {
        Run r = run(Map.of(), "chat");
        assertEquals(2, r.status());
        assertEquals(List.of("configuration error: KNOWLEDGE_DIR=" + here().resolve("knowledge") + ": knowledge"
                + " directory does not exist or is not a directory, and DATA_DIR=" + here().resolve("data")
                + " holds no earlier good build to serve instead"), r.err());
        assertEquals(List.of(), r.out(), "no banner: the chat never started");
    }

    @Test
    void aMissingKnowledgeDirectoryWithAnEarlierGoodBuildServesThatBuild() throws Exception {
        Path knowledge = ShippedKnowledge.copyTo(dir.resolve("knowledge-copy"));
        try (Library library = Library.open(knowledge, dir.resolve("data"))) {
            assertEquals(List.of(), library.startupProblems());
        }
        Run r = run(Map.of("KNOWLEDGE_DIR", "gone", "DATA_DIR", "data"), "ask", "What is the capital of Kazakhstan?");
        assertEquals(0, r.status(), r.err().toString());
        assertTrue(r.out().get(0).contains("Astana"), r.out().toString());
        assertEquals(List.of("gone: knowledge directory does not exist or is not a directory",
                "KNOWLEDGE_DIR=" + here().resolve("gone") + " is not served: 1 problem(s) above; serving the last"
                        + " good build"), r.err());
    }

    @Test
    void brokenKnowledgeFilesAndNoEarlierBuildAreListedThenNamed() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("k")).resolve("a.txt"), "no front matter, no byline");
        Run r = run(Map.of("KNOWLEDGE_DIR", "k"), "ask", "hello");
        assertEquals(2, r.status());
        assertEquals(List.of("a.txt:1: neither a guide (no front matter between --- lines) nor an article (no byline"
                        + " like 'By Publisher February 11, 2025' in the first 8 lines)",
                "configuration error: KNOWLEDGE_DIR=" + here().resolve("k") + ": 1 problem(s) in the knowledge files"
                        + " (above; `check` lists them too), and DATA_DIR=" + here().resolve("data")
                        + " holds no earlier good build to serve instead"), r.err());
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamedWithTheCauseAndTheUser() throws Exception {
        Files.writeString(dir.resolve("file"), "in the way");
        Run r = run(Map.of("KNOWLEDGE_DIR", ShippedKnowledge.KNOWLEDGE.toAbsolutePath().toString(),
                "DATA_DIR", "file/data"), "ask", "hello");
        assertEquals(2, r.status());
        assertEquals(List.of("configuration error: DATA_DIR=" + here().resolve("file/data") + " cannot be written by "
                + Preflight.User.current() + ": FileSystemException on " + here().resolve("file/data")
                + " (Not a directory)"), r.err());
    }

    @Test
    void aDataDirectoryWithoutWritePermissionSaysWhoseItIs() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(data), "running as root, who may write anyway: the container test"
                    + " (DockerImageTest) covers a bind mount the image's user cannot write");
            Run r = run(Map.of("KNOWLEDGE_DIR", ShippedKnowledge.KNOWLEDGE.toAbsolutePath().toString(),
                    "DATA_DIR", "data"), "ask", "hello");
            assertEquals(2, r.status());
            assertEquals(1, r.err().size(), r.err().toString());
            assertTrue(r.err().get(0).startsWith("configuration error: DATA_DIR=" + here().resolve("data")
                    + " cannot be written by " + Preflight.User.current() + ": AccessDeniedException on "),
                    r.err().get(0));
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theBotWithoutATokenFailsNamingTheVariable() throws Exception {
        Run r = run(Map.of(), "telegram");
        assertEquals(2, r.status());
        assertEquals(List.of("configuration error: TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)"), r.err());
    }

    @Test
    void helpListsEveryEnvironmentVariable() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, App.run(new String[] {"--help"}));
        } finally {
            System.setOut(original);
        }
        String help = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("usage: java -jar kazakhstan-bot.jar [command]"), help);
        for (Config.Variable v : Config.VARIABLES) {
            assertTrue(help.lines().anyMatch(l -> l.startsWith("  " + v.name() + " ")), v.name() + " in " + help);
        }
        assertTrue(help.contains("  KNOWLEDGE_DIR        the knowledge files (*.txt) (default knowledge)\n"), help);
    }
}
