package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import kz.bot.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that connect to the webhook and send slowly, without the secret: they used to take the JDK server's four
 * threads while it waited for their headers, and Telegram's deliveries waited behind them, indefinitely. Now each
 * part of a request has a deadline (here 1 s for headers and body) and the connections are bounded (here 16): a slow
 * client costs one slot for a second, and a delivery with the secret goes through meanwhile.
 */
class WebhookSlowClientsTest {

    static final String SECRET = "s3cret-Token_2";
    static final URI PUBLIC_URL = URI.create("https://bot.example.org/telegram/hook");

    @TempDir
    Path dir;
    TestBot bot;
    final List<Socket> sockets = new ArrayList<>();
    final AtomicBoolean trickling = new AtomicBoolean(true);

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, Optional.of(new Config.Webhook(PUBLIC_URL, "127.0.0.1", 0, SECRET)),
                UnaryOperator.identity());
    }

    @AfterEach
    void stop() throws IOException {
        trickling.set(false);
        for (Socket s : sockets) {
            s.close();
        }
        bot.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", bot.bot.webhookPort());
        sockets.add(s);
        return s;
    }

    /** A client sending {@code start}, then one more byte every 200 ms, never finishing. */
    private Socket trickler(String start) throws IOException {
        Socket s = connect();
        OutputStream out = s.getOutputStream();
        out.write(start.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        Thread t = new Thread(() -> {
            try {
                while (trickling.get()) {
                    Thread.sleep(200);
                    out.write('x');
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // closed by the server, or by the test: done
            }
        });
        t.setDaemon(true);
        t.start();
        return s;
    }

    /** A real delivery with the secret: its status, within {@code timeout}. */
    private int deliver(long chat, Duration timeout) throws Exception {
        ObjectNode update = FakeBotApi.fixture("private-text.json");
        update.put("update_id", 900000 + (int) chat);
        update.withObjectProperty("message").withObjectProperty("chat").put("id", chat);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.bot.webhookPort()
                        + PUBLIC_URL.getPath())).timeout(timeout).header(WebhookServer.SECRET_HEADER, SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FakeBotApi.json(update))).build();
        // a client of its own, as Telegram would open a new connection
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** True when the server closes {@code s} within {@code within}. */
    private static boolean closedByServer(Socket s, Duration within) throws IOException {
        s.setSoTimeout((int) within.toMillis());
        InputStream in = s.getInputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    void clientsTricklingTheirHeadersDoNotHoldUpADeliveryAndAreClosedAtTheDeadline() throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slow.add(trickler("POST " + PUBLIC_URL.getPath() + " HTTP/1.1\r\nHost: bot\r\nX-Slow: "));
        }
        long t0 = System.nanoTime();
        assertEquals(200, deliver(5101, Duration.ofSeconds(3)));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 1000, "the delivery went through at once");
        assertTrue(bot.api.awaitMessages(5101, 1).get(0).text().contains("Capital: Astana"));
        for (Socket s : slow) {
            assertTrue(closedByServer(s, Duration.ofSeconds(3)), "a trickling client is closed at the deadline");
        }
    }

    @Test
    void aBodyTrickledAfterTheSecretIsCutAtItsDeadline() throws Exception {
        Socket slow = trickler("POST " + PUBLIC_URL.getPath() + " HTTP/1.1\r\nHost: bot\r\n"
                + WebhookServer.SECRET_HEADER + ": " + SECRET + "\r\nContent-Length: 1000\r\n\r\n{");
        assertEquals(200, deliver(5102, Duration.ofSeconds(3)));
        assertTrue(closedByServer(slow, Duration.ofSeconds(3)), "closed at the body's deadline");
        assertTrue(bot.api.awaitMessages(5102, 1).get(0).text().contains("Capital: Astana"));
    }

    @Test
    void connectionsBeyondTheBoundAreClosedAtOnceAndTheSlotsComeBackAtTheDeadline() throws Exception {
        int bound = TestBot.FAST.webhook().connections();
        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < bound; i++) {
            idle.add(connect());
        }
        Thread.sleep(200); // accepted
        Socket extra = connect();
        assertTrue(closedByServer(extra, Duration.ofMillis(500)), "one more than the bound is closed at once");
        for (Socket s : idle) {
            assertTrue(closedByServer(s, Duration.ofSeconds(3)), "an idle client without the secret is closed");
        }
        assertEquals(200, deliver(5103, Duration.ofSeconds(3)));
        assertTrue(bot.api.awaitMessages(5103, 1).get(0).text().contains("Capital: Astana"));
    }
}
