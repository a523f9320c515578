package kz.bot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The benchmark's fixed question list, shipped inside the jar so that every run asks the same. */
final class Workload {

    private Workload() {
    }

    static List<String> questions() {
        try (InputStream in = Workload.class.getResourceAsStream("/bench/workload.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/workload.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
