package kz.bot.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link KilledBuildTest}: opens the library (building it when the knowledge changed), prints
 * {@code READY <hash>} and exits. The test kills it with SIGKILL at random moments before that.
 */
public final class OpenLibraryChild {

    private OpenLibraryChild() {
    }

    /** {@code args}: the knowledge directory and the data directory. */
    public static void main(String[] args) throws IOException {
        // sqlite's native library is extracted next to the data directory, in the test's @TempDir: a child killed
        // with SIGKILL cannot delete it, and it must not be left in /tmp
        Path tmp = Files.createDirectories(Path.of(args[1]).toAbsolutePath().resolveSibling("child-tmp"));
        System.setProperty("org.sqlite.tmpdir", tmp.toString());
        try (Library library = Library.open(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println("READY " + library.report().hash());
            System.out.flush();
        }
    }
}
