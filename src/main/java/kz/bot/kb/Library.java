package kz.bot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.bot.answer.Answer;
import kz.bot.answer.Answerer;
import kz.bot.answer.Question;
import kz.bot.facts.FactBook;
import kz.bot.facts.FactStore;
import kz.bot.facts.NameEntry;
import kz.bot.index.FuzzBudget;
import kz.bot.index.PassageIndex;
import kz.bot.index.Synonyms;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;
import kz.bot.knowledge.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the knowledge base in service and replaces it on reload. Each build goes to its own directory
 * {@code DATA_DIR/kb/<hash>}, written aside under a temporary name, flushed, and renamed into place: a crash at any
 * moment leaves either no build or a complete one. A build of the same knowledge content is reused, not redone, and a
 * build is deleted once no open knowledge base reads it and {@code CURRENT} does not name it.
 * Thread-safe: any number of threads answer while one reloads.
 */
public final class Library implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    static final String FACTS_FILE = "kazakhstan.db";
    static final String INDEX_DIR = "index";
    static final String SYNONYMS_COPY = "synonyms.txt";
    static final String READY = "READY";
    static final String CURRENT = "CURRENT";
    /** Bump when the meaning of a build changes in a way the code fingerprint would not show. */
    static final String FORMAT = "kb-format-1";
    /** How much fuzzy matching one question may cost (a message of made-up words must not cost half a second). */
    private static final FuzzBudget.Limits FUZZ = FuzzBudget.Limits.defaults();

    private final Path knowledgeDir;
    private final Path root;
    private final String codeVersion;
    private final Function<Path, Knowledge> loader;
    private final ReentrantLock reloading = new ReentrantLock();
    /**
     * Guards the build directories: checking that one is complete and opening it, moving a new one into place,
     * naming one in CURRENT and switching to it, deleting one. Without it a reader letting go of an old knowledge base
     * could delete its directory while a reload back to the same content was opening it.
     */
    private final Object builds = new Object();
    /** How many open knowledge bases read each build directory: a reload back to old content reopens it. */
    private final Map<Path, Integer> openBuilds = new HashMap<>();
    private volatile KnowledgeBase current;
    private volatile List<Problem> startupProblems = List.of();

    private Library(Path knowledgeDir, Path dataDir, Function<Path, Knowledge> loader) {
        this.knowledgeDir = knowledgeDir;
        this.root = dataDir.resolve("kb");
        this.codeVersion = FORMAT + ":" + codeFingerprint();
        this.loader = loader;
    }

    /**
     * Opens the knowledge base for {@code knowledgeDir}, building it into {@code dataDir} unless an identical build
     * is there. When the files have problems and an earlier good build exists, that build is served instead and the
     * problems are kept in {@link #startupProblems()}.
     *
     * @throws UncheckedIOException when the data directory cannot be written
     */
    public static Library open(Path knowledgeDir, Path dataDir) {
        return open(knowledgeDir, dataDir, KnowledgeLoader::load);
    }

    /** As {@link #open(Path, Path)}, reading the knowledge directory with {@code loader}: tests time faults with it. */
    static Library open(Path knowledgeDir, Path dataDir, Function<Path, Knowledge> loader) {
        Library library = new Library(knowledgeDir, dataDir, loader);
        library.start();
        return library;
    }

    private void start() {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(root);
            removeLeftovers();
            String hash = ContentHash.of(knowledgeDir, codeVersion);
            KnowledgeBase built = openIfBuilt(hash, t0, true);
            if (built != null) {
                current = built;
                if (current.report().problems().isEmpty()) {
                    Durable.writeAtomically(root.resolve(CURRENT), hash);
                } else {
                    startupProblems = current.report().problems();
                }
                return;
            }
            Loaded loaded = loadAsFingerprinted(hash);
            String good = readCurrent();
            KnowledgeBase last = loaded.problems.isEmpty() || good == null ? null : openIfBuilt(good, t0, true);
            if (last != null) {
                startupProblems = loaded.problems;
                LOG.warn("knowledge has {} problem(s); serving the last good build {}", loaded.problems.size(), good);
                current = last;
                return;
            }
            build(hash, loaded);
            current = openIfBuilt(hash, t0, false);
            if (current == null) {
                throw new IOException("the build " + hash + " disappeared before it could be opened");
            }
            startupProblems = loaded.problems;
            if (loaded.problems.isEmpty()) {
                Durable.writeAtomically(root.resolve(CURRENT), hash);
                if (good != null && !good.equals(hash)) {
                    discardUnused(good); // replaced: nothing will start from it again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the knowledge base in " + root, e);
        }
    }

    /** Problems of the knowledge files found at start-up (empty when they loaded cleanly). */
    public List<Problem> startupProblems() {
        return startupProblems;
    }

    /** Answers {@code question} from the knowledge base in service, within one question's fuzzy-matching budget. */
    public Answer answer(Question question) {
        try (FuzzBudget.Scope fuzz = FuzzBudget.open(FUZZ)) {
            return withCurrent(kb -> kb.answerer().answer(question));
        }
    }

    /** Several answers to {@code question}, best first, at most {@code limit}: see {@link Answerer#answers}. */
    public List<Answer> answers(Question question, int limit) {
        try (FuzzBudget.Scope fuzz = FuzzBudget.open(FUZZ)) {
            return withCurrent(kb -> kb.answerer().answers(question, limit));
        }
    }

    /** Runs {@code work} with the knowledge base in service, which stays open until {@code work} returns. */
    public <T> T withCurrent(Function<KnowledgeBase, T> work) {
        KnowledgeBase kb = acquire();
        try {
            return work.apply(kb);
        } finally {
            kb.decRef();
        }
    }

    private KnowledgeBase acquire() {
        while (true) {
            KnowledgeBase kb = current;
            if (kb == null) {
                throw new IllegalStateException("the library is closed");
            }
            if (kb.tryIncRef()) {
                return kb;
            }
            Thread.onSpinWait(); // a reload just replaced it: read the new one
        }
    }

    /** The report of the knowledge base in service. */
    public BuildReport report() {
        return withCurrent(KnowledgeBase::report);
    }

    /**
     * Re-reads the knowledge directory and, when it loads without a single problem, switches to it. Answers keep
     * coming from the old knowledge base until the switch; a reload while another runs returns {@link
     * ReloadResult.Busy}. Never throws: whatever goes wrong leaves the old knowledge base in service and is said in
     * the result — {@link ReloadResult.Rejected} with {@code file:line} problems for the knowledge files (including
     * files that vanish, cannot be read or change while they are read), {@link ReloadResult.Failed} for the rest.
     */
    public ReloadResult reload() {
        return reload(new ReloadAttempt());
    }

    /**
     * As {@link #reload()}, within {@code limit}: a reload still running then is abandoned — it will not switch when
     * it ends, and it is interrupted in case it waits on a read — and {@link ReloadResult.Abandoned} says so. Until
     * the abandoned reload has ended, another one returns {@link ReloadResult.Busy}. Never throws.
     */
    public ReloadResult reload(Duration limit) {
        return ReloadAttempt.within(limit, this::reload);
    }

    private ReloadResult reload(ReloadAttempt attempt) {
        if (!reloading.tryLock()) {
            return new ReloadResult.Busy();
        }
        long t0 = System.nanoTime();
        KnowledgeBase fresh = null;
        try {
            String hash = ContentHash.of(knowledgeDir, codeVersion);
            KnowledgeBase before = current;
            if (before != null && before.hash().equals(hash)) {
                return new ReloadResult.Unchanged(before.report());
            }
            fresh = openIfBuilt(hash, t0, true);
            if (fresh == null) {
                Loaded loaded = loadAsFingerprinted(hash);
                if (!loaded.problems.isEmpty()) {
                    return new ReloadResult.Rejected(loaded.problems, millisSince(t0));
                }
                build(hash, loaded);
                fresh = openIfBuilt(hash, t0, false);
                if (fresh == null) {
                    return new ReloadResult.Failed("the new build " + hash + " disappeared before it could be opened");
                }
            } else if (!fresh.report().problems().isEmpty()) {
                return new ReloadResult.Rejected(fresh.report().problems(), millisSince(t0));
            }
            if (!attempt.commit()) {
                return new ReloadResult.Failed("abandoned: took longer than its time limit"); // nobody reads this
            }
            KnowledgeBase old = switchTo(fresh);
            KnowledgeBase switched = fresh;
            fresh = null; // in service now: no longer ours to release
            startupProblems = List.of();
            if (old != null) {
                old.decRef();
            }
            LOG.info("knowledge base {} in service ({} documents, {} passages, {} facts, {} ms)", hash,
                    switched.report().documents(), switched.report().passages(), switched.report().facts(),
                    switched.report().millis());
            return new ReloadResult.Switched(switched.report(), old == null ? "" : old.hash());
        } catch (IOException | RuntimeException e) {
            // the admin's command must get an answer, and the knowledge base in service must stay: report, not throw
            LOG.error("reload failed", e);
            return new ReloadResult.Failed(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (fresh != null) {
                fresh.decRef();
            }
            reloading.unlock();
        }
    }

    /** Names {@code fresh} in CURRENT, then serves it; returns the knowledge base it replaced. */
    private KnowledgeBase switchTo(KnowledgeBase fresh) throws IOException {
        synchronized (builds) {
            // CURRENT first: if it cannot be written nothing has changed, and the old build stays the one to start from
            Durable.writeAtomically(root.resolve(CURRENT), fresh.hash());
            KnowledgeBase old = current;
            current = fresh;
            return old;
        }
    }

    /** Loads and checks a knowledge directory without building anything: what {@code check} prints. */
    public static Checked check(Path knowledgeDir) {
        Loaded loaded = load(knowledgeDir);
        return new Checked(loaded.knowledge, loaded.problems);
    }

    /** The result of {@link #check}. */
    public record Checked(Knowledge knowledge, List<Problem> problems) {
        public int cities() {
            return count(EntityKind.CITY);
        }

        public int regions() {
            return count(EntityKind.REGION);
        }

        /** Distinct entities once names are linked: an old guide's "South Kazakhstan" is Turkistan region. */
        private int count(EntityKind kind) {
            kz.bot.facts.Linker linker = new kz.bot.facts.Linker(knowledge.documents());
            return (int) knowledge.documents().stream().flatMap(d -> d.statements().stream())
                    .filter(s -> s.entity().kind() == kind).map(s -> linker.canonical(s.entity()).name())
                    .distinct().count();
        }
    }

    /**
     * Loads the knowledge directory and makes sure that what was loaded is what {@code hash} fingerprinted: a file
     * deleted, added or rewritten between the two reads would otherwise be built and stored under a fingerprint of
     * other content, and reused for that content later.
     */
    private Loaded loadAsFingerprinted(String hash) {
        Loaded loaded = load(knowledgeDir, loader);
        if (ContentHash.of(knowledgeDir, codeVersion).equals(hash)) {
            return loaded;
        }
        List<Problem> problems = new ArrayList<>(loaded.problems);
        problems.add(new Problem(knowledgeDir.toString(), 0, "the knowledge files changed while they were being read"
                + " (an upload still in progress?); read again when they are complete"));
        return new Loaded(new Knowledge(loaded.knowledge.documents(), loaded.knowledge.synonyms(), problems),
                problems);
    }

    private static Loaded load(Path dir) {
        return load(dir, KnowledgeLoader::load);
    }

    private static Loaded load(Path dir, Function<Path, Knowledge> loader) {
        Knowledge k = loader.apply(dir);
        List<Problem> problems = new ArrayList<>(k.problems());
        k.synonyms().ifPresent(s -> Synonyms.parse(s.file(), s.text(), problems));
        if (k.documents().isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "no knowledge documents (*.txt) in this directory"));
        }
        return new Loaded(new Knowledge(k.documents(), k.synonyms(), problems), problems);
    }

    private record Loaded(Knowledge knowledge, List<Problem> problems) {
    }

    /** Writes a complete build for {@code hash} under a temporary name, flushes it, and renames it into place. */
    private void build(String hash, Loaded loaded) throws IOException {
        Path tmp = root.resolve(".tmp-" + UUID.randomUUID());
        Files.createDirectories(tmp);
        try {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("hash", hash);
            meta.put("built_at", Instant.now().toString());
            meta.put("knowledge_dir", knowledgeDir.toAbsolutePath().toString());
            FactStore.write(tmp.resolve(FACTS_FILE), loaded.knowledge, meta);
            PassageIndex.build(tmp.resolve(INDEX_DIR), loaded.knowledge.documents());
            String synonyms = loaded.knowledge.synonyms().map(s -> s.text()).orElse("");
            Files.writeString(tmp.resolve(SYNONYMS_COPY), synonyms, StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve(READY), hash, StandardCharsets.UTF_8);
            Durable.syncTree(tmp);
            synchronized (builds) {
                Path target = root.resolve(hash);
                if (isBuilt(hash)) {
                    Durable.deleteTree(tmp); // a complete build of the same content is there: as good as ours
                    return;
                }
                if (Files.exists(target)) {
                    // an unfinished leftover (no READY) is never served: it must not block the rename (ENOTEMPTY)
                    discard(target);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                Durable.syncDir(root);
            }
        } catch (IOException | RuntimeException e) {
            Durable.deleteTree(tmp);
            throw e;
        }
    }

    /** Opens the complete build of {@code hash}, or returns null when there is none. */
    private KnowledgeBase openIfBuilt(String hash, long t0, boolean reused) {
        synchronized (builds) {
            // checked and opened under one lock: no release() can delete the directory in between
            if (!isBuilt(hash)) {
                return null;
            }
            KnowledgeBase kb = openBuild(hash, t0, reused);
            openBuilds.merge(kb.dir(), 1, Integer::sum);
            return kb;
        }
    }

    private KnowledgeBase openBuild(String hash, long t0, boolean reused) {
        Path dir = root.resolve(hash);
        FactStore.Stored stored = FactStore.read(dir.resolve(FACTS_FILE));
        FactBook book = stored.book();
        String synonymsText;
        try {
            synonymsText = Files.readString(dir.resolve(SYNONYMS_COPY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Synonyms synonyms = synonymsText.isBlank() ? Synonyms.none()
                : Synonyms.parse(KnowledgeLoader.SYNONYMS, synonymsText, new ArrayList<>());
        List<String> names = book.names().stream().map(NameEntry::name).toList();
        PassageIndex index = PassageIndex.open(dir.resolve(INDEX_DIR), synonyms, names);
        BuildReport report = new BuildReport(hash, book.sources().size(), index.size(), book.factCount(),
                book.entities().size(), book.entities(EntityKind.CITY).size(),
                book.entities(EntityKind.REGION).size(), stored.problems(), millisSince(t0), reused);
        return new KnowledgeBase(dir, book, index, report, () -> release(dir));
    }

    /** A knowledge base closed: deletes its build once no open one reads it and CURRENT does not name it. */
    private void release(Path dir) {
        synchronized (builds) {
            if (openBuilds.merge(dir, -1, Integer::sum) > 0) {
                return; // a reload back to this content reopened the directory: still in use
            }
            openBuilds.remove(dir);
            if (dir.getFileName().toString().equals(readCurrent())) {
                return; // the build to start from next time
            }
            discard(dir);
        }
    }

    /** Deletes the build of {@code hash} unless a knowledge base reads it or CURRENT names it. */
    private void discardUnused(String hash) {
        synchronized (builds) {
            Path dir = root.resolve(hash);
            if (!openBuilds.containsKey(dir) && !hash.equals(readCurrent()) && Files.isDirectory(dir)) {
                discard(dir);
            }
        }
    }

    /**
     * Deletes a build so that it is never seen half-deleted under its own name: renamed aside to a {@code .tmp-} name
     * first (which start-up removes if the process dies meanwhile), then deleted.
     */
    private void discard(Path dir) {
        Path trash = root.resolve(".tmp-" + UUID.randomUUID());
        try {
            Files.move(dir, trash, StandardCopyOption.ATOMIC_MOVE);
            Durable.syncDir(root);
        } catch (IOException e) {
            LOG.warn("cannot move {} aside to delete it: {}", dir, e.toString());
            try {
                Files.deleteIfExists(dir.resolve(READY)); // at least it is never taken for complete again
            } catch (IOException again) {
                LOG.warn("cannot unmark {}: {}", dir, again.toString());
            }
            trash = dir;
        }
        Durable.deleteTree(trash);
    }

    private boolean isBuilt(String hash) {
        return Files.isRegularFile(root.resolve(hash).resolve(READY));
    }

    private String readCurrent() {
        try {
            String s = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            return s.matches("[0-9a-f]{8,64}") ? s : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Half-written builds of a process that died, and builds nobody will serve again. */
    private void removeLeftovers() throws IOException {
        String good = readCurrent();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path p : dirs.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".tmp-") || Files.isDirectory(p) && !Files.exists(p.resolve(READY))) {
                    Durable.deleteTree(p);
                } else if (Files.isDirectory(p) && !name.equals(good)) {
                    discard(p);
                }
            }
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Identifies the running code, so that a new version never reuses a build made by an old one. */
    private static String codeFingerprint() {
        try {
            var source = Library.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Files.size(location) + "-" + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> walk = Files.walk(location)) {
                return "dir-" + walk.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.getLastModifiedTime(p).toMillis();
                    } catch (IOException e) {
                        return 0;
                    }
                }).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown";
        }
    }

    /** Closes the knowledge base in service once the answers running on it are done. */
    @Override
    public void close() {
        KnowledgeBase kb = current;
        current = null;
        if (kb != null) {
            kb.decRef();
        }
    }
}
