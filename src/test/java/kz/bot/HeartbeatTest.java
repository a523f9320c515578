package kz.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatTest {

    private static final Duration STALE = Duration.ofSeconds(70);
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void beatsWhileTheBotHearsFromTelegramAndNotOnceItStopsHearing() throws IOException {
        Path file = dir.resolve(Heartbeat.FILE);
        AtomicReference<Duration> since = new AtomicReference<>(Duration.ofSeconds(5));
        Heartbeat heartbeat = new Heartbeat(file, since::get, STALE);
        assertTrue(heartbeat.beat());
        assertTrue(Files.getLastModifiedTime(file).toMillis() > System.currentTimeMillis() - 60_000);

        Files.setLastModifiedTime(file, LONG_AGO);
        since.set(STALE);
        assertFalse(heartbeat.beat(), "not heard from Telegram for a poll timeout and a request timeout");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), "left to age: the health check fails");

        since.set(Duration.ZERO);
        assertTrue(heartbeat.beat());
        heartbeat.close();
        assertFalse(Files.exists(file), "a stopped bot is not healthy");
    }

    @Test
    void startBeatsAtOnce() throws Exception {
        Path file = dir.resolve(Heartbeat.FILE);
        try (Heartbeat heartbeat = Heartbeat.start(file, () -> Duration.ZERO, STALE)) {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Files.exists(file) && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(file));
        }
    }
}
