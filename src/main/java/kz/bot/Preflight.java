package kz.bot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.bot.config.Config;
import kz.bot.config.ConfigException;
import kz.bot.kb.Library;
import kz.bot.kb.NothingToServeException;

/**
 * The start-up's checks of the two directories: a bad start fails at once with one line naming the variable, the
 * path and the cause, instead of serving nothing or failing later with half the story.
 */
final class Preflight {

    private Preflight() {
    }

    /**
     * Opens the library for {@code config}, printing to {@code err} the problems of knowledge files that are not
     * served (the last good build is, instead).
     *
     * @throws ConfigException when DATA_DIR cannot be written, or KNOWLEDGE_DIR cannot be served and there is no
     *                         earlier good build
     */
    static Library openLibrary(Config config, PrintStream err) {
        requireWritable(config.dataDir());
        Library library;
        try {
            library = Library.open(config.knowledgeDir(), config.dataDir());
        } catch (NothingToServeException e) {
            throw new ConfigException(nothingToServe(e, config.dataDir(), err));
        }
        for (var problem : library.startupProblems()) {
            err.println(problem);
        }
        if (!library.startupProblems().isEmpty()) {
            err.println("KNOWLEDGE_DIR=" + config.knowledgeDir().toAbsolutePath() + " is not served: "
                    + library.startupProblems().size() + " problem(s) above; serving the last good build");
        }
        return library;
    }

    /**
     * Creates {@code dataDir} if needed and writes and deletes a file in it.
     *
     * @throws ConfigException naming DATA_DIR, the path, the cause and the user the process runs as
     */
    static void requireWritable(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".write-check-", ""));
        } catch (IOException | UnsupportedOperationException e) {
            throw new ConfigException("DATA_DIR=" + dir + " cannot be written by " + User.current() + ": "
                    + describe(e) + ownerHint(dir));
        }
    }

    private static String nothingToServe(NothingToServeException e, Path dataDir, PrintStream err) {
        String where = "KNOWLEDGE_DIR=" + e.knowledgeDir().toAbsolutePath() + ": ";
        String instead = ", and DATA_DIR=" + dataDir.toAbsolutePath() + " holds no earlier good build to serve"
                + " instead";
        if (e.directoryProblem()) {
            return where + e.problems().get(0).message() + instead;
        }
        e.problems().forEach(err::println);
        return where + e.problems().size() + " problem(s) in the knowledge files (above; `check` lists them too)"
                + instead;
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException f) {
            return f.getClass().getSimpleName() + " on " + f.getFile()
                    + (f.getReason() == null ? "" : " (" + f.getReason() + ")");
        }
        return e.toString();
    }

    /** When the directory belongs to someone else — a bind mount made by root, typically — says whom. */
    private static String ownerHint(Path dir) {
        try {
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return "";
            }
            int owner = (Integer) Files.getAttribute(existing, "unix:uid");
            long uid = User.uid();
            return uid >= 0 && owner != uid ? "; " + existing + " belongs to uid " + owner + " (chown it to uid " + uid
                    + ", or use a named volume)" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The user the process runs as, for messages about permissions. */
    static final class User {

        private User() {
        }

        /** The numeric user id, or -1 where the platform does not say. */
        static long uid() {
            try {
                return new com.sun.security.auth.module.UnixSystem().getUid();
            } catch (RuntimeException | LinkageError e) {
                return -1;
            }
        }

        /** {@code user bot (uid 999)}, or {@code uid 1234} when the uid has no name (docker run --user). */
        static String current() {
            String name = System.getProperty("user.name", "?");
            long uid = uid();
            boolean named = !name.isBlank() && !name.equals("?");
            if (uid < 0) {
                return "user " + name;
            }
            return named ? "user " + name + " (uid " + uid + ")" : "uid " + uid;
        }
    }
}
