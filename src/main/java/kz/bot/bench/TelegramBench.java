package kz.bot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bot.answer.Question;
import kz.bot.config.Config;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import kz.bot.telegram.BotSettings;
import kz.bot.telegram.Limits;
import kz.bot.telegram.TelegramBot;
import kz.bot.telegram.TelegramStartException;

/**
 * {@code bench --telegram}: the whole Telegram path on one machine. A {@link LoopbackBotApi} serves real-shaped
 * updates to the bot's real client and poller, the bot answers them with the core (logging each question, as in
 * production) and sends the replies back over HTTP. Production settings, except that every rate limit is off: this
 * measures the bot, not Telegram's limits (and each update comes from a user and chat of its own anyway).
 *
 * <p>Three phases after a warm-up: <b>throughput</b> — N updates queued at once, answered as fast as the bot goes,
 * updates per second from queueing the first to the last first reply; <b>latency</b> — one update at a time, each
 * queued when the previous one is answered, the time from getUpdates handing it out to its reply arriving,
 * minus the core's own time for the same question (its median over repeated in-process answers, measured just
 * before): what the Telegram path adds to an answer. The latency under load (throughput phase, handout to reply,
 * nothing subtracted, updates queueing behind the rest of their batch of 100) is reported too.
 */
final class TelegramBench {

    static final String TOKEN = "4242:LoopbackBenchToken_not_a_secret";
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private TelegramBench() {
    }

    /** Runs the phases with {@code updates} updates over {@code questions} and adds the telegram_* keys. */
    static void run(Library library, Path work, List<String> questions, int updates, ObjectNode report)
            throws IOException, InterruptedException, TelegramStartException {
        Map<String, Long> coreNanos = coreTimes(library, questions);
        Path data = work.resolve("telegram");
        try (LoopbackBotApi api = new LoopbackBotApi(TOKEN);
             QuestionLog log = QuestionLog.open(data.resolve("questions.db"))) {
            // the library is already open: the config's knowledge directory is not read again
            Config config = new Config(data, data, Optional.of(TOKEN), api.url(), Set.of(), Optional.empty());
            try (TelegramBot bot = TelegramBot.start(config, library, log,
                    BotSettings.defaults().withLimits(Limits.none()))) {
                int offered = 0;
                int warmup = Math.min(2000, Math.max(100, updates / 5));
                offered = burst(api, questions, offered, warmup);
                api.awaitReplies(offered, PATIENCE);

                int start = offered + 1;
                long t0 = System.nanoTime();
                offered = burst(api, questions, offered, updates);
                int answered = api.awaitReplies(offered, PATIENCE) - (start - 1);
                long last = 0;
                LatencyRecorder loaded = new LatencyRecorder();
                for (int k = start; k <= offered; k++) {
                    long replied = api.replied(k);
                    if (replied != 0) {
                        last = Math.max(last, replied);
                        loaded.record(replied - api.handedOut(k));
                    }
                }
                double seconds = (last - t0) / 1e9;
                report.put("telegram_updates", updates);
                report.put("telegram_updates_per_s", Math.round(answered / Math.max(seconds, 1e-9)));
                LatencyRecorder.Percentiles underLoad = LatencyRecorder.merge(loaded);
                report.put("telegram_loaded_latency_p50_us", round(underLoad.micros(0.5)));
                report.put("telegram_loaded_latency_p99_us", round(underLoad.micros(0.99)));

                int rounds = Math.min(1000, updates);
                LatencyRecorder added = new LatencyRecorder();
                LatencyRecorder raw = new LatencyRecorder();
                int lost = updates - answered;
                for (int i = 0; i < rounds; i++) {
                    String q = questions.get(i % questions.size());
                    int k = api.offer(q, "en");
                    offered++;
                    if (api.awaitReplies(offered - lost, Duration.ofSeconds(10)) < offered - lost) {
                        lost++;
                        continue;
                    }
                    long path = api.replied(k) - api.handedOut(k);
                    raw.record(path);
                    added.record(Math.max(0, path - coreNanos.get(q)));
                }
                LatencyRecorder.Percentiles a = LatencyRecorder.merge(added);
                LatencyRecorder.Percentiles r = LatencyRecorder.merge(raw);
                report.put("telegram_latency_updates", rounds);
                report.put("telegram_latency_p50_us", round(r.micros(0.5)));
                report.put("telegram_added_latency_p50_us", round(a.micros(0.5)));
                report.put("telegram_added_latency_p99_us", round(a.micros(0.99)));
                long[] core = coreNanos.values().stream().mapToLong(Long::longValue).sorted().toArray();
                report.put("telegram_core_p50_us", round(core[core.length / 2] / 1000.0));
                report.put("telegram_failures", lost);
            }
        }
    }

    /** Queues {@code n} updates cycling through {@code questions}; returns the new total offered. */
    private static int burst(LoopbackBotApi api, List<String> questions, int offered, int n) {
        for (int i = 0; i < n; i++) {
            api.offer(questions.get((offered + i) % questions.size()), "en");
        }
        return offered + n;
    }

    /** The median time the core takes to answer each question, in-process, warm. */
    private static Map<String, Long> coreTimes(Library library, List<String> questions) {
        Map<String, Long> out = new HashMap<>();
        for (String q : questions) {
            if (out.containsKey(q)) {
                continue;
            }
            long[] samples = new long[31];
            for (int i = 0; i < samples.length; i++) {
                long t0 = System.nanoTime();
                library.answer(Question.of(q));
                samples[i] = System.nanoTime() - t0;
            }
            Arrays.sort(samples);
            out.put(q, samples[samples.length / 2]);
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
