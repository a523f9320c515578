package kz.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import kz.bot.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook endpoint, on the JDK's own HTTP server: one path, POST only, and only requests carrying our secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time); anything else gets 401 and is not looked at.
 * An accepted update is queued and answered 200 at once, so Telegram never waits for an answer to be computed.
 */
final class WebhookServer implements UpdateSource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Real updates are a few kilobytes; a bigger body is not from Telegram. */
    static final int MAX_BODY = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

    private final Config.Webhook hook;
    private final UpdateParser parser;
    private final Consumer<Update> sink;
    private final byte[] secret;
    private final String path;
    private HttpServer server;
    private ExecutorService threads;

    WebhookServer(Config.Webhook hook, UpdateParser parser, Consumer<Update> sink) {
        this.hook = hook;
        this.parser = parser;
        this.sink = sink;
        this.secret = hook.secret().getBytes(StandardCharsets.UTF_8);
        String p = hook.url().getPath();
        this.path = p == null || p.isEmpty() ? "/" : p;
    }

    @Override
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(hook.bind(), hook.port()), 64);
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "telegram-webhook");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::exchange);
        server.start();
        LOG.info("webhook listening on {}:{}{}", hook.bind(), port(), path);
    }

    /** The port actually bound (the configured one, or the one the system picked for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                respond(exchange, 404);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                LOG.warn("webhook request from {} without the right secret: refused", exchange.getRemoteAddress());
                respond(exchange, 401);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405);
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                respond(exchange, 413);
                return;
            }
            JsonNode tree;
            try {
                tree = parser.tree(body);
            } catch (IOException e) {
                tree = null;
            }
            Optional<Update> update = tree != null && tree.isObject() ? parser.read(tree) : Optional.empty();
            if (update.isEmpty()) {
                LOG.warn("webhook body is not an update");
                respond(exchange, 400);
                return;
            }
            // an update with an id is acknowledged even when the rest could not be read (the parser then hands on
            // a bare update, which is ignored): Telegram would only send the same bytes again and again
            sink.accept(update.get());
            respond(exchange, 200);
        } catch (RuntimeException e) {
            LOG.error("webhook request failed: {}", e.toString());
        }
    }

    /** The body, or null when it is longer than {@link #MAX_BODY}. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        byte[] body = status == 200 ? "{\"ok\":true}".getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
