package kz.bot.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A fingerprint of a knowledge directory and of the code that reads it: equal fingerprints mean a built knowledge
 * base can be reused instead of rebuilt.
 */
final class ContentHash {

    private ContentHash() {
    }

    /**
     * SHA-256 over {@code codeVersion}, then every {@code .txt} file's relative path and bytes, in path order. Never
     * fails for the directory's sake: a directory that cannot be listed (or vanishes while it is) still gives a
     * fingerprint, and the loader reports why.
     */
    static String of(Path knowledgeDir, String codeVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(codeVersion.getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(knowledgeDir)) {
                Path root;
                List<Path> files;
                try {
                    root = knowledgeDir.toRealPath();
                    try (Stream<Path> walk = Files.walk(root)) {
                        files = walk.filter(Files::isRegularFile)
                                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                                .sorted().toList();
                    }
                } catch (IOException | UncheckedIOException e) {
                    sha.update(("unlistable:" + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
                    return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
                }
                byte[] buffer = new byte[1 << 16];
                for (Path p : files) {
                    sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    try (InputStream in = Files.newInputStream(p)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            sha.update(buffer, 0, n);
                        }
                    } catch (IOException e) {
                        // an unreadable file still changes the fingerprint; the loader reports it
                        sha.update(("unreadable:" + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
                    }
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
