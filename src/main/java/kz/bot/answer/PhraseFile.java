package kz.bot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kz.bot.language.Language;

/**
 * Reads one language's phrase list ({@code /language/words_en.properties}, {@code _ru}, {@code _kk}): each key's
 * phrases, separated by {@code |}, each phrase as its words in lower case with ё as е. Stateless and thread-safe.
 */
final class PhraseFile {

    private PhraseFile() {
    }

    /**
     * Key → its phrases, each as written words.
     *
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    static Map<String, List<String[]>> read(Language language) {
        String name = "/language/words_" + language.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = PhraseFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        Map<String, List<String[]>> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            List<String[]> phrases = new ArrayList<>();
            for (String phrase : p.getProperty(key).split("\\|")) {
                String[] words = phrase.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+");
                if (words.length > 0 && !words[0].isEmpty()) {
                    phrases.add(words);
                }
            }
            out.put(key, List.copyOf(phrases));
        }
        return Map.copyOf(out);
    }
}
