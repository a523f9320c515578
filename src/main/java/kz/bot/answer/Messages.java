package kz.bot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import kz.bot.language.Language;

/**
 * Every sentence the bot writes around the knowledge, in English, Russian and Kazakh, read from
 * {@code /i18n/messages_<code>.properties}: each language has every key (a test checks it). Immutable.
 */
public final class Messages {

    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Messages(l, read(l)));
        }
    }

    private final Language language;
    private final Map<String, String> text;

    private Messages(Language language, Map<String, String> text) {
        this.language = language;
        this.text = text;
    }

    public static Messages get(Language language) {
        return ALL.get(language);
    }

    /** The message {@code key}, formatted with {@code args}. */
    public String say(String key, Object... args) {
        String template = text.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }

    /** "Source:" or "Sources:" in this language. */
    public String sourcesLabel(int count) {
        return say(count == 1 ? "source" : "sources");
    }

    public Language language() {
        return language;
    }

    /** The keys of this language's messages. */
    public Set<String> keys() {
        return text.keySet();
    }

    private static Map<String, String> read(Language language) {
        String name = "/i18n/messages_" + language.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return Map.copyOf(out);
    }
}
