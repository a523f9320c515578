package kz.bot.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.bot.knowledge.Problem;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The knowledge base's synonyms file in Lucene's (Solr) synonym format, read rule by rule so that one bad line is
 * reported with its number and the other rules still apply.
 */
public final class Synonyms {

    private final SynonymMap map;
    private final Set<String> forms;

    private Synonyms(SynonymMap map, Set<String> forms) {
        this.map = map;
        this.forms = Set.copyOf(forms);
    }

    /** No synonyms at all. */
    public static Synonyms none() {
        return new Synonyms(null, Set.of());
    }

    /** Parses {@code text} (the contents of {@code file}); each rule that fails adds a problem to {@code problems}. */
    public static Synonyms parse(String file, String text, List<Problem> problems) {
        BotAnalyzer analyzer = BotAnalyzer.forIndexing();
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        Set<String> forms = new HashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int rules = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                parser.parse(new StringReader(line));
                rules++;
                forms.addAll(Analysis.forms(analyzer, line.replace("=>", ",")));
            } catch (ParseException | IllegalArgumentException e) {
                problems.add(new Problem(file, i + 1, "bad synonym rule: " + reason(e)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (rules == 0) {
            return none();
        }
        try {
            return new Synonyms(parser.build(), forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (message.contains("position increment")) {
            return "a stop word inside a multi-word entry (keep entries to words that carry meaning)";
        }
        if (message.contains("zero-length") || message.contains("empty")) {
            return "an entry that is only stop words or punctuation";
        }
        return message.replaceAll("\\s+", " ");
    }

    /** The groups of words and phrases that mean the same, one per rule of a synonyms file's {@code text}. */
    public static List<List<String>> groups(String text) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                List<String> group = BuiltInConcepts.split(t);
                if (group.size() > 1) {
                    out.add(group);
                }
            }
        }
        return out;
    }

    SynonymMap map() {
        return map;
    }

    /** The comparable forms of every word the file mentions. */
    Set<String> forms() {
        return forms;
    }
}
