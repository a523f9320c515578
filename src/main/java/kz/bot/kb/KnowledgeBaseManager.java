package kz.bot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one knowledge base in service and replaces it, in the shape of Lucene's {@code ReferenceManager}: whoever
 * answers takes the knowledge base with {@link #acquire} and gives it back with {@link #release} (in a
 * {@code finally}); {@link #maybeRefresh} re-reads the knowledge directory and, when it may be served, builds it aside
 * and switches to it. A knowledge base closes when the last holder releases it after a switch, so a question never sees
 * a half-switched one, and its build is deleted then unless {@code CURRENT} names it.
 *
 * <p><b>The rule, for start-up and reload alike:</b> a knowledge directory is put in service only when it loads without
 * a single problem. Then it is built (or an identical earlier build reused), named in {@code CURRENT} and served.
 * Otherwise its problems are reported and nothing changes: a reload keeps the knowledge base in service, and a start-up
 * serves the last good build, the one {@code CURRENT} names — or, when there is none, fails with
 * {@link NothingToServeException}. A start-up is a refresh from nothing, with {@code CURRENT} to fall back on.
 *
 * <p>Thread-safe: any number of threads acquire while one refreshes.
 */
final class KnowledgeBaseManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseManager.class);

    private final KnowledgeSource source;
    private final BuildStore store;
    private final Prebuilt prebuilt;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile KnowledgeBase current;
    private volatile List<Problem> startupProblems = List.of();

    private KnowledgeBaseManager(KnowledgeSource source, BuildStore store, Prebuilt prebuilt) {
        this.source = source;
        this.store = store;
        this.prebuilt = prebuilt;
    }

    /**
     * Starts serving per the rule above; a build of the knowledge's fingerprint that {@code prebuilt} carries is
     * copied rather than built.
     *
     * @throws NothingToServeException when the knowledge directory has problems and no earlier good build exists
     * @throws UncheckedIOException    when a build cannot be written or opened (disk full, permissions)
     */
    static KnowledgeBaseManager open(KnowledgeSource source, BuildStore store, Prebuilt prebuilt) {
        KnowledgeBaseManager manager = new KnowledgeBaseManager(source, store, prebuilt);
        long t0 = System.nanoTime();
        try {
            if (manager.refresh(new ReloadAttempt()) instanceof ReloadResult.Rejected rejected) {
                String good = store.current();
                KnowledgeBase last = good == null ? null : manager.openBuilt(good, t0, true);
                if (last == null) {
                    throw new NothingToServeException(source.dir(), rejected.problems());
                }
                LOG.info("knowledge has {} problem(s); serving the last good build {}", rejected.problems().size(),
                        good);
                manager.current = last;
                manager.startupProblems = rejected.problems();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the knowledge base in " + store.root() + ": " + e, e);
        }
        return manager;
    }

    /**
     * Takes a reference to the knowledge base in service, which stays open until it is given back with
     * {@link #release}.
     *
     * @throws IllegalStateException when the manager is closed
     */
    KnowledgeBase acquire() {
        while (true) {
            KnowledgeBase kb = current;
            if (kb == null) {
                throw new IllegalStateException("the library is closed");
            }
            if (kb.tryIncRef()) {
                return kb;
            }
            Thread.onSpinWait(); // a refresh just replaced it: read the new one
        }
    }

    /** Gives back a reference from {@link #acquire}. */
    void release(KnowledgeBase kb) {
        kb.decRef();
    }

    /** Problems of the knowledge files found at start-up (empty when they loaded cleanly or a reload has switched). */
    List<Problem> startupProblems() {
        return startupProblems;
    }

    /**
     * Re-reads the knowledge directory and switches to it when the rule allows, unless {@code attempt} was abandoned
     * meanwhile. A refresh while another runs returns
     * {@link ReloadResult.Busy} at once. Never throws: whatever goes wrong leaves the knowledge base in service and
     * is said in the result.
     */
    ReloadResult maybeRefresh(ReloadAttempt attempt) {
        if (!refreshing.tryLock()) {
            return new ReloadResult.Busy();
        }
        try {
            return refresh(attempt);
        } catch (IOException | RuntimeException e) {
            // the admin's command must get an answer, and the knowledge base in service must stay: report, not throw
            LOG.error("reload failed", e);
            return new ReloadResult.Failed(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            refreshing.unlock();
        }
    }

    private ReloadResult refresh(ReloadAttempt attempt) throws IOException {
        long t0 = System.nanoTime();
        KnowledgeBase fresh = null;
        try {
            String hash = source.fingerprint();
            KnowledgeBase before = current;
            if (before != null && before.hash().equals(hash)) {
                return new ReloadResult.Unchanged(before.report());
            }
            fresh = openBuilt(hash, t0, true);
            if (fresh == null && prebuilt.has(hash)) {
                // the jar's own build of these very files (loaded without a problem when it was made): copy, not build
                try {
                    store.put(hash, prebuilt::copyInto);
                    fresh = openBuilt(hash, t0, true);
                    LOG.info("knowledge base {} copied from the build the jar carries", hash);
                } catch (IOException e) {
                    LOG.warn("the jar's knowledge build could not be copied ({}); building it instead", e.getMessage());
                }
            }
            if (fresh == null) {
                Knowledge loaded = source.loadAsFingerprinted(hash);
                if (!loaded.problems().isEmpty()) {
                    return new ReloadResult.Rejected(loaded.problems(), BuildFiles.millisSince(t0));
                }
                store.put(hash, dir -> BuildFiles.write(dir, hash, loaded, source.dir()));
                fresh = openBuilt(hash, t0, false);
                if (fresh == null) {
                    return new ReloadResult.Failed("the new build " + hash + " disappeared before it could be opened");
                }
            } else if (!fresh.report().problems().isEmpty()) {
                return new ReloadResult.Rejected(fresh.report().problems(), BuildFiles.millisSince(t0));
            }
            if (!attempt.commit()) {
                return new ReloadResult.Failed("abandoned: took longer than its time limit"); // nobody reads this
            }
            // CURRENT first: if it cannot be written nothing has changed, and the old build stays the one to start from
            store.setCurrent(hash);
            KnowledgeBase old = current;
            KnowledgeBase switched = fresh;
            current = fresh;
            fresh = null; // in service now: no longer ours to release
            startupProblems = List.of();
            if (old != null) {
                old.decRef();
            }
            BuildReport r = switched.report();
            LOG.info("knowledge base {} in service ({} documents, {} passages, {} facts, {} ms)", hash,
                    r.documents(), r.passages(), r.facts(), r.millis());
            return new ReloadResult.Switched(r, old == null ? "" : old.hash());
        } finally {
            if (fresh != null) {
                fresh.decRef();
            }
        }
    }

    /** Opens the complete build of {@code hash}, or returns null when there is none. */
    private KnowledgeBase openBuilt(String hash, long t0, boolean reused) {
        Path dir = store.acquire(hash);
        if (dir == null) {
            return null;
        }
        try {
            return BuildFiles.open(dir, hash, t0, reused, () -> store.release(dir));
        } catch (RuntimeException e) {
            store.release(dir);
            throw e;
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
