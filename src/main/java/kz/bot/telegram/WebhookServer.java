package kz.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import kz.bot.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook endpoint: one path, POST only, and only requests carrying our secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time); anything else gets 401 and is not looked at.
 * An accepted update is queued and answered 200 at once, so Telegram never waits for an answer to be computed.
 *
 * <p>A small HTTP/1.1 server of its own, on plain sockets, because the secret can only be checked once a request's
 * headers are in: the JDK's server read them on one of its few threads with no time limit, and four clients sending
 * headers a byte at a time blocked every delivery. Here each connection has a thread of its own, their number is
 * bounded ({@link WebhookLimits#connections()}, one more is closed at once), and every part of a request has a
 * deadline ({@link HttpRequestReader}): a slow client costs one slot for a few seconds, never Telegram's delivery.
 * A connection that has shown the secret — Telegram keeps its connections open — may stay idle longer.
 */
final class WebhookServer implements UpdateSource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Real updates are a few kilobytes; a bigger body is not from Telegram. */
    static final int MAX_BODY = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    private static final byte[] OK = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

    private final Config.Webhook hook;
    private final WebhookLimits limits;
    private final UpdateParser parser;
    private final Consumer<Update> sink;
    private final byte[] secret;
    private final String path;
    private final Semaphore slots;
    private final AtomicLong turnedAway = new AtomicLong();
    private ServerSocket server;
    private ExecutorService connections;
    private Thread acceptor;
    private volatile boolean running;

    WebhookServer(Config.Webhook hook, WebhookLimits limits, UpdateParser parser, Consumer<Update> sink) {
        this.hook = hook;
        this.limits = limits;
        this.parser = parser;
        this.sink = sink;
        this.secret = hook.secret().getBytes(StandardCharsets.UTF_8);
        String p = hook.url().getPath();
        this.path = p == null || p.isEmpty() ? "/" : p;
        this.slots = new Semaphore(limits.connections());
    }

    @Override
    public void start() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(hook.bind(), hook.port()), 64);
        connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "telegram-webhook");
            t.setDaemon(true);
            return t;
        });
        running = true;
        acceptor = new Thread(this::acceptLoop, "telegram-webhook-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("webhook listening on {}:{}{}", hook.bind(), port(), path);
    }

    /** The port actually bound (the configured one, or the one the system picked for port 0). */
    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("webhook: accepting a connection failed: {}", e.toString());
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                if (turnedAway.getAndIncrement() % 100 == 0) {
                    LOG.warn("webhook: {} connections open, the most allowed; a new one from {} is closed ({} so far)",
                            limits.connections(), socket.getRemoteSocketAddress(), turnedAway.get());
                }
                close(socket);
                continue;
            }
            try {
                connections.execute(() -> {
                    try {
                        serve(socket);
                    } finally {
                        close(socket);
                        slots.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                close(socket);
                slots.release();
            }
        }
    }

    /** Answers the requests of one connection until it ends, misbehaves or is refused. */
    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            HttpRequestReader reader = new HttpRequestReader(socket, new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            long opened = System.nanoTime();
            boolean trusted = false;
            while (running) {
                long headDeadline;
                if (trusted) {
                    if (!reader.awaitRequest(System.nanoTime() + limits.idle().toNanos())) {
                        return;
                    }
                    headDeadline = System.nanoTime() + limits.headers().toNanos();
                } else {
                    headDeadline = opened + limits.headers().toNanos();
                }
                HttpRequestReader.Head head = reader.readHead(headDeadline);
                if (head == null) {
                    return;
                }
                int status = exchange(head, reader);
                respond(out, status, status == 200 && head.keepAlive());
                if (status != 200 || !head.keepAlive()) {
                    return;
                }
                trusted = true;
            }
        } catch (HttpRequestReader.TooSlow e) {
            LOG.debug("webhook connection from {}: {}; closed", socket.getRemoteSocketAddress(), e.getMessage());
        } catch (IOException e) {
            LOG.debug("webhook connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        } catch (RuntimeException e) {
            LOG.error("webhook request failed: {}", e.toString());
        }
    }

    /** Handles one request whose head is read; returns the status to answer. */
    private int exchange(HttpRequestReader.Head head, HttpRequestReader reader) throws IOException {
        if (!head.path().equals(path)) {
            return 404;
        }
        String given = head.header(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("webhook request without the right secret: refused");
            return 401;
        }
        if (!"POST".equals(head.method())) {
            return 405;
        }
        long bodyDeadline = System.nanoTime() + limits.body().toNanos();
        byte[] body;
        try {
            body = reader.readBody(head, MAX_BODY, bodyDeadline);
        } catch (HttpRequestReader.Malformed e) {
            reader.skipBody(head, 4 * MAX_BODY, bodyDeadline); // so that the client can read the answer
            return 413;
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
            return 400;
        }
        // an update with an id is acknowledged even when the rest could not be read (the parser then hands on a bare
        // update, which is ignored): Telegram would only send the same bytes again and again
        sink.accept(update.get());
        return 200;
    }

    private static void respond(OutputStream out, int status, boolean keepAlive) throws IOException {
        byte[] body = status == 200 ? OK : new byte[0];
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (keepAlive ? "" : "Connection: close\r\n")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            default -> "Error";
        };
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing more to do with it
        }
    }

    @Override
    public void close() {
        running = false;
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
        if (connections != null) {
            connections.shutdownNow();
        }
    }
}
