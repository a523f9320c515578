package kz.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the bot is configured with, read once from the environment and checked before anything starts.
 *
 * @param telegramToken empty when the bot runs without Telegram (terminal chat, ask, check, bench)
 * @param telegramApiUrl base URL of the Bot API server
 * @param adminIds       Telegram user ids allowed to use /reload and /stats
 * @param webhook        present when updates arrive by webhook instead of long polling
 * @param questionLog    how long and how much the question log keeps
 */
public record Config(Path knowledgeDir, Path dataDir, Optional<String> telegramToken, URI telegramApiUrl,
                     Set<Long> adminIds, Optional<Webhook> webhook, Retention questionLog) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    /** An environment variable that {@link #from} reads: its name, its default (empty when none), what it is for. */
    public record Variable(String name, String defaultValue, String meaning) {
    }

    /** Every variable {@link #from} reads, as {@code --help} lists them. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable("KNOWLEDGE_DIR", "knowledge", "the knowledge files (*.txt)"),
            new Variable("DATA_DIR", "data", "built knowledge bases (kb/) and the question log; must be writable"),
            new Variable("TELEGRAM_BOT_TOKEN", "", "the bot's token from @BotFather (needed by telegram)"),
            new Variable("TELEGRAM_API_URL", DEFAULT_API_URL, "the Bot API, scheme://host[:port]"),
            new Variable("BOT_ADMIN_IDS", "", "comma-separated numeric user ids allowed /reload and /stats"),
            new Variable("WEBHOOK_URL", "", "receive updates by webhook at this public URL, not by polling"),
            new Variable("WEBHOOK_SECRET", "", "required with WEBHOOK_URL: 1-256 of A-Z a-z 0-9 _ -"),
            new Variable("WEBHOOK_BIND", "0.0.0.0", "the address the webhook server listens on"),
            new Variable("WEBHOOK_PORT", "8443", "the port the webhook server listens on"),
            new Variable("QUESTION_LOG_DAYS", "90", "the question log keeps the questions of this many days"),
            new Variable("QUESTION_LOG_MAX_ROWS", "1000000", "and at most this many questions"));

    /**
     * What the question log keeps: questions of the last {@code days}, at most {@code rows} of them (older ones are
     * removed, and /stats counts what is kept).
     */
    public record Retention(int days, long rows) {
        /** 90 days, a million questions (about 60 MB on disk). */
        public static final Retention DEFAULT = new Retention(90, 1_000_000);
    }

    /** A configuration with the default question-log retention. */
    public Config(Path knowledgeDir, Path dataDir, Optional<String> telegramToken, URI telegramApiUrl,
                  Set<Long> adminIds, Optional<Webhook> webhook) {
        this(knowledgeDir, dataDir, telegramToken, telegramApiUrl, adminIds, webhook, Retention.DEFAULT);
    }

    /** Webhook settings: the public URL Telegram calls, where to listen, and the shared secret. */
    public record Webhook(URI url, String bind, int port, String secret) {
        @Override
        public String toString() {
            return "Webhook[url=" + url + ", bind=" + bind + ", port=" + port + ", secret=<hidden>]";
        }
    }

    public Config {
        adminIds = Set.copyOf(adminIds);
    }

    /** Keeps the token out of logs and error messages. */
    @Override
    public String toString() {
        return "Config[knowledgeDir=" + knowledgeDir + ", dataDir=" + dataDir + ", telegramToken="
                + (telegramToken.isPresent() ? "<set>" : "<none>") + ", telegramApiUrl=" + telegramApiUrl
                + ", adminIds=" + adminIds + ", webhook=" + webhook + ", questionLog=" + questionLog + "]";
    }

    /**
     * Reads the configuration from {@code env} (the process environment in production).
     *
     * @throws ConfigException naming the first variable whose value is wrong
     */
    public static Config from(Map<String, String> env) {
        Path knowledge = Path.of(value(env, "KNOWLEDGE_DIR").orElse("knowledge"));
        Path data = Path.of(value(env, "DATA_DIR").orElse("data"));
        Optional<String> token = value(env, "TELEGRAM_BOT_TOKEN");
        if (token.isPresent() && !token.get().matches("[0-9]{1,20}:[A-Za-z0-9_-]{10,100}")) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters from"
                    + " @BotFather)");
        }
        URI api = uri(env, "TELEGRAM_API_URL").orElse(URI.create(DEFAULT_API_URL));
        Set<Long> admins = new LinkedHashSet<>();
        for (String id : value(env, "BOT_ADMIN_IDS").orElse("").split(",")) {
            String t = id.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                long v = Long.parseLong(t);
                if (v <= 0) {
                    throw new NumberFormatException();
                }
                admins.add(v);
            } catch (NumberFormatException e) {
                throw new ConfigException("BOT_ADMIN_IDS must be comma-separated positive numeric user ids, not '"
                        + shorten(t) + "'");
            }
        }
        Optional<Webhook> webhook = Optional.empty();
        Optional<URI> hookUrl = uri(env, "WEBHOOK_URL");
        if (hookUrl.isPresent()) {
            if (!"https".equals(hookUrl.get().getScheme()) && !"http".equals(hookUrl.get().getScheme())) {
                throw new ConfigException("WEBHOOK_URL must be an https:// URL");
            }
            String secret = value(env, "WEBHOOK_SECRET").orElseThrow(() -> new ConfigException(
                    "WEBHOOK_SECRET is required with WEBHOOK_URL (1-256 characters of A-Z a-z 0-9 _ -)"));
            if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new ConfigException("WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -");
            }
            String bind = value(env, "WEBHOOK_BIND").orElse("0.0.0.0");
            int port = port(env.get("WEBHOOK_PORT"));
            webhook = Optional.of(new Webhook(hookUrl.get(), bind, port, secret));
        }
        Retention retention = new Retention(
                (int) positive(env, "QUESTION_LOG_DAYS", Retention.DEFAULT.days(), 36_500),
                positive(env, "QUESTION_LOG_MAX_ROWS", Retention.DEFAULT.rows(), 1_000_000_000L));
        return new Config(knowledge, data, token, api, admins, webhook, retention);
    }

    private static long positive(Map<String, String> env, String name, long fallback, long max) {
        Optional<String> v = value(env, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.get());
            if (n < 1 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number from 1 to " + max + ", not '"
                    + shorten(v.get()) + "'");
        }
    }

    private static int port(String raw) {
        if (raw == null || raw.isBlank()) {
            return 8443;
        }
        try {
            int p = Integer.parseInt(raw.strip());
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ConfigException("WEBHOOK_PORT must be a port number 1-65535, not '" + shorten(raw) + "'");
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static Optional<URI> uri(Map<String, String> env, String name) {
        Optional<String> v = value(env, name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(v.get());
            if (u.getScheme() == null || u.getHost() == null) {
                throw new URISyntaxException(v.get(), "no scheme or host");
            }
            return Optional.of(u);
        } catch (URISyntaxException e) {
            throw new ConfigException(name + " must be an absolute URL such as https://example.org, not '"
                    + shorten(v.get()) + "'");
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
