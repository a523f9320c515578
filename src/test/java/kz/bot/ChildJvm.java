package kz.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.bot.config.Config;

/** Starting a class of this project in a child JVM, as the tests that stop or kill the real program do. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * A process builder for {@code java mainClass args} with the tests' class path. The child's temporary files —
     * sqlite-jdbc's extracted native library among them, which a child ended by SIGKILL cannot remove — go to
     * {@code tmp} (created here), which should lie in the test's {@code @TempDir} so that JUnit removes it.
     */
    public static ProcessBuilder builder(Path tmp, String mainClass, String... args) {
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // surefire may start the tests from a manifest-only jar; it names the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath,
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp, mainClass));
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
}
