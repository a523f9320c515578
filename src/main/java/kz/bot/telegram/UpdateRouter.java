package kz.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates come in, from the poller or the webhook. An update seen before (by id) is dropped; flood control
 * decides whether it is answered, answered with a "slow down" notice, or dropped; then it is handed to the lane of
 * its chat and handled there, so a chat's updates are answered in order and no chat waits for another. Nothing thrown
 * while handling one update escapes: it is logged with the update id and the next update is handled — an exception
 * out of the poller's thread would be said and survived, but it would cost the rest of the batch.
 */
final class UpdateRouter {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateRouter.class);

    private final UpdateHandler handler;
    private final ChatLanes lanes;
    private final Redactor redactor;
    private final RecentUpdates recent;
    private final FloodGate gate;
    private final IntSupplier queued;
    private final int capacity;
    /** Updates queued for handling and not handled yet: each may still add a message to the send queue. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * A router handing updates to {@code handler}; {@code queued} tells how many messages wait in the send queue, and
     * no more updates are taken while those and the updates being handled reach {@code capacity}.
     */
    UpdateRouter(UpdateHandler handler, ChatLanes lanes, Redactor redactor, RecentUpdates recent, FloodGate gate,
                 IntSupplier queued, int capacity) {
        this.handler = handler;
        this.lanes = lanes;
        this.redactor = redactor;
        this.recent = recent;
        this.gate = gate;
        this.queued = queued;
        this.capacity = capacity;
    }

    /** Called by the poller thread with each batch of updates; never throws. */
    void consume(List<Update> updates) {
        try {
            for (Update update : updates) {
                accept(update);
            }
        } catch (Throwable t) {
            LOG.error("a batch of updates could not be dispatched: {}", redactor.describe(t));
        }
    }

    /** Queues one update for handling; never throws. */
    void accept(Update update) {
        Integer id = update == null ? null : update.getUpdateId();
        try {
            if (stopped) {
                // not confirmed to Telegram: it is delivered again after the restart
                LOG.debug("update {} arrived while stopping; left for the next start", id);
                return;
            }
            if (id != null && !recent.firstTime(id)) {
                LOG.info("update {} was delivered again: already taken, not answered again", id);
                return;
            }
            switch (gate.admit(update)) {
                case PASS -> {
                    pending.incrementAndGet();
                    lanes.submit(laneOf(update), () -> {
                        try {
                            handle(id, update);
                        } finally {
                            pending.decrementAndGet();
                        }
                    });
                }
                case NOTICE -> {
                    LOG.info("update {}: flood from one user; told to slow down", id);
                    lanes.submit(laneOf(update), () -> notice(id, update));
                }
                case DROP -> LOG.debug("update {}: flood from one user; dropped", id);
            }
        } catch (Throwable t) {
            LOG.error("update {} could not be queued: {}", id, redactor.describe(t));
        }
    }

    private void handle(Integer id, Update update) {
        try {
            handler.handle(update);
        } catch (Throwable t) {
            LOG.error("update {} failed: {}", id, redactor.describe(t), redactor.scrub(t));
        }
    }

    private void notice(Integer id, Update update) {
        try {
            gate.notice(update);
        } catch (Throwable t) {
            LOG.error("update {}: the slow-down notice failed: {}", id, redactor.describe(t), redactor.scrub(t));
        }
    }

    /** The chat an update belongs to; inline queries have no chat and line up per user instead. */
    static String laneOf(Update update) {
        if (update.hasMessage() && update.getMessage().getChat() != null) {
            return "chat:" + update.getMessage().getChatId();
        }
        if (update.hasEditedMessage() && update.getEditedMessage().getChat() != null) {
            return "chat:" + update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            var cq = update.getCallbackQuery();
            if (cq.getMessage() != null && cq.getMessage().getChat() != null) {
                return "chat:" + cq.getMessage().getChatId();
            }
            return cq.getFrom() == null ? "callback" : "user:" + cq.getFrom().getId();
        }
        if (update.hasInlineQuery() && update.getInlineQuery().getFrom() != null) {
            return "inline:" + update.getInlineQuery().getFrom().getId();
        }
        return "other";
    }

    /** True when update {@code id} was taken before (within the memory of recent ids). */
    boolean seenBefore(int id) {
        return recent.contains(id);
    }

    /**
     * How many more updates may be taken now: the send queue's capacity less the messages waiting in it and the
     * updates not yet handled (each may add one). The poller asks Telegram for no more; the rest stays there,
     * unconfirmed, and so survives a restart.
     */
    int room() {
        return Math.max(0, Math.min(LongPolling.MAX_BATCH, capacity - queued.getAsInt() - pending.get()));
    }

    /** Stops taking updates; those already queued are still handled. */
    void stop() {
        stopped = true;
    }

    /** Waits up to {@code timeout} for the updates being handled. */
    boolean drain(Duration timeout) {
        return lanes.drain(timeout);
    }
}
