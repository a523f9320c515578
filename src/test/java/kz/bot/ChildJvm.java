package kz.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real program ({@code kz.bot.App}) in a child JVM, configured by environment variables as in production, with
 * its standard output and error in files: for tests where a process must die, survive or run with a small heap.
 */
public final class ChildJvm {

    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Path out;
    private final Path err;

    /** A child whose standard output and error go to {@code dir/name.out} and {@code dir/name.err}. */
    public ChildJvm(Path dir, String name) {
        this.out = dir.resolve(name + ".out");
        this.err = dir.resolve(name + ".err");
    }

    /** Adds JVM options ({@code -Xmx96m}). */
    public ChildJvm jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Sets an environment variable of the child. */
    public ChildJvm env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Starts {@code kz.bot.App} with {@code args}. */
    public Process start(String... args) throws IOException {
        // surefire may start the tests from a manifest-only jar; it names the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add("kz.bot.App");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("WEBHOOK_")
                || k.equals("BOT_ADMIN_IDS") || k.equals("KNOWLEDGE_DIR") || k.equals("DATA_DIR"));
        pb.environment().putAll(env);
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    /** Runs {@code kz.bot.App} with {@code args} to its end (at most {@code seconds}); returns its exit status. */
    public int run(int seconds, String... args) throws IOException, InterruptedException {
        Process p = start(args);
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after " + seconds + " s; standard error:\n" + err());
            }
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    /** What the child wrote to standard output so far. */
    public String out() throws IOException {
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    /** What the child wrote to standard error (its log) so far. */
    public String err() throws IOException {
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }
}
