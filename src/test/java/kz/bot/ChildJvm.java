package kz.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.bot.config.Config;

/**
 * Starting a class of this project in a child JVM, as the tests that stop or kill the real program do: the static
 * {@link #builder} and {@link #app}, or an instance for the real program with JVM options (a small heap) and its
 * standard output and error in files.
 */
public final class ChildJvm {

    private final Path dir;
    private final String name;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();

    /**
     * The real program in a child whose standard output and error go to {@code dir/name.out} and
     * {@code dir/name.err}, and its temporary files to {@code dir/name-tmp}.
     */
    public ChildJvm(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /**
     * A process builder for {@code java mainClass args} with the tests' class path. The child's temporary files —
     * sqlite-jdbc's extracted native library among them, which a child ended by SIGKILL cannot remove — go to
     * {@code tmp} (created here), which should lie in the test's {@code @TempDir} so that JUnit removes it.
     */
    public static ProcessBuilder builder(Path tmp, String mainClass, String... args) {
        return builder(tmp, List.of(), mainClass, args);
    }

    private static ProcessBuilder builder(Path tmp, List<String> jvmOptions, String mainClass, String... args) {
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // surefire may start the tests from a manifest-only jar; it names the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp, mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * The real program, {@code kz.bot.App args}, configured by {@code env} only: the bot's variables this JVM may
     * have are not passed on. Its temporary files go to {@code dir/jvm-tmp}.
     */
    public static ProcessBuilder app(Path dir, Map<String, String> env, String... args) {
        ProcessBuilder pb = builder(dir.resolve("jvm-tmp"), "kz.bot.App", args);
        Config.VARIABLES.forEach(v -> pb.environment().remove(v.name()));
        pb.environment().putAll(env);
        return pb;
    }

    /** The {@code java} of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Adds JVM options ({@code -Xmx96m}). */
    public ChildJvm jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Sets an environment variable of the child (the bot's variables of this JVM are not passed on). */
    public ChildJvm env(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    /** Starts {@code kz.bot.App} with {@code args}. */
    public Process start(String... args) throws IOException {
        ProcessBuilder pb = builder(dir.resolve(name + "-tmp"), jvmOptions, "kz.bot.App", args);
        Config.VARIABLES.forEach(v -> pb.environment().remove(v.name()));
        pb.environment().putAll(env);
        pb.redirectOutput(out().toFile()).redirectError(err().toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    /** Runs {@code kz.bot.App} with {@code args} to its end (at most {@code seconds}); returns its exit status. */
    public int run(int seconds, String... args) throws IOException, InterruptedException {
        Process p = start(args);
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after " + seconds + " s; standard error:\n" + errText());
            }
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    /** What the child wrote to standard output so far. */
    public String outText() throws IOException {
        return Files.exists(out()) ? Files.readString(out(), StandardCharsets.UTF_8) : "";
    }

    /** What the child wrote to standard error (its log) so far. */
    public String errText() throws IOException {
        return Files.exists(err()) ? Files.readString(err(), StandardCharsets.UTF_8) : "";
    }

    private Path out() {
        return dir.resolve(name + ".out");
    }

    private Path err() {
        return dir.resolve(name + ".err");
    }
}
