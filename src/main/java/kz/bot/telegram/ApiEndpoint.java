package kz.bot.telegram;

import java.net.URI;
import java.util.Locale;
import kz.bot.config.ConfigException;
import org.telegram.telegrambots.meta.TelegramUrl;

/** {@code TELEGRAM_API_URL} as the library wants it: scheme, host and port (it cannot use a path). */
final class ApiEndpoint {

    private ApiEndpoint() {
    }

    /**
     * The library's form of {@code url}.
     *
     * @throws ConfigException naming TELEGRAM_API_URL when the URL has a path, a query or an unknown scheme
     */
    static TelegramUrl of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ConfigException("TELEGRAM_API_URL must be an http:// or https:// URL");
        }
        String path = url.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/") || url.getRawQuery() != null) {
            throw new ConfigException("TELEGRAM_API_URL must be scheme://host[:port] without a path"
                    + " (the Telegram library adds /bot<token>/<method> itself)");
        }
        int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, url.getHost(), port, false);
    }
}
