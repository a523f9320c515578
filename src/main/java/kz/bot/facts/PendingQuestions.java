package kz.bot.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions recorded and not yet written to the question log: a bounded queue that answers fill without ever
 * waiting, and behind it the questions taken from the queue that wait for a write to succeed. What fits in neither is
 * dropped and counted, because the log is statistics and must never slow an answer or fill the memory.
 * {@link #offer} and {@link #dropped} are thread-safe; the rest is called under {@link QuestionLog}'s lock.
 */
final class PendingQuestions {

    /** Under the question log's name: to whoever reads the log, these are its lines, as they always were. */
    private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);

    private final int retainedMax;
    private final int maxText;
    private final BlockingQueue<LoggedQuestion> queue;
    /** Taken from the queue, not yet written: a failed write keeps them here. Guarded by the caller's lock. */
    private final Deque<LoggedQuestion> retained = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param queueCapacity questions that can wait to be taken; beyond this they are dropped
     * @param retainedMax   questions kept while writing fails; beyond this the oldest are dropped
     * @param maxText       longer questions are cut to this many characters
     */
    PendingQuestions(int queueCapacity, int retainedMax, int maxText) {
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.retainedMax = retainedMax;
        this.maxText = maxText;
    }

    /** Queues {@code question}, shortened; never blocks: when the queue is full it is dropped and counted. */
    void offer(LoggedQuestion question) {
        if (!queue.offer(shortened(question))) {
            if (dropped.getAndIncrement() % 1000 == 0) {
                LOG.warn("question log queue is full: questions are not being logged ({} dropped)", dropped.get());
            }
        }
    }

    /**
     * Takes everything queued and returns, oldest first, every question waiting to be written, the ones a failed
     * write left included; the oldest beyond the retained maximum are dropped and counted. They keep waiting until
     * {@link #written}.
     */
    List<LoggedQuestion> toWrite() {
        List<LoggedQuestion> batch = new ArrayList<>();
        queue.drainTo(batch);
        retained.addAll(batch);
        while (retained.size() > retainedMax) {
            retained.removeFirst();
            dropped.incrementAndGet();
        }
        return new ArrayList<>(retained);
    }

    /** The questions last returned by {@link #toWrite} are written: they stop waiting. */
    void written() {
        retained.clear();
    }

    /** How many questions taken from the queue still wait to be written. */
    int waiting() {
        return retained.size();
    }

    /** Questions dropped so far, from the queue or from those waiting. */
    long dropped() {
        return dropped.get();
    }

    private LoggedQuestion shortened(LoggedQuestion q) {
        String t = q.text().strip();
        if (t.length() > maxText) {
            int end = maxText;
            if (Character.isHighSurrogate(t.charAt(end - 1))) {
                end--; // never split a character
            }
            t = t.substring(0, end);
        }
        return t.equals(q.text()) ? q : new LoggedQuestion(q.at(), q.language(), q.kind(), q.found(), t);
    }
}
