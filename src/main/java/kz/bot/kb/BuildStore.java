package kz.bot.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of builds, {@code DATA_DIR/kb}: each build is a directory named by its content hash, and {@code CURRENT}
 * names the last good one. Knows directories only, not what is in them. A build is written aside under a {@code .tmp-}
 * name, flushed and renamed into place with a {@code READY} marker, so a crash at any moment leaves either no build or
 * a complete one. A build is deleted once nobody has it open and {@code CURRENT} does not name it.
 * Thread-safe.
 */
final class BuildStore {

    private static final Logger LOG = LoggerFactory.getLogger(BuildStore.class);
    static final String READY = "READY";
    static final String CURRENT = "CURRENT";
    private static final String TMP = ".tmp-";
    /** Marks a build in progress: a {@code .tmp-} directory with it locked is never deleted by another process. */
    static final String BUILDING = "BUILDING";
    /** How long a build or a switch waits for another process's build (one of 100,000 passages takes 18 s). */
    static final Duration PATIENCE = Duration.ofMinutes(2);

    /** Fills a fresh directory with a build. */
    @FunctionalInterface
    interface Writer {
        void write(Path dir) throws IOException;
    }

    private final Path root;
    private final DataDirLock dirLock;
    /** This store's leases on the builds it has open (see {@link DataDirLock#lease}). Guarded by {@code lock}. */
    private final Map<Path, Deque<DataDirLock.Lease>> leases = new HashMap<>();
    /**
     * Guards the build directories: checking that one is complete and marking it open, moving a new one into place,
     * naming one in CURRENT, deleting one. Without it a holder letting go of an old build could delete its directory
     * while a reload back to the same content was opening it.
     */
    private final Object lock = new Object();
    /** How many holders have each build directory open: a reload back to old content reopens it. */
    private final Map<Path, Integer> open = new HashMap<>();

    private BuildStore(Path root, DataDirLock dirLock) {
        this.root = root;
        this.dirLock = dirLock;
    }

    /**
     * Opens the store at {@code root}, creating it, and removes what a process that died left: half-written builds and
     * complete builds that {@code CURRENT} does not name.
     *
     * @throws IOException when {@code root} cannot be created or listed
     */
    static BuildStore open(Path root) throws IOException {
        Files.createDirectories(root);
        BuildStore store = new BuildStore(root, DataDirLock.of(root));
        try (DataDirLock.Held exclusive = store.dirLock.tryExclusive()) {
            if (exclusive != null) {
                store.removeLeftovers();
            } else {
                LOG.debug("{} is being built in by another process: its leftovers are left for a later start", root);
            }
        }
        return store;
    }

    Path root() {
        return root;
    }

    /** Whether a complete build of {@code hash} is there. */
    boolean isBuilt(String hash) {
        return Files.isRegularFile(root.resolve(hash).resolve(READY));
    }

    /**
     * Writes a build of {@code hash}: {@code writer} fills a fresh directory, which is flushed and renamed into place.
     * When a complete build of {@code hash} appeared meanwhile, it is kept and this one dropped.
     *
     * @throws IOException when writing, flushing or renaming fails; nothing is left behind then
     */
    void put(String hash, Writer writer) throws IOException {
        try (DataDirLock.Held exclusive = dirLock.exclusive(PATIENCE)) {
            if (isBuilt(hash)) {
                return; // another process built it while this one waited for the lock: as good as ours
            }
            putExclusively(hash, writer);
        }
    }

    private void putExclusively(String hash, Writer writer) throws IOException {
        Path tmp = root.resolve(TMP + UUID.randomUUID());
        Files.createDirectories(tmp);
        DataDirLock.Lease building = dirLock.lease(tmp, BUILDING, true);
        try {
            writer.write(tmp);
            Files.writeString(tmp.resolve(READY), hash, StandardCharsets.UTF_8);
            if (building != null) {
                building.close();
                building = null;
            }
            Files.deleteIfExists(tmp.resolve(BUILDING));
            Durable.syncTree(tmp);
            synchronized (lock) {
                if (isBuilt(hash)) {
                    Durable.deleteTree(tmp); // a complete build of the same content is there: as good as ours
                    return;
                }
                Path target = root.resolve(hash);
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
        } finally {
            if (building != null) {
                building.close();
            }
        }
    }

    /**
     * Marks the complete build of {@code hash} open and returns its directory, or returns null when there is none.
     * Every directory returned must be given back with {@link #release}.
     */
    Path acquire(String hash) {
        synchronized (lock) {
            // checked and marked under one lock: no release() can delete the directory in between
            if (!isBuilt(hash)) {
                return null;
            }
            Path dir = root.resolve(hash);
            DataDirLock.Lease lease;
            try {
                lease = dirLock.lease(dir, READY, false); // another process may not delete it while this one serves it
            } catch (IOException e) {
                return null;
            }
            if (lease == null) {
                return null; // another process is deleting it
            }
            leases.computeIfAbsent(dir, d -> new ArrayDeque<>()).push(lease);
            open.merge(dir, 1, Integer::sum);
            return dir;
        }
    }

    /** Gives back a directory from {@link #acquire}; deletes it once nobody has it open and CURRENT does not name it. */
    void release(Path dir) {
        synchronized (lock) {
            Deque<DataDirLock.Lease> held = leases.get(dir);
            if (held != null && !held.isEmpty()) {
                held.pop().close();
            }
            if (open.merge(dir, -1, Integer::sum) > 0) {
                return; // a reload back to this content reopened the directory: still in use
            }
            open.remove(dir);
            leases.remove(dir);
            if (!dir.getFileName().toString().equals(current())) {
                try (DataDirLock.Held exclusive = dirLock.tryExclusive()) {
                    if (exclusive != null) {
                        discard(dir); // else another process is building: a later start removes it
                    }
                }
            }
        }
    }

    /** The hash CURRENT names, or null when there is no (well-formed) CURRENT. */
    String current() {
        try {
            String s = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            return s.matches("[0-9a-f]{8,64}") ? s : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Names {@code hash} in CURRENT, durably, and deletes the build CURRENT named before unless it is open.
     *
     * @throws IOException when CURRENT cannot be written: then it still names what it named
     */
    void setCurrent(String hash) throws IOException {
        try (DataDirLock.Held exclusive = dirLock.exclusive(PATIENCE)) {
            setCurrentExclusively(hash);
        }
    }

    private void setCurrentExclusively(String hash) throws IOException {
        synchronized (lock) {
            String before = current();
            Durable.writeAtomically(root.resolve(CURRENT), hash);
            if (before != null && !before.equals(hash)) {
                Path dir = root.resolve(before);
                if (!open.containsKey(dir) && Files.isDirectory(dir)) {
                    discard(dir); // replaced, and nobody reads it: nothing will start from it again
                }
            }
        }
    }

    /**
     * Deletes a build so that it is never seen half-deleted under its own name: renamed aside to a {@code .tmp-} name
     * first (which start-up removes if the process dies meanwhile), then deleted.
     */
    private void discard(Path dir) {
        DataDirLock.Lease claim = dirLock.claim(dir, READY);
        if (claim == null) {
            LOG.debug("{} is served by another process: not deleted", dir);
            return;
        }
        try (claim) {
            moveAsideAndDelete(dir);
        }
    }

    private void moveAsideAndDelete(Path dir) {
        Path trash = root.resolve(TMP + UUID.randomUUID());
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

    /** Half-written builds of a process that died, and builds nobody will serve again. */
    private void removeLeftovers() throws IOException {
        String good = current();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path p : dirs.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(TMP) || Files.isDirectory(p) && !Files.exists(p.resolve(READY))) {
                    try (DataDirLock.Lease claim = dirLock.claim(p, BUILDING)) {
                        if (claim != null) {
                            Durable.deleteTree(p); // else a build in progress, of a process that does not wait
                        }
                    }
                } else if (Files.isDirectory(p) && !name.equals(good)) {
                    discard(p);
                }
            }
        }
    }
}
