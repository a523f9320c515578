package kz.bot.kb;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import kz.bot.answer.Answerer;
import kz.bot.facts.FactBook;
import kz.bot.index.KnowledgeIndex;

/**
 * One built knowledge base in service: its facts, its passage index and the answerer over both. Immutable and
 * reference-counted, like Lucene's readers: whoever answers with it holds a reference, and it closes when the last
 * holder lets go after a reload has replaced it — so a question never sees a half-switched knowledge base.
 */
public final class KnowledgeBase {

    private final Path dir;
    private final FactBook facts;
    private final KnowledgeIndex index;
    private final Answerer answerer;
    private final BuildReport report;
    private final AtomicInteger refs = new AtomicInteger(1);
    private final Runnable onClose;

    KnowledgeBase(Path dir, FactBook facts, KnowledgeIndex index, BuildReport report, Runnable onClose) {
        this.dir = dir;
        this.facts = facts;
        this.index = index;
        this.answerer = new Answerer(facts, index);
        this.report = report;
        this.onClose = onClose;
    }

    public Answerer answerer() {
        return answerer;
    }

    public FactBook facts() {
        return facts;
    }

    /** The passage index, for the benchmark's bare-search timing. */
    public KnowledgeIndex index() {
        return index;
    }

    public BuildReport report() {
        return report;
    }

    public String hash() {
        return report.hash();
    }

    Path dir() {
        return dir;
    }

    /** Takes a reference; false when this knowledge base is already closed and must not be used. */
    boolean tryIncRef() {
        int n;
        do {
            n = refs.get();
            if (n <= 0) {
                return false;
            }
        } while (!refs.compareAndSet(n, n + 1));
        return true;
    }

    /** Gives a reference back; the last one closes the index. */
    void decRef() {
        int n = refs.decrementAndGet();
        if (n == 0) {
            index.close();
            onClose.run();
        } else if (n < 0) {
            throw new IllegalStateException("knowledge base released more often than acquired");
        }
    }
}
