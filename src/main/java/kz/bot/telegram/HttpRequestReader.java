package kz.bot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HTTP/1.1 requests from one connection, each part by a deadline: a client that sends a byte now and then never
 * holds the connection longer than the deadline, however slowly it goes (a read timeout alone would let it). Sizes are
 * bounded too. Enough HTTP for the webhook: a request line, headers, a body by {@code Content-Length} or chunked. Not
 * thread-safe: one per connection.
 */
final class HttpRequestReader {

    /** The request line and headers together; more is not a Telegram update's request. */
    static final int MAX_HEAD = 16 * 1024;

    /** A request's line and headers; header names in lower case. */
    record Head(String method, String path, String version, Map<String, String> headers) {

        /** The value of header {@code name} (any case), or null. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Whether the client wants the connection kept for the next request. */
        boolean keepAlive() {
            String connection = String.valueOf(header("Connection")).toLowerCase(Locale.ROOT);
            return version.equals("HTTP/1.1") ? !connection.contains("close") : connection.contains("keep-alive");
        }
    }

    /** The client did not send what it had to within its deadline. */
    static final class TooSlow extends IOException {
        TooSlow(String what) {
            super(what + " not complete in time");
        }
    }

    /** The request is malformed or larger than allowed. */
    static final class Malformed extends IOException {
        Malformed(String why) {
            super(why);
        }
    }

    private final Socket socket;
    private final InputStream in;

    HttpRequestReader(Socket socket, InputStream in) {
        this.socket = socket;
        this.in = in;
    }

    /** Waits until the next request's first byte is there, at most until {@code deadline}; false at end of stream. */
    boolean awaitRequest(long deadline) throws IOException {
        in.mark(1);
        int b = read(deadline, "the next request");
        if (b < 0) {
            return false;
        }
        in.reset();
        return true;
    }

    /**
     * The next request's line and headers, complete by {@code deadline} (System.nanoTime); null when the connection
     * ends before a request begins.
     *
     * @throws TooSlow   when the deadline passes first
     * @throws Malformed when the head is not HTTP or longer than {@link #MAX_HEAD}
     */
    Head readHead(long deadline) throws IOException {
        int[] budget = {MAX_HEAD};
        String line = line(deadline, budget, true);
        while (line != null && line.isEmpty()) {
            line = line(deadline, budget, true); // a stray line end between requests is allowed
        }
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new Malformed("not an HTTP/1.x request line");
        }
        Map<String, String> headers = new HashMap<>();
        for (String h = line(deadline, budget, false); !h.isEmpty(); h = line(deadline, budget, false)) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("a header without a name");
            }
            headers.merge(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        String path = parts[1];
        int query = path.indexOf('?');
        return new Head(parts[0], query < 0 ? path : path.substring(0, query), parts[2], headers);
    }

    /**
     * The body of {@code head}, complete by {@code deadline}; at most {@code max} bytes.
     *
     * @throws TooSlow   when the deadline passes first
     * @throws Malformed when it is longer than {@code max} (nothing more is read) or its framing is broken
     */
    byte[] readBody(Head head, int max, long deadline) throws IOException {
        String chunked = head.header("Transfer-Encoding");
        if (chunked != null && chunked.toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunked(max, deadline);
        }
        String length = head.header("Content-Length");
        long n;
        try {
            n = length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new Malformed("Content-Length is not a number");
        }
        if (n < 0 || n > max) {
            throw new Malformed("body of " + n + " bytes, more than " + max);
        }
        return exactly((int) n, deadline);
    }

    /** Reads and forgets up to {@code max} bytes of {@code head}'s body, by {@code deadline} (to answer 413 politely). */
    void skipBody(Head head, int max, long deadline) throws IOException {
        String length = head.header("Content-Length");
        try {
            long n = length == null ? 0 : Long.parseLong(length.strip());
            if (n > 0 && n <= max) {
                exactly((int) n, deadline);
            }
        } catch (NumberFormatException e) {
            // nothing to skip
        }
    }

    private byte[] chunked(int max, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] budget = {MAX_HEAD};
        while (true) {
            String sizeLine = line(deadline, budget, false);
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new Malformed("a chunk size that is not hexadecimal");
            }
            if (size < 0 || body.size() + (long) size > max) {
                throw new Malformed("chunked body of more than " + max + " bytes");
            }
            if (size == 0) {
                while (!line(deadline, budget, false).isEmpty()) {
                    // trailers: read and forgotten
                }
                return body.toByteArray();
            }
            body.write(exactly(size, deadline));
            if (!line(deadline, budget, false).isEmpty()) {
                throw new Malformed("a chunk longer than its size");
            }
        }
    }

    private byte[] exactly(int n, long deadline) throws IOException {
        byte[] out = new byte[n];
        int at = 0;
        while (at < n) {
            setTimeout(deadline, "the body");
            int got;
            try {
                got = in.read(out, at, n - at);
            } catch (SocketTimeoutException e) {
                throw new TooSlow("the body");
            }
            if (got < 0) {
                throw new Malformed("the connection ended inside the body");
            }
            at += got;
        }
        return out;
    }

    /** One line without its end (CR LF or LF); null at end of stream before any byte when {@code mayEnd}. */
    private String line(long deadline, int[] budget, boolean mayEnd) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        while (true) {
            int b = read(deadline, "the request's headers");
            if (b < 0) {
                if (mayEnd && bytes.size() == 0) {
                    return null;
                }
                throw new Malformed("the connection ended inside the headers");
            }
            if (--budget[0] < 0) {
                throw new Malformed("headers longer than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                String s = bytes.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            bytes.write(b);
        }
    }

    private int read(long deadline, String what) throws IOException {
        setTimeout(deadline, what);
        try {
            return in.read();
        } catch (SocketTimeoutException e) {
            throw new TooSlow(what);
        }
    }

    private void setTimeout(long deadline, String what) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new TooSlow(what);
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }
}
