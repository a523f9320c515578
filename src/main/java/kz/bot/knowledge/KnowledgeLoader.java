package kz.bot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every {@code *.txt} file of a knowledge directory into documents, telling guides from articles by content.
 * Never throws for bad content: each problem is reported as {@code file:line: message} and the other files load.
 */
public final class KnowledgeLoader {

    /** The synonyms file's name; every other {@code .txt} file is a document. */
    public static final String SYNONYMS = "synonyms.txt";

    private KnowledgeLoader() {
    }

    /**
     * Loads {@code dir}, reading no more than this process's heap allows ({@link ReadLimits}). A missing or unreadable
     * directory is a problem of the result, not an exception.
     */
    public static Knowledge load(Path dir) {
        return load(dir, ReadLimits.forThisProcess());
    }

    /** As {@link #load(Path)}, within {@code limits}. */
    public static Knowledge load(Path dir, ReadLimits limits) {
        return load(dir, limits, file -> readAtMost(file, limits.fileBytes()));
    }

    /** Reads one file's bytes; tests substitute it to make a file vanish or fail between listing and reading. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Path file) throws IOException;
    }

    /** As {@link #load(Path)}, reading each listed file with {@code reader}. */
    static Knowledge load(Path dir, FileReader reader) {
        return load(dir, ReadLimits.forThisProcess(), reader);
    }

    /** As {@link #load(Path)}, within {@code limits}, reading each listed file with {@code reader}. */
    static Knowledge load(Path dir, ReadLimits limits, FileReader reader) {
        List<Problem> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        Map<String, Integer> translatesLines = new HashMap<>();
        Optional<SynonymsFile> synonyms = Optional.empty();
        String dirName = dir.toString();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dirName, 0, "knowledge directory does not exist or is not a directory"));
            return new Knowledge(documents, synonyms, problems);
        }
        Path root;
        List<Path> files;
        try {
            root = dir.toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .filter(p -> !hidden(root, p))
                        .sorted()
                        .toList();
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(dirName, 0, "cannot list the knowledge directory: " + e.getMessage()));
            return new Knowledge(documents, synonyms, problems);
        }
        long read = 0;
        for (Path path : files) {
            String name = root.relativize(path).toString().replace('\\', '/');
            byte[] bytes;
            try {
                if (Files.isDirectory(path)) {
                    continue;
                }
                Path real = path.toRealPath();
                if (!real.startsWith(root)) {
                    problems.add(new Problem(name, 0, "link points outside the knowledge directory; not read"));
                    continue;
                }
                if (!Files.isRegularFile(real)) {
                    // a named pipe would block the read until someone writes to it: forever, for check and start-up
                    problems.add(new Problem(name, 0, "not a regular file (a named pipe, a device or a socket);"
                            + " not read"));
                    continue;
                }
                long left = limits.totalBytes() - read;
                long size = Files.size(real);
                if (size > limits.fileBytes()) {
                    problems.add(new Problem(name, lineAtByte(real, limits.fileBytes()), limits.fileTooLarge()));
                    continue;
                }
                if (size > left) {
                    problems.add(new Problem(name, lineAtByte(real, left), limits.allTooLarge()));
                    continue;
                }
                bytes = reader.read(path);
                if (bytes.length > Math.min(left, limits.fileBytes())) { // it grew while it was read
                    problems.add(new Problem(name, lineAtByte(real, Math.min(left, limits.fileBytes())),
                            bytes.length > limits.fileBytes() ? limits.fileTooLarge() : limits.allTooLarge()));
                    continue;
                }
                read += bytes.length;
            } catch (NoSuchFileException e) {
                problems.add(new Problem(name, 0, "file disappeared while the knowledge was being read"));
                continue;
            } catch (IOException | SecurityException e) {
                problems.add(new Problem(name, 0, "cannot read file: " + e.getClass().getSimpleName()));
                continue;
            }
            if (path.getFileName().toString().equalsIgnoreCase(SYNONYMS)) {
                TextFile.Result text = TextFile.decode(name, bytes);
                if (text.problem() != null && !text.problem().message().equals("empty file")) {
                    problems.add(text.problem());
                } else if (text.file() != null) {
                    synonyms = Optional.of(new SynonymsFile(name, String.join("\n", text.file().lines())));
                }
                continue;
            }
            Optional<Document> document = parse(name, bytes, problems);
            document.ifPresent(documents::add);
            if (document.isPresent() && document.get().isTranslation()) {
                translatesLines.put(name, FrontMatter.translatesLine(TextFile.decode(name, bytes).file()));
            }
        }
        List<Problem> warnings = new ArrayList<>();
        Translations.Merged merged = Translations.merge(documents, translatesLines, problems, warnings);
        return new Knowledge(merged.documents(), synonyms, problems, merged.labels(), warnings);
    }

    /** Parses one file's bytes; empty when the file is not a document at all (the reason is in {@code problems}). */
    public static Optional<Document> parse(String name, byte[] bytes, List<Problem> problems) {
        try {
            TextFile.Result text = TextFile.decode(name, bytes);
            if (text.problem() != null) {
                problems.add(text.problem());
                return Optional.empty();
            }
            TextFile file = text.file();
            if (startsWithFrontMatter(file)) {
                return Optional.of(GuideParser.parse(file, problems));
            }
            int byline = ArticleParser.bylineIndex(file);
            if (byline >= 0) {
                return Optional.of(ArticleParser.parse(file, byline, problems));
            }
            problems.add(new Problem(name, firstNonBlank(file),
                    "neither a guide (no front matter between --- lines) nor an article (no byline like"
                            + " 'By Publisher February 11, 2025' in the first " + ArticleParser.BYLINE_WITHIN
                            + " lines)"));
            return Optional.empty();
        } catch (RuntimeException e) {
            // a parser bug must not take the other files down with it; say where, so it can be fixed
            problems.add(new Problem(name, 0, "internal error while parsing: " + e));
            return Optional.empty();
        }
    }

    private static boolean startsWithFrontMatter(TextFile file) {
        int first = firstNonBlank(file) - 1;
        return first < file.lines().size() && TextFile.clean(file.lines().get(first)).equals("---");
    }

    /** The first line with visible text: a line of only zero-width or control characters is blank too. */
    private static int firstNonBlank(TextFile file) {
        for (int i = 0; i < file.lines().size(); i++) {
            if (!TextFile.clean(file.lines().get(i)).isEmpty()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** At most {@code limit} + 1 bytes of {@code file}: enough to see that it is too long, never more. */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** The 1-based line on which the byte at {@code offset} of {@code file} stands (counted as TextFile counts). */
    private static int lineAtByte(Path file, long offset) throws IOException {
        int line = 1;
        boolean cr = false;
        byte[] buffer = new byte[1 << 16];
        long seen = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (seen < offset && (n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - seen))) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n' && !cr || b == '\r') {
                        line++;
                    }
                    cr = b == '\r';
                }
                seen += n;
            }
        }
        return line;
    }
}
