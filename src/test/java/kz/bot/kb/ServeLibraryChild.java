package kz.bot.kb;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process of {@link DataDirSharingTest} that serves a knowledge base as a bot would: opens the library,
 * prints {@code READY <hash>}, and keeps it open until its standard input ends.
 */
public final class ServeLibraryChild {

    private ServeLibraryChild() {
    }

    /** {@code args}: the knowledge directory and the data directory. */
    public static void main(String[] args) throws IOException {
        try (Library library = Library.open(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println("READY " + library.report().hash());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
