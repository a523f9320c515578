package kz.bot.kb;

import java.nio.file.Path;

/**
 * The child process of {@link KilledBuildTest}: opens the library (building it when the knowledge changed), prints
 * {@code READY <hash>} and exits. The test kills it with SIGKILL at random moments before that.
 */
public final class OpenLibraryChild {

    private OpenLibraryChild() {
    }

    /** {@code args}: the knowledge directory and the data directory. */
    public static void main(String[] args) {
        try (Library library = Library.open(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println("READY " + library.report().hash());
            System.out.flush();
        }
    }
}
