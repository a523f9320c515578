package kz.bot.bench;

import java.util.Arrays;

/** Collects latencies in nanoseconds and reports percentiles in microseconds. Not thread-safe: one per thread. */
final class LatencyRecorder {

    private long[] samples = new long[1 << 16];
    private int count;

    void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** All samples of {@code recorders} together. */
    static Percentiles merge(LatencyRecorder... recorders) {
        int total = 0;
        for (LatencyRecorder r : recorders) {
            total += r.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder r : recorders) {
            System.arraycopy(r.samples, 0, all, at, r.count);
            at += r.count;
        }
        Arrays.sort(all);
        return new Percentiles(all);
    }

    /** Sorted samples. */
    record Percentiles(long[] sorted) {
        double micros(double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return sorted[Math.max(0, i)] / 1000.0;
        }

        double maxMicros() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0;
        }
    }
}
