package kz.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.bot.ChildJvm;
import kz.bot.config.Config;
import kz.bot.facts.QuestionLog;
import kz.bot.kb.Library;

/**
 * A whole bot for a test: a copy of the repository's knowledge directory, a data directory, the library, the question
 * log, the fake Bot API, and the real {@link TelegramBot} talking to it over HTTP, with short timeouts.
 */
final class TestBot implements AutoCloseable {

    static final long ADMIN_ID = 42L;
    static final long USER_ID = 1001L;
    static final long GROUP_ID = -1001234567890L;

    /**
     * Limits that every test passes through (so their code runs everywhere) but that no ordinary test reaches; the
     * tests of flood control and pacing set their own.
     */
    static final Limits ROOMY = new Limits(Rate.of(50, Duration.ofSeconds(1)), Rate.of(50, Duration.ofSeconds(1)),
            Rate.of(500, Duration.ofSeconds(1)), Rate.of(100, Duration.ofSeconds(1)),
            Rate.of(100, Duration.ofSeconds(1)));

    /** Fast retries, a short long-poll and short timeouts: the same code paths as production, minus the waiting. */
    static final BotSettings FAST = new BotSettings(2, 4, new RetryPolicy(4, Duration.ofMillis(50),
            Duration.ofMillis(200)), Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(2),
            Duration.ofSeconds(3), 300, ROOMY, 1000, new Patience(Duration.ofSeconds(10), Duration.ofSeconds(2),
            Duration.ofSeconds(2)), new WebhookLimits(16, Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(5)));

    final Path knowledge;
    final Path data;
    final FakeBotApi api;
    final Library library;
    final QuestionLog log;
    final TelegramBot bot;

    private TestBot(Path knowledge, Path data, FakeBotApi api, Library library, QuestionLog log, TelegramBot bot) {
        this.knowledge = knowledge;
        this.data = data;
        this.api = api;
        this.library = library;
        this.log = log;
        this.bot = bot;
    }

    /** Starts a polling bot with the repository's knowledge, admin {@value #ADMIN_ID}. */
    static TestBot start(Path dir) {
        return start(dir, Optional.empty(), UnaryOperator.identity());
    }

    static TestBot start(Path dir, Optional<Config.Webhook> webhook, UnaryOperator<UpdateHandler> wrap) {
        return start(dir, FAST, webhook, wrap);
    }

    /** A polling bot with {@code settings}. */
    static TestBot start(Path dir, BotSettings settings) {
        return start(dir, settings, Optional.empty(), UnaryOperator.identity());
    }

    static TestBot start(Path dir, BotSettings settings, Optional<Config.Webhook> webhook,
                         UnaryOperator<UpdateHandler> wrap) {
        Path knowledge = copyKnowledge(dir.resolve("knowledge"));
        return start(knowledge, dir.resolve("data"), settings, webhook, wrap);
    }

    static TestBot start(Path knowledge, Path data, Optional<Config.Webhook> webhook,
                         UnaryOperator<UpdateHandler> wrap) {
        return start(knowledge, data, FAST, webhook, wrap);
    }

    static TestBot start(Path knowledge, Path data, BotSettings settings, Optional<Config.Webhook> webhook,
                         UnaryOperator<UpdateHandler> wrap) {
        return start(Library.open(knowledge, data), knowledge, data, settings, webhook, wrap);
    }

    /** A bot serving {@code library} (opened by the test on {@code knowledge} and {@code data}); it closes it. */
    static TestBot start(Library library, Path knowledge, Path data, BotSettings settings,
                         Optional<Config.Webhook> webhook, UnaryOperator<UpdateHandler> wrap) {
        return start(new FakeBotApi(), library, knowledge, data, settings, webhook, wrap, new UpdateParser());
    }

    /**
     * A polling bot with the repository's knowledge in {@code dir}, talking to {@code api} (which it closes) and
     * reading updates with {@code parser}: a second bot on the same fake, or a parser with a fault in it.
     */
    static TestBot start(FakeBotApi api, Path dir, BotSettings settings, UpdateParser parser) {
        Path knowledge = copyKnowledge(dir.resolve("knowledge"));
        Path data = dir.resolve("data");
        return start(api, Library.open(knowledge, data), knowledge, data, settings, Optional.empty(),
                UnaryOperator.identity(), parser);
    }

    private static TestBot start(FakeBotApi api, Library library, Path knowledge, Path data, BotSettings settings,
                                 Optional<Config.Webhook> webhook, UnaryOperator<UpdateHandler> wrap,
                                 UpdateParser parser) {
        QuestionLog log = QuestionLog.open(data.resolve("questions.db"));
        try {
            Config config = new Config(knowledge, data, Optional.of(FakeBotApi.TOKEN), api.url(), Set.of(ADMIN_ID),
                    webhook);
            TelegramBot bot = TelegramBot.start(config, library, log, settings, wrap, parser);
            return new TestBot(knowledge, data, api, library, log, bot);
        } catch (Exception e) {
            log.close();
            library.close();
            api.close();
            throw new IllegalStateException("the test bot did not start: " + e.getMessage(), e);
        }
    }

    /** A copy of the repository's knowledge directory at {@code target}, to change freely. */
    static Path copyKnowledge(Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI apiUrl() {
        return api.url();
    }

    /** Queues a private message {@code text} from user {@code user} in their chat with the bot; returns its id. */
    int ask(long user, String text) {
        return api.feed("private-text.json", u -> {
            u.withObjectProperty("message").put("text", text);
            u.withObjectProperty("message").withObjectProperty("chat").put("id", user);
            u.withObjectProperty("message").withObjectProperty("from").put("id", user);
        });
    }

    /** Waits until everything handed to the bot so far is handled and sent; fails after 15 s. */
    void awaitIdle() {
        if (!bot.awaitIdle(Duration.ofSeconds(15))) {
            throw new AssertionError("the bot was still busy after 15 s");
        }
    }

    @Override
    public void close() {
        bot.close();
        log.close();
        library.close();
        api.close();
    }

    /**
     * The real program as a child JVM running the bot against {@code api}, configured by environment only, with
     * {@link #ADMIN_ID} as admin; its standard error goes to {@code stderr}, its temporary files next to it.
     */
    static Process startChild(FakeBotApi api, Path knowledge, Path data, Path stderr) throws java.io.IOException {
        ProcessBuilder pb = ChildJvm.builder(stderr.resolveSibling("jvm-tmp"), "kz.bot.App", "telegram");
        pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        pb.environment().put("TELEGRAM_API_URL", api.url().toString());
        pb.environment().put("KNOWLEDGE_DIR", knowledge.toString());
        pb.environment().put("DATA_DIR", data.toString());
        pb.environment().put("BOT_ADMIN_IDS", String.valueOf(ADMIN_ID));
        pb.redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
