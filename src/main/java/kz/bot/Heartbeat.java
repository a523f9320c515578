package kz.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health check's file, {@code DATA_DIR/heartbeat}: touched every {@link #PERIOD} while the bot hears from
 * Telegram, so that a health check needs no second JVM — only the file's age (the Dockerfile's {@code HEALTHCHECK}
 * takes a file older than 90 s for a bot that stopped receiving updates). Removed when the bot stops.
 */
final class Heartbeat implements AutoCloseable {

    static final String FILE = "heartbeat";
    /** Well within the health check's 90 s, so that one late beat is not a failure. */
    static final Duration PERIOD = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final Path file;
    private final Supplier<Duration> sinceLastContact;
    private final Duration staleAfter;
    private final ScheduledExecutorService timer;

    Heartbeat(Path file, Supplier<Duration> sinceLastContact, Duration staleAfter) {
        this.file = file;
        this.sinceLastContact = sinceLastContact;
        this.staleAfter = staleAfter;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Beats now and every {@link #PERIOD} while {@code sinceLastContact} is under {@code staleAfter}.
     *
     * @param staleAfter how long the bot may go without hearing from Telegram and still be well: a long poll's
     *                   timeout plus a request's
     */
    static Heartbeat start(Path file, Supplier<Duration> sinceLastContact, Duration staleAfter) {
        Heartbeat heartbeat = new Heartbeat(file, sinceLastContact, staleAfter);
        heartbeat.timer.scheduleAtFixedRate(heartbeat::beat, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    /** Touches the file if the bot heard from Telegram recently enough; returns whether it did. */
    boolean beat() {
        if (sinceLastContact.get().compareTo(staleAfter) >= 0) {
            return false;
        }
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        } catch (IOException e) {
            LOG.warn("cannot touch the heartbeat file {}: {}", file, e.toString());
            return false;
        }
    }

    /** Stops beating and removes the file: a stopped bot is not healthy. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot remove the heartbeat file {}: {}", file, e.toString());
        }
    }
}
