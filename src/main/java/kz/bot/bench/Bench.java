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
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.kb.Library;
import kz.bot.kb.ReloadResult;
import kz.bot.language.Language;
import kz.bot.language.LanguageDetector;
import kz.bot.telegram.TelegramStartException;

/**
 * {@code bench}: measures the answering core in-process and prints one JSON object. Loads (builds) the knowledge
 * base, warms up, then runs the fixed workload on 1 and on N threads, and times the bare Lucene search of the same
 * texts so that the core's own cost is a printed ratio, and runs the mixed workload again beside hostile messages
 * ({@link HostileLoad}). {@code --synthetic N} measures a generated knowledge base of N
 * passages instead, including a reload under load. {@code --telegram} adds the whole Telegram path
 * ({@link TelegramBench}).
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
                questions = syntheticQuestions(generated, options.seed());
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
                for (int threads : threadCounts) {
                    runs.add(measure(library, questions, threads));
                }
                double luceneP50 = luceneOnly(library, questions);
                report.put("lucene_only_p50_us", round(luceneP50));
                double coreP50 = runs.get(0).get("p50_us").asDouble();
                report.put("core_p50_us", round(coreP50));
                report.put("core_overhead_ratio", round(coreP50 / Math.max(0.001, luceneP50)));
                report.put("answered_share", round(answeredShare(library, questions)));
                report.set("hostile", HostileLoad.run(library, questions, options.seconds(), options.seed()));
                if (options.telegramUpdates() > 0) {
                    TelegramBench.run(library, work, questions, options.telegramUpdates(), report);
                }
                if (generated != null) {
                    reloadUnderLoad(library, knowledge, questions, report);
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

    /** Runs the workload on {@code threads} threads for the configured time. */
    private ObjectNode measure(Library library, List<String> questions, int threads) throws InterruptedException {
        LatencyRecorder[] recorders = new LatencyRecorder[threads];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            LatencyRecorder recorder = recorders[t] = new LatencyRecorder();
            int offset = t * 7;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = offset; !stop.get(); i++) {
                        String q = questions.get(i % questions.size());
                        long s = System.nanoTime();
                        Answer a = library.answer(Question.of(q));
                        recorder.record(System.nanoTime() - s);
                        if (a.text().isEmpty()) {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
            worker.start();
        }
        Thread.sleep((long) (options.seconds() * 1000));
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        LatencyRecorder.Percentiles p = LatencyRecorder.merge(recorders);
        ObjectNode run = new ObjectMapper().createObjectNode();
        run.put("threads", threads);
        run.put("answers", p.sorted().length);
        run.put("answers_per_s", Math.round(p.sorted().length / elapsed));
        run.put("p50_us", round(p.micros(0.50)));
        run.put("p95_us", round(p.micros(0.95)));
        run.put("p99_us", round(p.micros(0.99)));
        run.put("max_us", round(p.maxMicros()));
        run.put("failures", failures.get());
        return run;
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

    /** Reloads a changed synthetic knowledge base while threads keep asking; counts failed or empty answers. */
    private void reloadUnderLoad(Library library, Path knowledge, List<String> questions, ObjectNode report)
            throws IOException, InterruptedException {
        Path first;
        try (Stream<Path> files = Files.list(knowledge)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(first, Files.readString(first).replace("Generated by the benchmark",
                "Generated by the benchmark, changed for the reload"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong answers = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            int offset = t * 11;
            Thread w = new Thread(() -> {
                for (int i = offset; !stop.get(); i++) {
                    try {
                        Answer a = library.answer(Question.of(questions.get(i % questions.size())));
                        if (a.text().isBlank()) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    answers.incrementAndGet();
                }
            });
            w.start();
            workers.add(w);
        }
        long t0 = System.nanoTime();
        ReloadResult result = library.reload();
        long reloadMs = millis(t0);
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        report.put("reload_ms", reloadMs);
        report.put("reload_result", result.getClass().getSimpleName());
        report.put("answers_during_reload", answers.get());
        report.put("failed_answers_during_reload", failures.get());
    }

    /** Questions about the generated places, in the proportions of the shipped workload. */
    static List<String> syntheticQuestions(SyntheticKnowledge.Generated g, long seed) {
        Random random = new Random(seed + 1);
        List<String> out = new ArrayList<>();
        List<String> templates = List.of("Population of %s", "What is %s known for?", "/city %s", "Население %s",
                "%s немен танымал?", "Which region is %s in?");
        List<String> words = List.of("railway", "copper", "festival", "museum", "pasture", "harbour", "orchards",
                "refinery", "canyon", "nomads");
        for (int i = 0; i < 200; i++) {
            String city = g.cities().get(random.nextInt(g.cities().size()));
            switch (i % 5) {
                case 0, 1 -> out.add(String.format(templates.get(random.nextInt(templates.size())), city));
                case 2 -> out.add("Administrative center of " + g.regions().get(random.nextInt(g.regions().size()))
                        + " region");
                case 3 -> out.add(words.get(random.nextInt(words.size())) + " and "
                        + words.get(random.nextInt(words.size())) + " in " + city);
                default -> out.add(i % 2 == 0 ? "What is the capital of France?"
                        : "populaton of " + city.substring(0, city.length() - 1));
            }
        }
        return out;
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
