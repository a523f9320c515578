package kz.bot.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;

/**
 * A build of the shipped knowledge made when the jar is packaged and carried inside it, so that a first start with an
 * empty {@code DATA_DIR} copies it instead of building (about 2.3 s of a 2.6 s start-up). It is used only for the
 * fingerprint it was made for: the same knowledge files read by the same build of the code — any other knowledge
 * directory, or a knowledge file changed by one byte, is built as before.
 *
 * <p>Maven's {@code process-classes} phase runs {@link #main} (see {@code pom.xml}), which writes the build under
 * {@link #RESOURCES} in the classes directory: {@code HASH} (the fingerprint), {@code FILES} (the build's files, one
 * relative path a line) and the files themselves under {@code files/}. Immutable.
 */
final class Prebuilt {

    /** Where in the classes directory, and so in the jar, the build is kept. */
    static final String RESOURCES = "kz/bot/kb/prebuilt/";
    private static final String HASH = "HASH";
    private static final String FILES = "FILES";
    private static final String FILE_DIR = "files/";

    /** A jar without a build of its own (code compiled outside Maven, tests that time the loader). */
    static final Prebuilt NONE = new Prebuilt(resource -> null);

    private final Function<String, InputStream> resources;

    /** @param resources opens a resource by its path under {@link #RESOURCES}, or gives null when there is none */
    Prebuilt(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    /** The build this jar carries, if it carries one. */
    static Prebuilt ofThisJar() {
        ClassLoader loader = Prebuilt.class.getClassLoader();
        return new Prebuilt(resource -> loader.getResourceAsStream(RESOURCES + resource));
    }

    /** True when the carried build is one of {@code hash}. */
    boolean has(String hash) {
        String carried = text(HASH);
        return carried != null && carried.strip().equals(hash);
    }

    /** Copies the carried build's files into the empty directory {@code dir} (a {@link BuildStore.Writer}). */
    void copyInto(Path dir) throws IOException {
        String list = text(FILES);
        if (list == null) {
            throw new IOException("the jar's knowledge build has no list of files");
        }
        for (String file : list.lines().filter(l -> !l.isBlank()).toList()) {
            Path target = dir.resolve(file).normalize();
            if (!target.startsWith(dir)) {
                throw new IOException("the jar's knowledge build names a file outside its directory: " + file);
            }
            try (InputStream in = resources.apply(FILE_DIR + file)) {
                if (in == null) {
                    throw new IOException("the jar's knowledge build lacks " + file);
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    private String text(String resource) {
        try (InputStream in = resources.apply(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the build of {@code knowledgeDir} under {@link #RESOURCES} in {@code classesDir}, replacing any there;
     * writes nothing (and says why) when the directory is missing, has problems, or the code carries no version stamp.
     *
     * @return true when a build was written
     */
    static boolean write(Path knowledgeDir, Path classesDir) throws IOException {
        Path out = classesDir.resolve(RESOURCES);
        Durable.deleteTree(out);
        String version = CodeVersion.current();
        if (!Files.isDirectory(knowledgeDir) || version.contains(":unstamped-")) {
            System.out.println("no knowledge build in the jar: " + (Files.isDirectory(knowledgeDir)
                    ? "the code has no version stamp" : "no knowledge directory " + knowledgeDir));
            return false;
        }
        KnowledgeSource source = new KnowledgeSource(knowledgeDir, KnowledgeLoader::load, version);
        String hash = source.fingerprint();
        Knowledge loaded = source.loadAsFingerprinted(hash);
        if (!loaded.problems().isEmpty()) {
            System.out.println("no knowledge build in the jar: " + knowledgeDir + " has " + loaded.problems().size()
                    + " problem(s), the first " + loaded.problems().get(0));
            return false;
        }
        Path files = out.resolve(FILE_DIR);
        Files.createDirectories(files);
        BuildFiles.write(files, hash, loaded, knowledgeDir);
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(files)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                names.add(files.relativize(p).toString().replace('\\', '/'));
            }
        }
        Files.writeString(out.resolve(FILES), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve(HASH), hash + "\n", StandardCharsets.UTF_8); // last: a build without it is none
        return true;
    }

    /** {@code Prebuilt KNOWLEDGE_DIR CLASSES_DIR}: run by Maven when it packages the jar. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Prebuilt KNOWLEDGE_DIR CLASSES_DIR");
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }
}
