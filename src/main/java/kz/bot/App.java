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
import kz.bot.bench.Bench;
import kz.bot.cli.Ask;
import kz.bot.cli.Check;
import kz.bot.cli.Eval;
import kz.bot.cli.Tune;
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
    /**
     * How long the shutdown hook waits for the bot, the question log and the library to close: SIGTERM ends the
     * process within 3 s (the bot's own grace period for answers in flight is shorter, 1.5 s).
     */
    static final Duration SHUTDOWN_WAIT = Duration.ofMillis(2500);

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
        if (List.of("help", "--help", "-h").contains(command)) {
            out.println(usage()); // before the configuration is read: help works whatever the environment says
            return 0;
        }
        try {
            Config config = Config.from(System.getenv());
            return switch (command) {
                case "telegram" -> runBot(config, err);
                case "" , "chat" -> {
                    if (command.isEmpty() && config.telegramToken().isPresent()) {
                        yield runBot(config, err);
                    }
                    quietLogs();
                    try (Library library = Preflight.openLibrary(config, err)) {
                        TerminalChat.run(library, stdin(), out);
                    }
                    yield 0;
                }
                case "ask" -> {
                    quietLogs();
                    Ask.Mode mode = new Ask.Mode(rest.remove("--json"), rest.remove("--conversation"),
                            rest.remove("--explain"));
                    try (Library library = Preflight.openLibrary(config, err)) {
                        yield Ask.run(library, rest, mode, stdin(), out);
                    }
                }
                case "eval" -> {
                    quietLogs();
                    boolean seeds = rest.remove("--seeds");
                    boolean verbose = rest.remove("--verbose");
                    try (Library library = Preflight.openLibrary(config, err)) {
                        yield Eval.run(library, rest.stream().map(Path::of).toList(), seeds, verbose, out);
                    }
                }
                case "tune" -> {
                    quietLogs();
                    yield tune(config, rest, out, err);
                }
                case "check" -> Check.run(rest.isEmpty() ? config.knowledgeDir() : Path.of(rest.get(0)), out);
                case "bench" -> {
                    quietLogs();
                    new Bench(benchOptions(config, rest), out).run();
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
            // a failure nobody foresaw: its kind and where it happened, so that a report of it can be acted on
            StackTraceElement[] at = e.getStackTrace();
            err.println("error: " + e + (at.length > 0 ? " at " + at[0] : ""));
            return 1;
        }
    }

    /** {@code tune --out FILE [--seeds DIR] [--precision P] [--small-only] QUESTIONS…}. */
    private static int tune(Config config, List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path outFile = Path.of("weights.properties");
        Path seeds = null;
        double precision = 0.975;
        boolean smallOnly = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--out" -> outFile = Path.of(args.get(++i));
                case "--seeds" -> seeds = Path.of(args.get(++i));
                case "--precision" -> precision = Double.parseDouble(args.get(++i));
                case "--small-only" -> smallOnly = true;
                default -> files.add(Path.of(args.get(i)));
            }
        }
        try (Library library = Preflight.openLibrary(config, err);
             Library seedLibrary = seeds == null ? null
                     : Library.openScratch(seeds)) {
            return Tune.run(library, seedLibrary, files, outFile, precision, smallOnly, out);
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
    private static int runBot(Config config, PrintStream err) throws Exception {
        TelegramBot.check(config);
        // whatever a library logs, the token does not reach the log
        Redactor redactor = new Redactor(config.telegramToken().get(),
                config.webhook().map(Config.Webhook::secret).orElse(""));
        PrintStream redacted = new PrintStream(new RedactingOutputStream(new FileOutputStream(FileDescriptor.err),
                redactor), true, StandardCharsets.UTF_8);
        System.setErr(redacted);
        // no shutdown hook yet: a stop during a build ends the JVM at once, and the build written aside is removed
        // by the next start
        try (Library library = Preflight.openLibrary(config, redacted)) {
            StopSignal signal = StopSignal.install(SHUTDOWN_WAIT);
            BotSettings settings = BotSettings.defaults();
            try (QuestionLog log = QuestionLog.open(config.dataDir().resolve(QUESTION_LOG),
                    Duration.ofDays(config.questionLog().days()), config.questionLog().rows());
                 TelegramBot bot = signal.interruptibly(() -> TelegramBot.start(config, library, log, settings));
                 Heartbeat heartbeat = Heartbeat.start(config.dataDir().resolve(Heartbeat.FILE),
                         bot::sinceLastContact, settings.requestTimeout().plusSeconds(settings.pollTimeoutSeconds()))) {
                String gaveUp = signal.awaitOr(bot.gaveUp());
                if (gaveUp != null) {
                    redacted.println("stopping: " + gaveUp);
                    return GAVE_UP;
                }
                return 0;
            } catch (TelegramStartException | InterruptedException e) {
                if (!signal.requested()) {
                    throw e;
                }
                redacted.println("stopped before the bot had started");
                return 1;
            } finally {
                signal.done();
            }
        }
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
                  ask [--json] [--conversation] [--explain] [text]
                                         answer one question, or each line of standard input
                                         (--conversation: each line continues one conversation)
                  eval [--seeds] [--verbose] FILE…
                                         ask labeled questions and print right/wrong/don't-know per category
                  tune --out FILE [--seeds DIR] [--precision P] [--small-only] FILE…
                                         set the scorer's weights and threshold from labeled questions
                  check [DIR]            load a knowledge directory and report its problems (exit 1 if any)
                  bench [--synthetic N] [--seconds S] [--threads T] [--seed X] [--warmup W]
                        [--telegram [--updates N]]
                                         measure answering speed and print one JSON object; --telegram adds
                                         the whole Telegram path against a loopback Bot API (N updates)
                environment (read once at start; a bad value stops start-up naming it):
                """ + variables();
    }

    private static String variables() {
        StringBuilder sb = new StringBuilder();
        for (Config.Variable v : Config.VARIABLES) {
            sb.append(String.format("  %-20s %s%s%n", v.name(), v.meaning(),
                    v.defaultValue().isEmpty() ? "" : " (default " + v.defaultValue() + ")"));
        }
        return sb.toString().stripTrailing();
    }
}
