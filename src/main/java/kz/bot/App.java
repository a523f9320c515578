package kz.bot;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.bot.bench.Bench;
import kz.bot.cli.Ask;
import kz.bot.cli.Check;
import kz.bot.cli.TerminalChat;
import kz.bot.config.Config;
import kz.bot.config.ConfigException;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;
import kz.bot.telegram.BotSettings;
import kz.bot.telegram.Redactor;
import kz.bot.telegram.RedactingOutputStream;
import kz.bot.telegram.TelegramBot;
import kz.bot.telegram.TelegramStartException;

/**
 * Entry point and wiring. {@code java -jar kazakhstan-bot.jar [chat | telegram | ask [--json] [question] | check [DIR]]}:
 * with no command, the terminal chat (or the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set).
 */
public final class App {

    /** The question log's file in DATA_DIR. */
    static final String QUESTION_LOG = "questions.db";
    /** The exit status when the bot gives up (a revoked token, another process polling it): a supervisor notices. */
    static final int GAVE_UP = 3;
    /** How long the shutdown hook waits for the bot to stop (its own grace period is shorter). */
    static final int SHUTDOWN_WAIT_SECONDS = 10;

    private App() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String command = rest.isEmpty() ? "" : rest.remove(0);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            Config config = Config.from(System.getenv());
            return switch (command) {
                case "telegram" -> runBot(config, err);
                case "" , "chat" -> {
                    if (command.isEmpty() && config.telegramToken().isPresent()) {
                        yield runBot(config, err);
                    }
                    quietLogs();
                    try (Library library = openLibrary(config, err)) {
                        TerminalChat.run(library, stdin(), out);
                    }
                    yield 0;
                }
                case "ask" -> {
                    quietLogs();
                    boolean json = rest.remove("--json");
                    try (Library library = openLibrary(config, err)) {
                        yield Ask.run(library, rest, json, stdin(), out);
                    }
                }
                case "check" -> Check.run(rest.isEmpty() ? config.knowledgeDir() : Path.of(rest.get(0)), out);
                case "bench" -> {
                    quietLogs();
                    new Bench(benchOptions(config, rest), out).run();
                    yield 0;
                }
                case "help", "--help", "-h" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> {
                    err.println("unknown command '" + command + "'\n" + usage());
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static Bench.Options benchOptions(Config config, List<String> args) {
        Bench.Options o = Bench.Options.defaults(config.knowledgeDir());
        int synthetic = o.synthetic();
        long seed = o.seed();
        double seconds = o.seconds();
        int threads = o.threads();
        int warmup = o.warmup();
        boolean telegram = false;
        int updates = Bench.TELEGRAM_UPDATES;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : "";
            if (args.get(i).equals("--telegram")) {
                telegram = true;
                continue;
            }
            try {
                switch (args.get(i)) {
                    case "--synthetic" -> synthetic = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--seconds" -> seconds = Double.parseDouble(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--updates" -> updates = Integer.parseInt(value);
                    default -> throw new ConfigException("unknown bench option '" + args.get(i) + "'");
                }
            } catch (NumberFormatException e) {
                throw new ConfigException(args.get(i) + " needs a number, not '" + value + "'");
            }
            i++;
        }
        if (updates < 1) {
            throw new ConfigException("--updates needs a positive number, not " + updates);
        }
        return new Bench.Options(config.knowledgeDir(), synthetic, seed, seconds, threads, warmup,
                telegram ? updates : 0);
    }

    /**
     * Runs the Telegram bot until the JVM is asked to stop (SIGTERM, Ctrl-C), then stops it: no more updates, the
     * answers in flight go out, the question log and the knowledge base are closed.
     */
    private static int runBot(Config config, PrintStream err) throws TelegramStartException {
        TelegramBot.check(config);
        // whatever a library logs, the token does not reach the log
        Redactor redactor = new Redactor(config.telegramToken().get(),
                config.webhook().map(Config.Webhook::secret).orElse(""));
        PrintStream redacted = new PrintStream(new RedactingOutputStream(new FileOutputStream(FileDescriptor.err),
                redactor), true, StandardCharsets.UTF_8);
        System.setErr(redacted);
        CompletableFuture<String> stop = new CompletableFuture<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.complete(null);
            try {
                stopped.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown"));
        try (Library library = openLibrary(config, redacted);
             QuestionLog log = QuestionLog.open(config.dataDir().resolve(QUESTION_LOG),
                     Duration.ofDays(config.questionLog().days()), config.questionLog().rows());
             TelegramBot bot = TelegramBot.start(config, library, log, BotSettings.defaults())) {
            String gaveUp = CompletableFuture.anyOf(stop, bot.gaveUp()).thenApply(r -> (String) r).join();
            if (gaveUp != null) {
                redacted.println("stopping: " + gaveUp);
                return GAVE_UP;
            }
            return 0;
        } finally {
            stopped.countDown();
        }
    }

    private static Library openLibrary(Config config, PrintStream err) {
        Library library = Library.open(config.knowledgeDir(), config.dataDir());
        for (var problem : library.startupProblems()) {
            err.println(problem);
        }
        return library;
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** In the terminal, library chatter would interleave with the conversation. */
    private static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private static String usage() {
        return """
                usage: java -jar kazakhstan-bot.jar [command]
                  (none)                 the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the terminal chat
                  chat                   chat in the terminal
                  telegram               run the Telegram bot (needs TELEGRAM_BOT_TOKEN)
                  ask [--json] [text]    answer one question, or each line of standard input
                  check [DIR]            load a knowledge directory and report its problems (exit 1 if any)
                  bench [--synthetic N] [--seconds S] [--threads T] [--seed X] [--warmup W]
                        [--telegram [--updates N]]
                                         measure answering speed and print one JSON object; --telegram adds
                                         the whole Telegram path against a loopback Bot API (N updates)""";
    }
}
