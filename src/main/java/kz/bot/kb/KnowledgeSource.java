package kz.bot.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.bot.index.Synonyms;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;
import kz.bot.knowledge.Problem;

/**
 * The knowledge directory as the library reads it: its fingerprint, and its content with every problem that would
 * keep it out of service — the loader's, the synonyms file's, an empty directory, files changing while they are read.
 */
final class KnowledgeSource {

    private final Path dir;
    private final Function<Path, Knowledge> loader;
    private final String codeVersion;

    /**
     * @param loader      reads the directory ({@link KnowledgeLoader#load} in production; tests time faults with it)
     * @param codeVersion goes into every fingerprint, so that other code never reuses this code's builds
     */
    KnowledgeSource(Path dir, Function<Path, Knowledge> loader, String codeVersion) {
        this.dir = dir;
        this.loader = loader;
        this.codeVersion = codeVersion;
    }

    Path dir() {
        return dir;
    }

    /** The fingerprint of the directory's files now, with the code version. */
    String fingerprint() {
        return ContentHash.of(dir, codeVersion);
    }

    /**
     * Loads the directory and makes sure that what was loaded is what {@code hash} fingerprinted: a file deleted,
     * added or rewritten between the two reads would otherwise be built and stored under a fingerprint of other
     * content, and reused for that content later. The result's problems say why it must not be served, if it must not.
     */
    Knowledge loadAsFingerprinted(String hash) {
        Knowledge loaded = load(dir, loader);
        if (fingerprint().equals(hash)) {
            return loaded;
        }
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.add(new Problem(dir.toString(), 0, "the knowledge files changed while they were being read"
                + " (an upload still in progress?); read again when they are complete"));
        return loaded.withProblems(problems);
    }

    /** Loads {@code dir} with {@code loader} and adds the problems the loader does not see. */
    static Knowledge load(Path dir, Function<Path, Knowledge> loader) {
        Knowledge k = loader.apply(dir);
        List<Problem> problems = new ArrayList<>(k.problems());
        k.synonyms().ifPresent(s -> Synonyms.parse(s.file(), s.text(), problems));
        if (k.documents().isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "no knowledge documents (*.txt) in this directory"));
        }
        return k.withProblems(problems);
    }
}
