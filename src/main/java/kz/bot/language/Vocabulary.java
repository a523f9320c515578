package kz.bot.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the analysis resources under {@code /language/}: word lists and tab-separated rule files, for the index and
 * the answering core alike.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** The non-blank, non-comment lines of resource {@code name}, trimmed. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/language/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /language/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /language/" + name, e);
        }
        return out;
    }

    /** The lines of a rule file, each split at its tab into two parts. */
    public static List<String[]> pairs(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("/language/" + name + ": expected 'from<TAB>to' in '" + line + "'");
            }
            out.add(new String[] {line.substring(0, tab), line.substring(tab + 1).strip()});
        }
        return out;
    }
}
