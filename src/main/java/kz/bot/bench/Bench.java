package kz.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.bot.answer.Question;
import kz.bot.kb.Library;
import kz.bot.language.Language;
import kz.bot.language.LanguageDetector;
import kz.bot.telegram.TelegramStartException;

/**
 * {@code bench}: measures the answering core in-process and prints one JSON object. Loads (builds) the knowledge
 * base, warms up, then runs the fixed workload on 1 and on N threads ({@link Throughput}), and times the bare Lucene
 * search of the same texts so that the core's own cost is a printed ratio, and runs the mixed workload again beside
 * hostile messages ({@link HostileLoad}). {@code --synthetic N} measures a generated knowledge base of N passages
 * instead, including a reload under load ({@link ReloadUnderLoad}). {@code --telegram} adds the whole Telegram path
 * ({@link TelegramBench}). The measuring classes return figures; this class orders the runs and writes the report.
 * Not thread-safe: one run at a time (the measurements start threads of their own).
 */
public final class Bench {

    /**
     * Benchmark settings; defaults give a run of well under a minute on two cores.
     *
     * @param telegramUpdates with {@code --telegram}: updates sent through the whole Telegram path; 0 leaves it out
     */
    public record Options(Path knowledgeDir, int synthetic, long seed, double seconds, int threads, int warmup,
                          int telegramUpdates) {

        /** Without the Telegram path. */
        public Options(Path knowledgeDir, int synthetic, long seed, double seconds, int threads, int warmup) {
            this(knowledgeDir, synthetic, seed, seconds, threads, warmup, 0);
        }

        /** The defaults for {@code knowledgeDir}. */
        public static Options defaults(Path knowledgeDir) {
            return new Options(knowledgeDir, 0, 42, 5, Runtime.getRuntime().availableProcessors(), 20_000, 0);
        }
    }

    /** The number of updates {@code bench --telegram} sends when {@code --updates} does not say. */
    public static final int TELEGRAM_UPDATES = 10_000;

    private final Options options;
    private final PrintStream out;

    public Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the benchmark and prints the JSON report; returns the report for tests.
     *
     * @throws TelegramStartException when the bot cannot start against the loopback Bot API
     */
    public ObjectNode run() throws IOException, InterruptedException, TelegramStartException {
        long startupNanos = System.nanoTime();
        Path work = Files.createTempDirectory("kzbot-bench-");
        try {
            ObjectNode report = new ObjectMapper().createObjectNode();
            Path knowledge = options.knowledgeDir();
            List<String> questions = Workload.questions();
            SyntheticKnowledge.Generated generated = null;
            if (options.synthetic() > 0) {
                knowledge = work.resolve("knowledge");
                long t0 = System.nanoTime();
                generated = SyntheticKnowledge.write(knowledge, options.synthetic(), options.seed());
                report.put("synthetic_passages", generated.passages());
                report.put("generate_ms", millis(t0));
                questions = Workload.synthetic(generated, options.seed());
            }
            long t0 = System.nanoTime();
            try (Library library = Library.open(knowledge, work.resolve("data"))) {
                report.put("build_ms", millis(t0));
                library.answer(Question.of(questions.get(0)));
                // the JVM's own start is part of start-up: uptime counts from the JVM's birth, not from main()
                report.put("startup_ms", ManagementFactory.getRuntimeMXBean().getUptime());
                report.put("ready_after_main_ms", millis(startupNanos));
                var build = library.report();
                report.put("documents", build.documents());
                report.put("passages", build.passages());
                report.put("facts", build.facts());
                report.put("questions", questions.size());
                report.put("index_bytes", size(work.resolve("data").resolve("kb").resolve(build.hash())
                        .resolve("index")));
                report.put("facts_db_bytes", Files.size(work.resolve("data").resolve("kb").resolve(build.hash())
                        .resolve("kazakhstan.db")));

                warmUp(library, questions);
                ArrayNode runs = report.putArray("runs");
                List<Integer> threadCounts = options.threads() > 1 ? List.of(1, options.threads()) : List.of(1);
                List<Throughput.Result> results = new ArrayList<>();
                for (int threads : threadCounts) {
                    results.add(Throughput.run(library, questions, threads, options.seconds()));
                    runs.add(json(results.get(results.size() - 1)));
                }
                double luceneP50 = luceneOnly(library, questions);
                report.put("lucene_only_p50_us", round(luceneP50));
                double coreP50 = round(results.get(0).latencies().micros(0.50));
                report.put("core_p50_us", round(coreP50));
                report.put("core_overhead_ratio", round(coreP50 / Math.max(0.001, luceneP50)));
                report.put("answered_share", round(answeredShare(library, questions)));
                report.set("hostile", HostileLoad.run(library, questions, options.seconds(), options.seed()));
                if (options.telegramUpdates() > 0) {
                    TelegramBench.run(library, work, questions, options.telegramUpdates(), report);
                }
                if (generated != null) {
                    ReloadUnderLoad.Result reload = ReloadUnderLoad.run(library, knowledge, questions,
                            options.threads());
                    report.put("reload_ms", reload.millis());
                    report.put("reload_result", reload.outcome().getClass().getSimpleName());
                    report.put("answers_during_reload", reload.answers());
                    report.put("failed_answers_during_reload", reload.failures());
                }
                System.gc();
                System.gc();
                report.put("heap_after_gc_mb", round(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                        .getUsed() / 1024.0 / 1024.0));
                report.put("rss_mb", round(residentMegabytes()));
            }
            ObjectNode machine = report.putObject("machine");
            machine.put("cores", Runtime.getRuntime().availableProcessors());
            machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
            machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return report;
        } finally {
            deleteTree(work);
        }
    }

    private void warmUp(Library library, List<String> questions) {
        for (int i = 0; i < options.warmup(); i++) {
            library.answer(Question.of(questions.get(i % questions.size())));
        }
    }

    /** One throughput run as the report shows it. */
    private static ObjectNode json(Throughput.Result run) {
        LatencyRecorder.Percentiles p = run.latencies();
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("threads", run.threads());
        out.put("answers", run.answers());
        out.put("answers_per_s", run.answersPerSecond());
        out.put("p50_us", round(p.micros(0.50)));
        out.put("p95_us", round(p.micros(0.95)));
        out.put("p99_us", round(p.micros(0.99)));
        out.put("max_us", round(p.maxMicros()));
        out.put("failures", run.failures());
        return out;
    }

    /** The median time of analysing and searching the same texts with Lucene alone, top passage included. */
    private double luceneOnly(Library library, List<String> questions) {
        return library.withCurrent(kb -> {
            LatencyRecorder recorder = new LatencyRecorder();
            int rounds = Math.max(3, 20_000 / questions.size());
            for (int r = 0; r < rounds; r++) {
                for (String q : questions) {
                    Language language = LanguageDetector.detect(q, Language.EN);
                    long s = System.nanoTime();
                    kb.index().find(q, language, 1);
                    if (r > 0) {
                        recorder.record(System.nanoTime() - s);
                    }
                }
            }
            return LatencyRecorder.merge(recorder).micros(0.5);
        });
    }

    private static double answeredShare(Library library, List<String> questions) {
        long found = questions.stream().filter(q -> library.answer(Question.of(q)).found()).count();
        return (double) found / questions.size();
    }

    private static double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the field stays 0 rather than guessing
        }
        return 0;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
