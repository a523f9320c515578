package kz.bot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import kz.bot.answer.Answer;
import kz.bot.answer.Answerer;
import kz.bot.answer.Explanation;
import kz.bot.answer.Question;
import kz.bot.index.FuzzBudget;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;
import kz.bot.knowledge.Problem;

/**
 * The knowledge base as the rest of the program sees it: answers from the one in service, and reloads. A thin facade
 * over {@link KnowledgeBaseManager} (which knowledge base is in service, and the rule for start-up and reload),
 * {@link BuildStore} (the build directories under {@code DATA_DIR/kb}) and {@link KnowledgeSource} (reading
 * {@code KNOWLEDGE_DIR}).
 *
 * <p>Start-up and reload follow one rule: a knowledge directory is put in service only when it loads without a single
 * problem; otherwise a reload keeps the knowledge base in service and a start-up serves the last good build, or fails
 * when there is none. Thread-safe: any number of threads answer while one reloads.
 */
public final class Library implements AutoCloseable {

    // the layout of a build, named here for the tests that look inside the data directory
    static final String FACTS_FILE = BuildFiles.FACTS_FILE;
    static final String INDEX_DIR = BuildFiles.INDEX_DIR;
    static final String SYNONYMS_COPY = BuildFiles.SYNONYMS_COPY;
    static final String READY = BuildStore.READY;
    static final String CURRENT = BuildStore.CURRENT;

    /** How much fuzzy matching one question may cost (a message of made-up words must not cost half a second). */
    private static final FuzzBudget.Limits FUZZ = FuzzBudget.Limits.defaults();

    private final KnowledgeBaseManager manager;
    /** How many questions fuzz at once: made-up words must not take every core from the questions that need none. */
    private final FuzzBudget.Lanes lanes = FuzzBudget.Lanes.forThisMachine();

    /** A data directory of this library's own, deleted on close (see {@link #openScratch}); null otherwise. */
    private Path scratch;

    private Library(KnowledgeBaseManager manager) {
        this.manager = manager;
    }

    /**
     * Opens the knowledge in {@code knowledgeDir} with a data directory of its own in the temporary directory, deleted
     * when the library is closed: for a second knowledge base asked beside the served one ({@code tune --seeds}).
     */
    public static Library openScratch(Path knowledgeDir) throws IOException {
        Path dataDir = Files.createTempDirectory("kzbot-scratch-");
        try {
            Library library = open(knowledgeDir, dataDir);
            library.scratch = dataDir;
            return library;
        } catch (RuntimeException e) {
            Durable.deleteTree(dataDir);
            throw e;
        }
    }

    /**
     * Opens the knowledge base for {@code knowledgeDir}, building it into {@code dataDir/kb} unless an identical
     * build is there. When the files have problems and an earlier good build exists, that build is served instead and
     * the problems are kept in {@link #startupProblems()}.
     *
     * @throws NothingToServeException when the files have problems (or the directory is missing) and there is no
     *                                 earlier good build
     * @throws UncheckedIOException    when the data directory cannot be written
     */
    public static Library open(Path knowledgeDir, Path dataDir) {
        return open(knowledgeDir, dataDir, KnowledgeLoader::load, Prebuilt.ofThisJar());
    }

    /**
     * As {@link #open(Path, Path)}, reading the knowledge directory with {@code loader} and never copying the jar's
     * own build: tests time faults with it.
     */
    static Library open(Path knowledgeDir, Path dataDir, Function<Path, Knowledge> loader) {
        return open(knowledgeDir, dataDir, loader, Prebuilt.NONE);
    }

    /** As {@link #open(Path, Path)}, with the build {@code prebuilt} carries copied when it is of these files. */
    static Library open(Path knowledgeDir, Path dataDir, Function<Path, Knowledge> loader, Prebuilt prebuilt) {
        Path root = dataDir.resolve("kb");
        BuildStore store;
        try {
            store = BuildStore.open(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the knowledge base in " + root + ": " + e, e);
        }
        KnowledgeSource source = new KnowledgeSource(knowledgeDir, loader, CodeVersion.current());
        return new Library(KnowledgeBaseManager.open(source, store, prebuilt));
    }

    /**
     * Loads and checks a knowledge directory as a start-up or reload would, without building anything: the documents,
     * and every problem that would keep the directory out of service.
     */
    public static Knowledge check(Path knowledgeDir) {
        return KnowledgeSource.load(knowledgeDir, KnowledgeLoader::load);
    }

    /** Problems of the knowledge files found at start-up (empty when they loaded cleanly). */
    public List<Problem> startupProblems() {
        return manager.startupProblems();
    }

    /** Answers {@code question} from the knowledge base in service, within one question's fuzzy-matching budget. */
    public Answer answer(Question question) {
        try (FuzzBudget.Scope fuzz = FuzzBudget.open(FUZZ, lanes)) {
            return withCurrent(kb -> kb.answerer().answer(question));
        }
    }

    /** Answers {@code question} and says how (see {@link Answerer#explain}). */
    public Explanation explain(Question question) {
        try (FuzzBudget.Scope fuzz = FuzzBudget.open(FUZZ, lanes)) {
            return withCurrent(kb -> kb.answerer().explain(question));
        }
    }

    /** {@code explanation} as readable text, from the knowledge base in service. */
    public String describe(Explanation explanation) {
        return withCurrent(kb -> kb.answerer().format(explanation));
    }

    /** Where entity {@code id} lies (see {@link Answerer#position}). */
    public java.util.Optional<double[]> position(long id) {
        return withCurrent(kb -> kb.answerer().position(id));
    }

    /** The cities nearest to entity {@code id} (see {@link Answerer#nearby}). */
    public java.util.Optional<Answer> nearby(long id, kz.bot.language.Language language) {
        return withCurrent(kb -> kb.answerer().nearby(id, language));
    }

    /** A few lines about entity {@code id} (see {@link Answerer#summary}). */
    public java.util.Optional<Answer> summary(long id, kz.bot.language.Language language) {
        return withCurrent(kb -> kb.answerer().summary(id, language));
    }

    /** The answer to a shared location (see {@link Answerer#locate}). */
    public Answer locate(double lat, double lon, kz.bot.language.Language language) {
        return withCurrent(kb -> kb.answerer().locate(lat, lon, language));
    }

    /** Several answers to {@code question}, best first, at most {@code limit}: see {@link Answerer#answers}. */
    public List<Answer> answers(Question question, int limit) {
        try (FuzzBudget.Scope fuzz = FuzzBudget.open(FUZZ, lanes)) {
            return withCurrent(kb -> kb.answerer().answers(question, limit));
        }
    }

    /**
     * Runs {@code work} with the knowledge base in service, which stays open until {@code work} returns.
     *
     * @throws IllegalStateException when the library is closed
     */
    public <T> T withCurrent(Function<KnowledgeBase, T> work) {
        KnowledgeBase kb = manager.acquire();
        try {
            return work.apply(kb);
        } finally {
            manager.release(kb);
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
        return manager.maybeRefresh(new ReloadAttempt());
    }

    /**
     * As {@link #reload()}, within {@code limit}: a reload still running then is abandoned — it will not switch when
     * it ends, and it is interrupted in case it waits on a read — and {@link ReloadResult.Abandoned} says so. Until
     * the abandoned reload has ended, another one returns {@link ReloadResult.Busy}. Never throws.
     */
    public ReloadResult reload(Duration limit) {
        return ReloadAttempt.within(limit, manager::maybeRefresh);
    }

    /** Closes the knowledge base in service once the answers running on it are done. */
    @Override
    public void close() {
        manager.close();
        if (scratch != null) {
            Durable.deleteTree(scratch);
        }
    }

    /** The data directory {@link #openScratch} made, for the test that sees it go; null for other libraries. */
    Path scratchDir() {
        return scratch;
    }
}
