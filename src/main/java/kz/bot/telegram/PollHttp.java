package kz.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The poller's HTTP to the Bot API: JSON POSTs to {@code scheme://host:port/bot<token>/<method>}, on a client whose
 * timeouts bound a whole long poll, and answers read no further than a limit. The token is part of every URL, so
 * nothing here logs a request. Thread-safe as OkHttp is: the poller's thread makes the calls, and another thread may
 * cancel one or close the client.
 */
final class PollHttp {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final String token;
    private final TelegramUrl url;
    private final Duration requestTimeout;
    private final OkHttpClient http;

    /** A client for the Bot API at {@code url}, with the timeouts of {@code settings}. */
    PollHttp(String token, TelegramUrl url, BotSettings settings) {
        this.token = token;
        this.url = url;
        this.requestTimeout = settings.requestTimeout();
        Duration longPoll = settings.requestTimeout().plusSeconds(settings.pollTimeoutSeconds());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.requestTimeout())
                .writeTimeout(settings.requestTimeout())
                .readTimeout(longPoll)
                .callTimeout(longPoll) // an answer trickled a byte at a time must not hold the poller for longer
                .build();
    }

    /** A call of {@code method} with the JSON {@code body}, bounded as a long poll is. */
    Call call(String method, String body) {
        return http.newCall(post(method, body));
    }

    /** A call of {@code method} that waits for nothing, bounded by the request timeout alone. */
    Call quickCall(String method, String body) {
        return http.newBuilder().callTimeout(requestTimeout).build().newCall(post(method, body));
    }

    private Request post(String method, String body) {
        HttpUrl target = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(url.getPort())
                .addPathSegment("bot" + token).addPathSegment(method).build();
        return new Request.Builder().url(target).post(RequestBody.create(body, JSON_TYPE)).build();
    }

    /** At most {@code limit} + 1 bytes of {@code body}: enough to know it is too large, never more. */
    static byte[] read(ResponseBody body, long limit) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body.byteStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** Lets the client's threads end and drops its idle connections; calls already made are not waited for. */
    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
