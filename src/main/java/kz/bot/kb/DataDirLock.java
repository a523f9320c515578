package kz.bot.kb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps processes sharing one {@code DATA_DIR} (two bots, a bot and {@code ask}) out of each other's builds, with the
 * operating system's file locks, which end with the process that holds them.
 * <ul>
 * <li><b>Building and switching are exclusive</b> ({@link #exclusive}): writing a build aside and renaming it into
 * place, naming one in {@code CURRENT}, deleting builds and removing leftovers. A process that has to wait says, once,
 * which process holds the lock ({@code kb/LOCK} names it), and then finds the build that process made instead of
 * making it again.</li>
 * <li><b>Serving is shared</b> ({@link #lease}): a process serving a build holds a shared lock on its marker file
 * for as long as it does, and a build in progress is marked the same way; a build or a {@code .tmp-} directory is
 * deleted only when its marker can be locked exclusively ({@link #claim}) — never while another process uses it.</li>
 * </ul>
 * File locks belong to the whole JVM, and closing any channel of a file drops all of the JVM's locks on it: so there is
 * one instance per directory per JVM, and leases are counted here. Thread-safe.
 */
final class DataDirLock {

    static final String LOCK_FILE = "LOCK";
    private static final Logger LOG = LoggerFactory.getLogger(DataDirLock.class);
    /** One per directory per JVM (see the class comment): the JVM's share of the operating system's locks. */
    private static final Map<Path, DataDirLock> PER_JVM = new ConcurrentHashMap<>();

    private final Path root;
    private final FileChannel lockFile;
    private final ReentrantLock exclusive = new ReentrantLock();
    private FileLock held; // guarded by exclusive
    /** The marker files of builds in use, locked shared by this JVM: one set per directory, as the locks are. */
    private final MarkerLocks markers = new MarkerLocks();

    private DataDirLock(Path root, FileChannel lockFile) {
        this.root = root;
        this.lockFile = lockFile;
    }

    /**
     * The lock of the build directory {@code root} (created when missing).
     *
     * @throws IOException when its lock file cannot be created
     */
    static DataDirLock of(Path root) throws IOException {
        Files.createDirectories(root);
        Path key = root.toRealPath();
        DataDirLock lock = PER_JVM.get(key);
        if (lock != null) {
            return lock;
        }
        synchronized (PER_JVM) {
            lock = PER_JVM.get(key);
            if (lock == null) {
                FileChannel channel = FileChannel.open(key.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                lock = new DataDirLock(key, channel);
                PER_JVM.put(key, lock);
            }
            return lock;
        }
    }

    /** The exclusive lock, held until closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the exclusive lock, waiting at most {@code patience} for another process (or thread) holding it.
     *
     * @throws IOException naming the process that holds it when the wait ends first
     */
    Held exclusive(Duration patience) throws IOException {
        if (exclusive.isHeldByCurrentThread()) {
            return () -> { }; // taken further up this thread: the outer holder lets go
        }
        long deadline = System.nanoTime() + patience.toNanos();
        boolean said = false;
        try {
            if (!exclusive.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IOException(root + " is locked by another thread of this process for longer than "
                        + patience.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock on " + root);
        }
        try {
            while (true) {
                if (held == null) {
                    held = tryLock();
                }
                if (held != null) {
                    writeOwner();
                    return this::unlock;
                }
                if (!said) {
                    said = true;
                    LOG.info("{} is locked by {}: waiting for it to finish building or switching", root, owner());
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(root + " is locked by " + owner() + ", still building or switching after "
                            + patience.toSeconds() + " s");
                }
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            exclusive.unlock();
            throw e;
        } catch (InterruptedException e) {
            exclusive.unlock();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock on " + root);
        }
    }

    /** Takes the exclusive lock if nobody holds it now; null otherwise. */
    Held tryExclusive() {
        if (exclusive.isHeldByCurrentThread()) {
            return () -> { };
        }
        if (!exclusive.tryLock()) {
            return null;
        }
        try {
            held = tryLock();
            if (held == null) {
                exclusive.unlock();
                return null;
            }
            writeOwner();
            return this::unlock;
        } catch (IOException | RuntimeException e) {
            exclusive.unlock();
            return null;
        }
    }

    private FileLock tryLock() throws IOException {
        try {
            return lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // cannot happen with one instance per JVM; treated as held
        }
    }

    private void unlock() {
        try {
            if (held != null) {
                held.release();
            }
        } catch (IOException e) {
            LOG.warn("releasing the lock on {}: {}", root, e.toString());
        } finally {
            held = null;
            exclusive.unlock();
        }
    }

    /** Says in the lock file who holds it: another process that has to wait reads it. */
    private void writeOwner() throws IOException {
        String[] command = System.getProperty("sun.java.command", "java").split(" ");
        String what = command.length > 1 ? command[0] + " " + command[1] : command[0]; // the class and the command
        String text = "process " + ProcessHandle.current().pid() + " (" + what + ", since " + Instant.now() + ")";
        lockFile.truncate(0);
        lockFile.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** Who holds the lock, as its holder wrote it. */
    private String owner() {
        try {
            String text = Files.readString(root.resolve(LOCK_FILE), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    /** A shared lock on a marker file, held until closed. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** See {@link MarkerLocks#lease}. */
    Lease lease(Path dir, String marker, boolean create) throws IOException {
        return markers.lease(dir, marker, create);
    }

    /** See {@link MarkerLocks#claim}. */
    Lease claim(Path dir, String marker) {
        return markers.claim(dir, marker);
    }
}
