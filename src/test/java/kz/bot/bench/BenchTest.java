package kz.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.bot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;

/** A tiny run of the benchmark, for the shape of its report — not for its speed. */
class BenchTest {

    private static JsonNode run(int synthetic) throws Exception {
        return run(new Bench.Options(Path.of("knowledge"), synthetic, 42, 0.2, 2, 200));
    }

    private static JsonNode run(Bench.Options options) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Bench(options, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void telegramRunReportsThroughputAddedLatencyAndFailures() throws Exception {
        JsonNode report = run(new Bench.Options(Path.of("knowledge"), 0, 42, 0.1, 1, 100, 300));
        assertEquals(300, report.get("telegram_updates").asInt());
        assertEquals(0, report.get("telegram_failures").asInt(), "every update answered");
        assertEquals(300, report.get("telegram_latency_updates").asInt());
        for (String field : List.of("telegram_updates_per_s", "telegram_added_latency_p50_us",
                "telegram_added_latency_p99_us", "telegram_latency_p50_us", "telegram_loaded_latency_p50_us",
                "telegram_loaded_latency_p99_us", "telegram_core_p50_us")) {
            assertTrue(report.get(field).asDouble() > 0, field + " in " + report);
        }
        assertTrue(report.get("telegram_added_latency_p50_us").asDouble()
                <= report.get("telegram_added_latency_p99_us").asDouble());
        assertTrue(report.get("telegram_added_latency_p50_us").asDouble()
                <= report.get("telegram_latency_p50_us").asDouble(), "the core's time is taken off, not added");
    }

    @Test
    void reportHasEveryField() throws Exception {
        JsonNode report = run(0);
        for (String field : List.of("runs", "lucene_only_p50_us", "core_overhead_ratio", "heap_after_gc_mb",
                "build_ms", "startup_ms", "rss_mb", "machine")) {
            assertTrue(report.has(field), field);
        }
        assertEquals(2, report.get("runs").size());
        for (int i = 0; i < 2; i++) {
            JsonNode run = report.get("runs").get(i);
            assertEquals(i + 1, run.get("threads").asInt());
            for (String field : List.of("answers_per_s", "p50_us", "p95_us", "p99_us", "max_us")) {
                assertTrue(run.get(field).asDouble() > 0, field);
            }
            assertEquals(0, run.get("failures").asInt());
            assertTrue(run.get("p50_us").asDouble() <= run.get("p99_us").asDouble());
        }
        int shipped = KnowledgeLoader.load(Path.of("knowledge")).documents().stream()
                .mapToInt(d -> d.passages().size()).sum();
        assertEquals(shipped, report.get("passages").asInt(), "every shipped passage is in the benchmarked build");
        JsonNode hostile = report.get("hostile");
        assertEquals(8, hostile.get("senders").asInt());
        assertTrue(hostile.get("messages").asInt() >= 1, hostile.toString());
        for (String field : List.of("message_p50_ms", "ordinary_answers", "ordinary_p50_us", "ordinary_p99_us")) {
            assertTrue(hostile.get(field).asDouble() > 0, field + " in " + hostile);
        }
    }

    @Test
    void syntheticRunReportsSizeAndReload() throws Exception {
        JsonNode report = run(300);
        assertEquals(300, report.get("synthetic_passages").asInt());
        assertEquals(300, report.get("passages").asInt());
        assertTrue(report.get("index_bytes").asLong() > 0);
        assertEquals("Switched", report.get("reload_result").asText());
        assertTrue(report.get("answers_during_reload").asLong() > 0);
        assertEquals(0, report.get("failed_answers_during_reload").asInt());
    }
}
