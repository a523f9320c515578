package kz.bot.knowledge;

import java.util.Locale;

/**
 * How many bytes of knowledge files this process may read, derived from its heap. Reading a file takes several times
 * its size while it is decoded and split (bytes, characters, lines, passages: about seven times for Cyrillic text),
 * and every document read stays in memory until the build is done, next to the knowledge base in service: a 50 MB
 * file took a 256 MB process down with {@code OutOfMemoryError} at every start. A file over the limit is a problem
 * like any other, at the line where it crosses the limit; the other files still load.
 *
 * @param fileBytes  the most one file may have
 * @param totalBytes the most all files together may have
 * @param heapBytes  the heap the limits were derived from (for the message)
 */
public record ReadLimits(long fileBytes, long totalBytes, long heapBytes) {

    /** Nobody writes a 64 MB knowledge document by hand, however large the heap. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Below this a file limit would refuse ordinary documents; the shipped ones are 2-16 KB. */
    static final long MIN_FILE_BYTES = 1024L * 1024;
    /** A file may take a 32nd of the heap: seven times that while it is read, well within what is free. */
    static final int HEAP_SHARE_PER_FILE = 32;
    /** All files together an 8th: their documents stay in memory during the build, beside the knowledge base. */
    static final int HEAP_SHARE_IN_ALL = 8;

    /** The limits for a heap of {@code heapBytes}. */
    public static ReadLimits forHeap(long heapBytes) {
        long file = Math.max(MIN_FILE_BYTES, Math.min(MAX_FILE_BYTES, heapBytes / HEAP_SHARE_PER_FILE));
        long total = Math.max(file, heapBytes / HEAP_SHARE_IN_ALL);
        return new ReadLimits(file, total, heapBytes);
    }

    /** The limits for this JVM's maximum heap ({@code -Xmx}). */
    public static ReadLimits forThisProcess() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    /** The problem message for a file that goes on past {@link #fileBytes}. */
    String fileTooLarge() {
        return "the file goes on past " + megabytes(fileBytes) + ", the most one knowledge file may have in a process"
                + " with a heap of " + megabytes(heapBytes) + " (java -Xmx); split it, or give the process more memory";
    }

    /** The problem message for the file in which all files together pass {@link #totalBytes}. */
    String allTooLarge() {
        return "the knowledge files together go on past " + megabytes(totalBytes) + " here, the most a process with a"
                + " heap of " + megabytes(heapBytes) + " (java -Xmx) reads; this file and the rest are not read";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
