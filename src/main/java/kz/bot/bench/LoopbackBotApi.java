package kz.bot.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal Bot API server on the loopback interface for the benchmark of the whole Telegram path: the bot's real
 * client and poller talk to it over HTTP as to Telegram. It hands out queued updates by getUpdates (long polling, with
 * offsets as Telegram's), takes sendMessage, sendPhoto and the few other calls the bot makes, and notes two times per
 * update: when getUpdates first handed it out, and when the first message or photo (a card's map) to its chat arrived
 * (update {@code k} is written in chat {@code CHAT_BASE + k}, so a reply names its update). It checks nothing and keeps
 * nothing else, so that it costs the measurement as little as possible. The tests' FakeBotApi is the checking,
 * recording counterpart. Thread-safe.
 */
public final class LoopbackBotApi implements AutoCloseable {

    /** Update {@code k} is a message in chat {@code CHAT_BASE + k}. */
    public static final long CHAT_BASE = 1_000_000_000L;
    /** The bot's id, as getMe says. */
    public static final long BOT_ID = 4242L;
    /** The bot's username, as getMe says. */
    public static final String BOT_USERNAME = "LoopbackBenchBot";

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] OK_TRUE = "{\"ok\":true,\"result\":true}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND = "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final String prefix;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Object lock = new Object();
    /** Update k (1-based, as its update_id) is {@code updates.get(k - 1)}. */
    private final List<byte[]> updates = new ArrayList<>();
    private long[] handedOut = new long[1024];
    private long[] replied = new long[1024];
    private int replies;
    private final AtomicLong messageIds = new AtomicLong(1);
    private volatile boolean closed;

    /**
     * Starts listening on a free port of the loopback interface for requests with {@code token}.
     *
     * @throws IOException when no port can be opened
     */
    public LoopbackBotApi(String token) throws IOException {
        this.prefix = "/bot" + token + "/";
        // the JDK server writes a response's headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK hold the body back ~40 ms. Read when the server classes first load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-bot-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** The base URL to give the bot. */
    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /**
     * Queues one private message with {@code text} from a user of language {@code language}; returns its update id
     * {@code k}, written in chat {@code CHAT_BASE + k} by user {@code CHAT_BASE + k}.
     */
    public int offer(String text, String language) {
        synchronized (lock) {
            int k = updates.size() + 1;
            long chat = CHAT_BASE + k;
            String json = "{\"update_id\":" + k + ",\"message\":{\"message_id\":" + k + ",\"date\":1764000000,"
                    + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Bench\",\"language_code\":"
                    + quote(language) + "},\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":"
                    + "\"Bench\"},\"text\":" + quote(text) + "}}";
            updates.add(json.getBytes(StandardCharsets.UTF_8));
            if (k >= handedOut.length) {
                handedOut = Arrays.copyOf(handedOut, handedOut.length * 2);
                replied = Arrays.copyOf(replied, replied.length * 2);
            }
            lock.notifyAll();
            return k;
        }
    }

    /** When update {@code k} was first handed out ({@link System#nanoTime}), or 0. */
    public long handedOut(int k) {
        synchronized (lock) {
            return handedOut[k];
        }
    }

    /** When the first reply to update {@code k} arrived ({@link System#nanoTime}), or 0. */
    public long replied(int k) {
        synchronized (lock) {
            return replied[k];
        }
    }

    /**
     * Waits until {@code count} updates have had their first reply, at most {@code timeout}.
     *
     * @return the number of updates replied to by then
     */
    public int awaitReplies(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (replies < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return replies;
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, NOT_FOUND);
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            switch (method) {
                case "getupdates" -> respond(exchange, 200, getUpdates(body));
                case "sendmessage" -> respond(exchange, 200, sendMessage(number(body, "chat_id", 0), false));
                case "sendphoto" -> respond(exchange, 200, sendMessage(formNumber(body, "chat_id"), true));
                case "getme" -> respond(exchange, 200, ("{\"ok\":true,\"result\":{\"id\":" + BOT_ID
                        + ",\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"" + BOT_USERNAME + "\"}}")
                        .getBytes(StandardCharsets.UTF_8));
                case "deletewebhook", "setmycommands", "setmydescription", "setmyshortdescription",
                     "answercallbackquery", "answerinlinequery", "sendchataction", "editmessagetext",
                     "editmessagecaption", "deletemessage" -> respond(exchange, 200, OK_TRUE);
                default -> respond(exchange, 404, NOT_FOUND);
            }
        }
    }

    private byte[] getUpdates(byte[] body) throws IOException {
        long offset = number(body, "offset", 0);
        long limit = Math.max(1, Math.min(100, number(body, "limit", 100)));
        long deadline = System.nanoTime() + number(body, "timeout", 0) * 1_000_000_000L;
        StringBuilder out = new StringBuilder(4096).append("{\"ok\":true,\"result\":[");
        synchronized (lock) {
            int first = (int) Math.max(1, offset);
            while (updates.size() < first && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            long now = System.nanoTime();
            int last = (int) Math.min(updates.size(), first + limit - 1);
            for (int k = first; k <= last; k++) {
                if (k > first) {
                    out.append(',');
                }
                out.append(new String(updates.get(k - 1), StandardCharsets.UTF_8));
                if (handedOut[k] == 0) {
                    handedOut[k] = now;
                }
            }
        }
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A message or (a card's map) a photo posted to {@code chat}: the first one to a chat is its update's reply. */
    private byte[] sendMessage(long chat, boolean photo) {
        long now = System.nanoTime();
        long k = chat - CHAT_BASE;
        synchronized (lock) {
            if (k > 0 && k <= updates.size() && replied[(int) k] == 0) {
                replied[(int) k] = now;
                replies++;
                lock.notifyAll();
            }
        }
        long id = messageIds.getAndIncrement();
        // a photo is answered with a file id, as Telegram does, so the bot uploads each map once
        String content = photo ? "\"photo\":[{\"file_id\":\"bench-" + id + "\",\"file_unique_id\":\"u" + id
                + "\",\"width\":640,\"height\":350}]" : "\"text\":\"ok\"";
        return ("{\"ok\":true,\"result\":{\"message_id\":" + id + ",\"date\":1764000000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}," + content + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A number field of a multipart form (a photo is uploaded as one): the digits after its part's headers. */
    private static long formNumber(byte[] body, String field) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("name=\"" + field + "\"");
        int start = at < 0 ? -1 : text.indexOf("\r\n\r\n", at);
        if (start < 0) {
            return 0;
        }
        int end = text.indexOf("\r\n", start + 4);
        try {
            return Long.parseLong(text.substring(start + 4, end < 0 ? text.length() : end).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A top-level number field of a JSON request (the client sends chat_id as a string): streamed, not parsed. */
    private static long number(byte[] body, String field, long otherwise) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return otherwise;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(field) && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING)) {
                    try {
                        return Long.parseLong(p.getText().strip());
                    } catch (NumberFormatException e) {
                        return otherwise;
                    }
                }
                p.skipChildren();
            }
            return otherwise;
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /**
     * Stops: a waiting long poll is answered with no updates first (stopping at once would cut its connection, and
     * the poller would log that as an error), then the port is closed.
     */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(1);
        threads.shutdownNow();
    }
}
