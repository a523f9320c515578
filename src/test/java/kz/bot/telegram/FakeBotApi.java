package kz.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Bot API server on 127.0.0.1 for tests: the real Telegram client and poller talk to it over HTTP. It
 * answers in the Bot API's own JSON shapes, long-polls getUpdates with real offsets, matches method names in any
 * letter case (the client sends both {@code sendmessage} and {@code setMyCommands}), checks what Telegram checks
 * (HTML entities, 4096 characters, 64-byte callback data, inline result limits), records every request, and can be
 * told to fail the next calls of a method (429 with retry_after, 5xx, garbage, a stall past the client's timeout). It
 * can be stopped and started again on the same port (connection refused in between), keeping its state, as a Bot API
 * that goes away and comes back. Reusable by any test that needs a Telegram to talk to.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456789:AAFakeTokenForTests_abcdefghijklmno";
    public static final long BOT_ID = 123456789L;
    public static final String BOT_USERNAME = "OurBot";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    /** One request the bot made: the method in lower case, its parameters, and when it arrived. */
    public record Request(String method, JsonNode params, long nanos) {
        /** The text of a message, or the caption of a photo. */
        public String text() {
            return params.has("text") ? params.path("text").asText() : params.path("caption").asText();
        }

        /** True for a photo (a locator map). */
        public boolean photo() {
            return method.equals("sendphoto");
        }

        /** The bytes of an uploaded photo; empty when none was uploaded (a file id was sent instead). */
        public byte[] upload() {
            String photo = params.path("photo").asText();
            if (!photo.startsWith("attach://")) {
                return new byte[0];
            }
            return java.util.Base64.getDecoder().decode(params.path(photo.substring(9) + "_bytes").asText());
        }

        public long chatId() {
            return params.path("chat_id").asLong();
        }
    }

    /**
     * A scripted answer: HTTP status and body, sent after {@code delay}. With {@code process} the request is handled
     * as usual (a message is posted, updates are handed out) and only its answer is late and replaced by nothing
     * else: the normal answer goes out after the delay.
     */
    public record Reply(int status, String body, Duration delay, boolean process, Duration perByte) {
        public Reply(int status, String body) {
            this(status, body, Duration.ZERO, false, Duration.ZERO);
        }

        public Reply(int status, String body, Duration delay, boolean process) {
            this(status, body, delay, process, Duration.ZERO);
        }
    }

    /** A request the fake refused by its own checks (not a scripted failure): what Telegram would have refused. */
    public record Refusal(Request request, int status, String description) {
    }

    private final String token;
    private final int port;
    private HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private final List<Request> requests = new ArrayList<>();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Request> delivered = new ArrayList<>();
    /** Messages and photos posted, in arrival order. */
    private final List<Request> posted = new ArrayList<>();
    private final Map<Request, Integer> messageIds = new java.util.IdentityHashMap<>();
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    /** When getUpdates first handed out each update (System.nanoTime). */
    private final Map<Integer, Long> handedOut = new HashMap<>();
    private int nextUpdateId = 1000;
    private int nextMessageId = 5000;
    private boolean closed;
    private boolean down;
    private int unauthorized;
    private boolean revoked;
    /** Counts getUpdates calls: a long poll that sees a later one begin ends with 409, as Telegram's does. */
    private int pollGeneration;

    public FakeBotApi() {
        this(TOKEN);
    }

    public FakeBotApi(String token) {
        this.token = token;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int on) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 64);
            s.setExecutor(threads);
            s.createContext("/", this::exchange);
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give the bot as TELEGRAM_API_URL. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Goes away: the port is closed (connecting is refused), open connections are dropped, waiting long polls end
     * without an answer. Updates, requests and scripts are kept for {@link #restart}.
     */
    public void stop() {
        synchronized (lock) {
            down = true;
            lock.notifyAll();
        }
        server.stop(0);
    }

    /** From now on every request is answered 401 Unauthorized, as after the token was revoked in @BotFather. */
    public void revokeToken() {
        synchronized (lock) {
            revoked = true;
            lock.notifyAll();
        }
    }

    /** Comes back on the same port with the same state. */
    public void restart() {
        synchronized (lock) {
            down = false;
        }
        server = listen(port);
    }

    // ---- feeding updates -------------------------------------------------------------------------------------------

    /** Reads {@code src/test/resources/telegram/<name>} as a JSON object. */
    public static ObjectNode fixture(String name) {
        try (InputStream in = FakeBotApi.class.getResourceAsStream("/telegram/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Queues the fixture {@code name}, edited by {@code edit}, for getUpdates, under a fresh update_id (unless the
     * edit sets one); returns its update_id.
     */
    public int feed(String name, Consumer<ObjectNode> edit) {
        ObjectNode update = fixture(name);
        update.remove("update_id");
        edit.accept(update);
        return feed(update);
    }

    /** Queues the fixture {@code name} as it is, under a fresh update_id; returns the update_id. */
    public int feed(String name) {
        return feed(name, u -> { });
    }

    /**
     * Queues {@code update} (its update_id is assigned when missing); returns its update_id. Its message is dated now,
     * as Telegram dates a message when it reaches it (the fixtures carry placeholder dates): {@link #feedDated} keeps
     * the date given.
     */
    public int feed(ObjectNode update) {
        return feedDated(stamped(update));
    }

    /** As {@link #feed(ObjectNode)}, keeping the message's date as it is: a message that waited before it came. */
    public int feedDated(ObjectNode update) {
        synchronized (lock) {
            if (!update.has("update_id")) {
                update.put("update_id", nextUpdateId++);
            }
            updates.add(update);
            lock.notifyAll();
            return update.get("update_id").asInt();
        }
    }

    /** An update as JSON text, as Telegram would post it to a webhook. */
    public static String json(ObjectNode update) {
        return update.toString();
    }

    // ---- scripting failures ----------------------------------------------------------------------------------------

    /** The next call of {@code method} gets {@code reply} instead of the normal answer. Calls queue up in order. */
    public void failNext(String method, Reply reply) {
        synchronized (lock) {
            scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(reply);
        }
    }

    /** A 429 as Telegram sends it. */
    public static Reply tooManyRequests(int retryAfter) {
        return new Reply(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
    }

    /** A 502 from a proxy in front of the Bot API: not even JSON. */
    public static Reply badGateway() {
        return new Reply(502, "<html><body>502 Bad Gateway</body></html>");
    }

    /**
     * A Bot API that stalls for {@code delay} (longer than the client waits) and then gives up with a 504, never
     * having handled the request: what a hung gateway does.
     */
    public static Reply stall(Duration delay) {
        return new Reply(504, "<html><body>504 Gateway Time-out</body></html>", delay, false);
    }

    /** The request is handled as usual, but its answer leaves only after {@code delay}. */
    public static Reply late(Duration delay) {
        return new Reply(200, "", delay, true);
    }

    /**
     * The request is handled as usual (updates are handed out), but the answer's body leaves one byte every
     * {@code perByte}: a connection that trickles, which no read timeout notices.
     */
    public static Reply trickle(Duration perByte) {
        return new Reply(200, "", Duration.ZERO, true, perByte);
    }

    /** A 200 whose body is not JSON: a broken proxy, a truncated answer. */
    public static Reply malformed() {
        return new Reply(200, "{\"ok\":true,\"result\":{\"message_id\":");
    }

    /** A getUpdates answer handing out exactly {@code updates} (dated now), whatever the offset asks for. */
    public static Reply updates(ObjectNode... updates) {
        ArrayNode result = JSON.createArrayNode();
        for (ObjectNode u : updates) {
            result.add(stamped(u));
        }
        return ok(result);
    }

    /** {@code update} with its message (if it has one with a numeric date) dated now. */
    static ObjectNode stamped(ObjectNode update) {
        if (update.path("message").path("date").isNumber()) {
            update.withObjectProperty("message").put("date", System.currentTimeMillis() / 1000);
        }
        return update;
    }

    /** A Bot API error with {@code code} and {@code description}. */
    public static Reply error(int code, String description) {
        ObjectNode n = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        return new Reply(code, n.toString());
    }

    // ---- reading what the bot did ----------------------------------------------------------------------------------

    /**
     * The messages posted to chat {@code chatId}: sendMessage requests the fake handled and answered with ok (a
     * request that was refused, stalled or scripted to fail posted nothing), in arrival order.
     */
    public List<Request> delivered(long chatId) {
        synchronized (lock) {
            return delivered.stream().filter(r -> r.chatId() == chatId).toList();
        }
    }

    /**
     * Everything posted to chat {@code chatId}: messages and photos (a card comes with its map: a photo captioned
     * with the card, or a photo then the card as text), in arrival order.
     */
    public List<Request> posts(long chatId) {
        synchronized (lock) {
            return posted.stream().filter(r -> r.chatId() == chatId).toList();
        }
    }

    /**
     * The message id the fake gave the message or photo {@code posted}, waiting (up to 5 s) for its answer: a
     * request is recorded before it is answered.
     */
    public int messageId(Request posted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        synchronized (lock) {
            while (!messageIds.containsKey(posted)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("not posted: " + posted.method() + " " + posted.params());
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
            return messageIds.get(posted);
        }
    }

    /** Waits for {@code count} messages or photos posted to {@code chatId}; returns them all. */
    public List<Request> awaitPosts(long chatId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        synchronized (lock) {
            while (true) {
                List<Request> found = posted.stream().filter(r -> r.chatId() == chatId).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited 15 s for " + count + " posts to " + chatId + ", got "
                            + found.size() + "; all requests: " + summary());
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    /**
     * The ids of the updates queued here that no getUpdates has confirmed yet (its offset did not pass them): what
     * Telegram would deliver again to the next process.
     */
    public List<Integer> unconfirmed() {
        synchronized (lock) {
            int confirmed = requests.stream().filter(r -> r.method().equals("getupdates"))
                    .mapToInt(r -> r.params().path("offset").asInt(0)).max().orElse(0);
            return updates.stream().map(u -> u.get("update_id").asInt()).filter(id -> id >= confirmed).toList();
        }
    }

    /** Waits until getUpdates has handed out update {@code id}. */
    public void awaitHandedOut(int id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!handedOut.containsKey(id)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms for update " + id
                            + " to be handed out");
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    /** When getUpdates first handed out update {@code id} (System.nanoTime), or null. */
    public Long handedOut(int id) {
        synchronized (lock) {
            return handedOut.get(id);
        }
    }

    /** The requests the fake refused by its own checks, in arrival order. */
    public List<Refusal> refusals() {
        synchronized (lock) {
            return List.copyOf(refusals);
        }
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** How many requests came with another token (answered 401 Unauthorized, not recorded as requests). */
    public int unauthorizedRequests() {
        synchronized (lock) {
            return unauthorized;
        }
    }

    /** The requests of {@code method} (any case), in arrival order. */
    public List<Request> requests(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return requests().stream().filter(r -> r.method().equals(m)).toList();
    }

    /** Waits until {@code count} requests of {@code method} match {@code filter}; returns them. */
    public List<Request> await(String method, int count, Predicate<Request> filter, Duration timeout) {
        String m = method.toLowerCase(Locale.ROOT);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Request> found = requests.stream().filter(r -> r.method().equals(m)).filter(filter).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms for " + count + " " + method
                            + " request(s), got " + found.size() + "; all requests: " + summary());
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    /** Waits for {@code count} messages sent to {@code chatId}. */
    public List<Request> awaitMessages(long chatId, int count) {
        return await("sendMessage", count, r -> r.chatId() == chatId, Duration.ofSeconds(15));
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String summary() {
        StringBuilder sb = new StringBuilder();
        for (Request r : requests) {
            if (!r.method().equals("getupdates")) {
                ObjectNode shown = r.params().deepCopy();
                for (String f : List.copyOf(iterable(shown))) {
                    if (f.endsWith("_bytes")) {
                        shown.put(f, "(" + shown.path(f).asText().length() + " Base64 characters)");
                    }
                }
                sb.append("\n  ").append(r.method()).append(' ').append(shown);
            }
        }
        return sb.toString();
    }

    // ---- the server ------------------------------------------------------------------------------------------------

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith("/bot")) {
                send(exchange, error(404, "Not Found"));
                return;
            }
            boolean refused;
            synchronized (lock) {
                refused = revoked;
            }
            if (!path.startsWith(prefix) || refused) {
                synchronized (lock) {
                    unauthorized++;
                }
                send(exchange, error(401, "Unauthorized"));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            ObjectNode params = parse(exchange);
            Reply scriptedReply;
            Request request;
            synchronized (lock) {
                request = new Request(method, params, System.nanoTime());
                requests.add(request);
                lock.notifyAll();
                Deque<Reply> queue = scripted.get(method);
                scriptedReply = queue == null ? null : queue.poll();
            }
            if (scriptedReply != null && scriptedReply.process()) {
                Reply normal = answer(method, params);
                noteDelivery(request, normal);
                pause(scriptedReply.delay());
                if (scriptedReply.perByte().isZero()) {
                    send(exchange, normal);
                } else {
                    trickle(exchange, normal, scriptedReply.perByte());
                }
                return;
            }
            if (scriptedReply != null) {
                if (method.equals("getupdates")) {
                    // Telegram forgets what the offset confirms when the request arrives, whatever it then answers:
                    // a scripted answer to a poll of the old numbering must not leave its confirmed update queued
                    confirm(params.path("offset").asInt(0));
                }
                pause(scriptedReply.delay());
                send(exchange, scriptedReply);
                return;
            }
            Reply reply = answer(method, params);
            noteDelivery(request, reply);
            if (reply.status() != 200) {
                synchronized (lock) {
                    refusals.add(new Refusal(request, reply.status(), reply.body()));
                }
            }
            send(exchange, reply);
        } catch (RuntimeException e) {
            send(exchange, error(500, "Internal Server Error: " + e));
        }
    }

    private void noteDelivery(Request request, Reply reply) {
        if (request.method().equals("sendmessage") && reply.status() == 200) {
            synchronized (lock) {
                delivered.add(request);
                lock.notifyAll();
            }
        }
        if ((request.method().equals("sendmessage") || request.method().equals("sendphoto"))
                && reply.status() == 200) {
            int id;
            try {
                id = JSON.readTree(reply.body()).path("result").path("message_id").asInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            synchronized (lock) {
                posted.add(request);
                messageIds.put(request, id);
                lock.notifyAll();
            }
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply answer(String method, ObjectNode p) {
        return switch (method) {
            case "getme" -> ok(JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Our Bot").put("username", BOT_USERNAME).put("can_join_groups", true)
                    .put("can_read_all_group_messages", false).put("supports_inline_queries", true));
            case "getupdates" -> getUpdates(p);
            case "sendmessage" -> sendMessage(p);
            case "editmessagetext" -> {
                String problem = checkText(p.path("text").asText(), p.path("parse_mode").asText());
                if (problem == null) {
                    problem = checkKeyboard(p.path("reply_markup"));
                }
                yield problem != null ? error(400, problem) : ok(message(p));
            }
            case "sendphoto" -> sendPhoto(p);
            case "editmessagecaption" -> {
                String problem = checkCaption(p);
                yield problem != null ? error(400, problem) : ok(message(p));
            }
            case "setmydescription" -> p.path("description").asText().length() > 512
                    ? error(400, "Bad Request: description is too long") : ok(true);
            case "setmyshortdescription" -> p.path("short_description").asText().length() > 120
                    ? error(400, "Bad Request: short description is too long") : ok(true);
            case "deletemessage", "editmessagereplymarkup" -> p.hasNonNull("message_id") ? ok(true)
                    : error(400, "Bad Request: message identifier is not specified");
            case "answerinlinequery" -> answerInline(p);
            case "answercallbackquery" -> p.hasNonNull("callback_query_id") ? ok(true)
                    : error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
            case "setmycommands", "deletemycommands", "deletewebhook", "setwebhook", "sendchataction" -> ok(true);
            default -> error(404, "Not Found");
        };
    }

    private Reply getUpdates(ObjectNode p) {
        int offset = p.path("offset").asInt(0);
        int limit = p.path("limit").asInt(100);
        long timeoutMillis = p.path("timeout").asLong(0) * 1000;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lock) {
            int mine = ++pollGeneration;
            lock.notifyAll(); // a long poll still waiting ends: another getUpdates began
            while (true) {
                if (revoked) {
                    return error(401, "Unauthorized");
                }
                if (pollGeneration != mine) {
                    return error(409, "Conflict: terminated by other getUpdates request; make sure that only one"
                            + " bot instance is running");
                }
                confirm(offset);
                if (!updates.isEmpty() || closed || down) {
                    break;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode result = JSON.createArrayNode();
            long now = System.nanoTime();
            updates.stream().limit(limit).forEach(u -> {
                result.add(u);
                handedOut.putIfAbsent(u.get("update_id").asInt(), now);
            });
            lock.notifyAll();
            return ok(result);
        }
    }

    /** An offset confirms every update before it: Telegram forgets them. */
    private void confirm(int offset) {
        synchronized (lock) {
            updates.removeIf(u -> u.get("update_id").asInt() < offset);
        }
    }

    private Reply sendMessage(ObjectNode p) {
        if (!p.hasNonNull("chat_id")) {
            return error(400, "Bad Request: chat_id is empty");
        }
        String problem = checkText(p.path("text").asText(), p.path("parse_mode").asText());
        if (problem == null) {
            problem = checkKeyboard(p.path("reply_markup"));
        }
        return problem != null ? error(400, problem) : ok(message(p));
    }

    /** A photo: an upload ({@code attach://name}, its bytes kept as {@code name_bytes}) or a file id given earlier. */
    private Reply sendPhoto(ObjectNode p) {
        if (!p.hasNonNull("chat_id")) {
            return error(400, "Bad Request: chat_id is empty");
        }
        String photo = p.path("photo").asText();
        boolean upload = photo.startsWith("attach://") && p.has(photo.substring(9) + "_bytes");
        if (!upload && !photo.startsWith("fake-file-")) {
            return error(400, "Bad Request: wrong remote file identifier specified");
        }
        String problem = checkCaption(p);
        if (problem == null) {
            problem = checkKeyboard(p.path("reply_markup"));
        }
        if (problem != null) {
            return error(400, problem);
        }
        ObjectNode m = message(p);
        m.remove("text");
        if (p.hasNonNull("caption")) {
            m.put("caption", plain(p.path("caption").asText()));
        }
        String fileId = upload ? "fake-file-" + m.path("message_id").asInt() : photo;
        ArrayNode sizes = m.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", fileId + "-s").put("width", 90)
                .put("height", 50);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", fileId + "-u").put("width", 640)
                .put("height", 350);
        return ok(m);
    }

    /** What Telegram says about a caption: at most 1024 characters, valid HTML; none at all is fine. */
    private static String checkCaption(ObjectNode p) {
        if (!p.hasNonNull("caption") || p.path("caption").asText().isEmpty()) {
            return null;
        }
        String caption = p.path("caption").asText();
        String problem = checkText(caption, p.path("parse_mode").asText());
        if (problem != null) {
            return problem;
        }
        String visible = p.path("parse_mode").asText().equalsIgnoreCase("HTML") ? plain(caption) : caption;
        return visible.length() > 1024 ? "Bad Request: message caption is too long" : null;
    }

    private Reply answerInline(ObjectNode p) {
        JsonNode button = p.path("button");
        if (!button.isMissingNode() && (button.path("text").asText().isEmpty()
                || !button.path("start_parameter").asText().matches("[A-Za-z0-9_-]{1,64}"))) {
            return error(400, "Bad Request: BUTTON_INVALID");
        }
        JsonNode results = p.path("results");
        if (results.size() > 50) {
            return error(400, "Bad Request: RESULTS_TOO_MUCH");
        }
        if (p.path("next_offset").asText().getBytes(StandardCharsets.UTF_8).length > 64) {
            return error(400, "Bad Request: NEXT_OFFSET_INVALID");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode r : results) {
            String id = r.path("id").asText();
            if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 64 || !ids.add(id)) {
                return error(400, "Bad Request: RESULT_ID_INVALID");
            }
            if (r.path("title").asText().isEmpty()) {
                return error(400, "Bad Request: RESULT_TITLE_EMPTY");
            }
            JsonNode content = r.path("input_message_content");
            String problem = checkText(content.path("message_text").asText(), content.path("parse_mode").asText());
            if (problem != null) {
                return error(400, problem);
            }
        }
        return ok(true);
    }

    private ObjectNode message(ObjectNode p) {
        long chatId = p.path("chat_id").asLong();
        ObjectNode m = JSON.createObjectNode();
        synchronized (lock) {
            m.put("message_id", p.has("message_id") ? p.get("message_id").asInt() : nextMessageId++);
        }
        m.put("date", System.currentTimeMillis() / 1000);
        m.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Our Bot")
                .put("username", BOT_USERNAME);
        ObjectNode chat = m.putObject("chat").put("id", chatId);
        if (chatId < 0) {
            chat.put("type", "supergroup").put("title", "Test group");
        } else {
            chat.put("type", "private").put("first_name", "Tester");
        }
        m.put("text", plain(p.path("text").asText()));
        return m;
    }

    private static String checkKeyboard(JsonNode markup) {
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                String data = button.path("callback_data").asText("");
                if (button.has("callback_data")
                        && (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > 64)) {
                    return "Bad Request: BUTTON_DATA_INVALID";
                }
                if (button.path("text").asText().isEmpty()) {
                    return "Bad Request: text buttons are unallowed in the inline keyboard";
                }
            }
        }
        return null;
    }

    /** What Telegram says about a message text, or null when it takes it. */
    static String checkText(String text, String parseMode) {
        String visible = text;
        if (parseMode.equalsIgnoreCase("HTML")) {
            String problem = htmlProblem(text);
            if (problem != null) {
                return "Bad Request: can't parse entities: " + problem;
            }
            visible = plain(text);
        }
        if (visible.isBlank()) {
            return "Bad Request: message text is empty";
        }
        if (visible.length() > 4096) {
            return "Bad Request: message is too long";
        }
        return null;
    }

    /** Telegram's HTML rules, as far as tests need them: known tags, properly nested, every & an entity. */
    static String htmlProblem(String html) {
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return "unclosed start tag at byte offset " + i;
                }
                String tag = html.substring(i + 1, end).strip();
                boolean closing = tag.startsWith("/");
                String name = (closing ? tag.substring(1) : tag).split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (!TAGS.contains(name)) {
                    return "Unsupported start tag \"" + name + "\" at byte offset " + i;
                }
                if (closing) {
                    if (open.isEmpty() || !open.pop().equals(name)) {
                        return "Unmatched end tag at byte offset " + i + ", expected another end tag";
                    }
                } else {
                    open.push(name);
                }
                i = end;
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    return "Unsupported HTML entity at byte offset " + i;
                }
            } else if (c == '>') {
                return "Unexpected end tag at byte offset " + i;
            }
        }
        return open.isEmpty() ? null : "Can't find end tag corresponding to start tag \"" + open.peek() + "\"";
    }

    /** The text a user sees: tags removed, entities decoded. */
    public static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static ObjectNode parse(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("multipart/form-data")) {
            return multipart(body, type.substring(type.indexOf("boundary=") + 9).replace("\"", "").split(";")[0]);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode n = JSON.createObjectNode();
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    n.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return n;
        }
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode tree = JSON.readTree(text);
        return tree instanceof ObjectNode o ? o : JSON.createObjectNode();
    }

    /**
     * The fields of a multipart form (setWebhook and sendPhoto are sent as one): text fields as text (JSON objects,
     * such as a keyboard, as JSON), a file as {@code <name>_bytes} in Base64. Read byte for byte: a file is binary.
     */
    private static ObjectNode multipart(byte[] body, String boundary) {
        ObjectNode n = JSON.createObjectNode();
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : raw.split(Pattern.quote("--" + boundary))) {
            int blank = part.indexOf("\r\n\r\n");
            if (blank < 0) {
                continue;
            }
            String head = part.substring(0, blank);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(head);
            if (!name.find()) {
                continue;
            }
            String value = part.substring(blank + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
            if (head.contains("filename=")) {
                n.put(name.group(1) + "_bytes", java.util.Base64.getEncoder().encodeToString(bytes));
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("{")) {
                try {
                    n.set(name.group(1), JSON.readTree(text));
                    continue;
                } catch (IOException e) {
                    // not JSON after all: kept as text
                }
            }
            n.put(name.group(1), text);
        }
        return n;
    }

    private static Reply ok(Object result) {
        ObjectNode n = JSON.createObjectNode().put("ok", true);
        n.set("result", JSON.valueToTree(result));
        return new Reply(200, n.toString());
    }

    private static void trickle(HttpExchange exchange, Reply reply, Duration perByte) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        for (byte b : bytes) {
            exchange.getResponseBody().write(b);
            exchange.getResponseBody().flush();
            pause(perByte);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.body().startsWith("{") ? "application/json"
                : "text/html");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Answers waiting long polls with no updates (so the poller does not log a cut connection), then stops. */
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
