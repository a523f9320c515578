package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build store knows directories only: every case writes plain files, no knowledge base. */
class BuildStoreTest {

    private static final String A = "aaaaaaaa11111111";
    private static final String B = "bbbbbbbb22222222";

    @TempDir
    Path root;

    private static BuildStore.Writer file(String name, String text) {
        return dir -> Files.writeString(dir.resolve(name), text);
    }

    /** What is in the store, but the lock's own file. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(DataDirLock.LOCK_FILE)).sorted()
                    .toList();
        }
    }

    @Test
    void aBuildIsRenamedIntoPlaceWholeWithItsReadyMarker() throws IOException {
        BuildStore store = BuildStore.open(root);
        store.put(A, file("facts", "one"));
        assertTrue(store.isBuilt(A));
        assertEquals(List.of(A), names(), "nothing left under a .tmp- name");
        assertEquals("one", Files.readString(root.resolve(A).resolve("facts")));
        assertEquals(A, Files.readString(root.resolve(A).resolve(BuildStore.READY)));
    }

    @Test
    void aWriterThatFailsLeavesNothingBehind() throws IOException {
        BuildStore store = BuildStore.open(root);
        IOException e = assertThrows(IOException.class, () -> store.put(A, dir -> {
            Files.writeString(dir.resolve("half"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertFalse(store.isBuilt(A));
        assertEquals(List.of(), names());
    }

    @Test
    void aCompleteBuildOfTheSameContentIsKeptAndTheNewOneDropped() throws IOException {
        BuildStore store = BuildStore.open(root);
        store.put(A, file("facts", "first"));
        store.put(A, file("facts", "second"));
        assertEquals("first", Files.readString(root.resolve(A).resolve("facts")));
        assertEquals(List.of(A), names());
    }

    @Test
    void anUnfinishedLeftoverUnderTheSameNameIsReplaced() throws IOException {
        BuildStore store = BuildStore.open(root);
        Files.writeString(Files.createDirectories(root.resolve(A).resolve("index")).resolve("_0.cfs"), "half");
        assertFalse(store.isBuilt(A), "no READY: not a build");
        store.put(A, file("facts", "whole"));
        assertEquals(List.of(BuildStore.READY, "facts"), List.of(root.resolve(A).toFile().list()).stream().sorted()
                .toList());
    }

    @Test
    void aReleasedBuildIsDeletedOnceNobodyHasItOpenUnlessCurrentNamesIt() throws IOException {
        BuildStore store = BuildStore.open(root);
        store.put(A, file("facts", "a"));
        store.put(B, file("facts", "b"));
        store.setCurrent(A);
        Path a = store.acquire(A);
        Path b1 = store.acquire(B);
        Path b2 = store.acquire(B);
        assertEquals(root.resolve(B), b1);
        assertEquals(b1, b2);
        store.release(b1);
        assertTrue(store.isBuilt(B), "still open once");
        store.release(b2);
        assertFalse(Files.exists(root.resolve(B)), "the last holder let go");
        store.release(a);
        assertTrue(store.isBuilt(A), "CURRENT names it: the build to start from");
        assertEquals(List.of(BuildStore.CURRENT, A), names());
    }

    @Test
    void namingANewCurrentDeletesThePreviousOneUnlessItIsOpen() throws IOException {
        BuildStore store = BuildStore.open(root);
        store.put(A, file("facts", "a"));
        store.put(B, file("facts", "b"));
        store.setCurrent(A);
        store.setCurrent(B);
        assertFalse(Files.exists(root.resolve(A)));
        assertEquals(B, store.current());

        store.put(A, file("facts", "a"));
        Path open = store.acquire(B);
        store.setCurrent(A);
        assertTrue(store.isBuilt(B), "open: kept until released");
        store.release(open);
        assertFalse(Files.exists(root.resolve(B)));
    }

    @Test
    void acquiringABuildThatIsNotThereGivesNull() throws IOException {
        BuildStore store = BuildStore.open(root);
        assertNull(store.acquire(A));
        Files.createDirectories(root.resolve(A));
        assertNull(store.acquire(A), "a directory without READY is not a build");
    }

    @Test
    void aMalformedCurrentNamesNothing() throws IOException {
        BuildStore store = BuildStore.open(root);
        Files.writeString(root.resolve(BuildStore.CURRENT), "../../etc");
        assertNull(store.current());
        Files.writeString(root.resolve(BuildStore.CURRENT), A + "\n");
        assertEquals(A, store.current());
    }

    @Test
    void openingRemovesWhatADeadProcessLeftAndKeepsTheCurrentBuild() throws IOException {
        BuildStore before = BuildStore.open(root);
        before.put(A, file("facts", "a"));
        before.put(B, file("facts", "b"));
        before.setCurrent(A);
        Files.createDirectories(root.resolve(".tmp-dead").resolve("index"));
        Files.createDirectories(root.resolve("cccccccc33333333"));
        assertEquals(List.of(".tmp-dead", BuildStore.CURRENT, A, B, "cccccccc33333333"), names());

        BuildStore store = BuildStore.open(root);
        assertEquals(List.of(BuildStore.CURRENT, A), names());
        assertEquals(A, store.current());
    }

    @Test
    void openingCreatesTheDirectory() throws IOException {
        Path nested = root.resolve("data").resolve("kb");
        BuildStore.open(nested);
        assertTrue(Files.isDirectory(nested));
    }
}
