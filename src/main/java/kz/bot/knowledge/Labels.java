package kz.bot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in labels of common attributes in Russian and Kazakh ({@code i18n/labels_ru.properties},
 * {@code labels_kk.properties}): what an answer calls "Population" when no knowledge file gives a label. Knowledge
 * labels ({@code [LABELS]} blocks of translation files) take precedence.
 */
public final class Labels {

    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** Attribute key → label for {@code language}; empty for English and for a language without a file. */
    public static Map<String, String> defaults(String language) {
        return CACHE.computeIfAbsent(language, Labels::read);
    }

    private static Map<String, String> read(String language) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream("/i18n/labels_" + language + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            p.forEach((k, v) -> out.put(k.toString().replace('_', ' '), v.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labels of " + language, e);
        }
        return Map.copyOf(out);
    }
}
