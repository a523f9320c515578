package kz.bot.kb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marker files of one data directory's builds that this JVM holds shared locks on (serving a build, or making
 * one), counted by holder because a file's locks belong to the whole JVM; and the exclusive claim on a marker that a
 * deletion needs. Part of {@link DataDirLock}, which has one instance per directory per JVM. Thread-safe.
 */
final class MarkerLocks {

    private static final Logger LOG = LoggerFactory.getLogger(MarkerLocks.class);

    /** The marker files locked shared, and how many holders each has. Guarded by itself. */
    private final Map<Path, Marker> markers = new HashMap<>();

    private record Marker(FileChannel channel, FileLock lock, int holders) {
    }

    /**
     * Marks {@code dir} as in use by this process: a shared lock on {@code dir/marker} (created when {@code create}),
     * held until the lease is closed. Null when the marker is not there, or is being deleted.
     */
    DataDirLock.Lease lease(Path dir, String marker, boolean create) throws IOException {
        Path file = dir.resolve(marker);
        synchronized (markers) {
            Marker m = markers.get(file);
            if (m == null) {
                FileChannel channel;
                try {
                    channel = create ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE) : FileChannel.open(file, StandardOpenOption.READ);
                } catch (NoSuchFileException e) {
                    return null;
                }
                FileLock lock;
                try {
                    lock = channel.tryLock(0, Long.MAX_VALUE, true);
                } catch (IOException | OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null || !Files.exists(file)) { // being deleted by another process: renamed or going
                    channel.close();
                    return null;
                }
                m = new Marker(channel, lock, 0);
            }
            markers.put(file, new Marker(m.channel(), m.lock(), m.holders() + 1));
        }
        return () -> letGo(file);
    }

    private void letGo(Path file) {
        synchronized (markers) {
            Marker m = markers.get(file);
            if (m == null) {
                return;
            }
            if (m.holders() > 1) {
                markers.put(file, new Marker(m.channel(), m.lock(), m.holders() - 1));
                return;
            }
            markers.remove(file);
            try {
                m.channel().close(); // releases the lock
            } catch (IOException e) {
                LOG.warn("releasing {}: {}", file, e.toString());
            }
        }
    }

    /**
     * Claims {@code dir} for deletion: an exclusive lock on {@code dir/marker}, held until closed (so nobody starts
     * using it meanwhile). Null when this or another process uses it. A directory without the marker is claimed
     * (there is nothing to hold).
     */
    DataDirLock.Lease claim(Path dir, String marker) {
        Path file = dir.resolve(marker);
        synchronized (markers) {
            if (markers.containsKey(file)) {
                return null; // this process uses it
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return () -> { };
            } catch (IOException e) {
                return null;
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null; // another process uses it
                }
            } catch (IOException | OverlappingFileLockException e) {
                close(channel);
                return null;
            }
            return () -> {
                synchronized (markers) {
                    close(channel);
                }
            };
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with it either way
        }
    }
}
