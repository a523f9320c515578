package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a guide's body as the tokenizer reads it, with its 1-based number and its text after
 * {@link TextFile#clean}. The kind says what the line looks like on its own; what it means depends on the block it
 * stands in, which {@link GuideParser} knows (inside a {@code [TABLE]} only rows count, inside a {@code [FACTBOX]} only
 * {@code Key: Value} lines).
 */
sealed interface Line {

    int no();

    /** The cleaned text of the line. */
    String text();

    /** An empty line (or one of only invisible characters): it ends a paragraph or an entry. */
    record Blank(int no, String text) implements Line {
    }

    /** {@code ---}: a rule; an italic line after it is a disclaimer. */
    record Rule(int no, String text) implements Line {
    }

    /** {@code [NAME] rest} or {@code [/NAME]}: opens or closes a block, or marks a note. */
    record Tag(int no, String text, boolean closing, String name, String rest) implements Line {
    }

    /** {@code # Heading}; a level-2 heading starts a section like {@code [SECTION]}. */
    record Heading(int no, String text, int level, String title) implements Line {
    }

    /** {@code - text}, {@code * text} or {@code • text}: one passage. */
    record Bullet(int no, String text, String item) implements Line {
    }

    /**
     * {@code **Name** {kind} (population, year) rest}: an entry whose {@code Key: Value} lines follow.
     *
     * @param kind       the kind written in braces, or null (a city)
     * @param population what stands in parentheses, or null
     */
    record EntryHead(int no, String text, String name, String kind, String population, String rest) implements Line {
    }

    /** {@code *text*}: an italic line, a disclaimer when it follows a rule. */
    record Italic(int no, String text) implements Line {
    }

    /** {@code Key: Value}. */
    record KeyValue(int no, String text, String key, String value) implements Line {
    }

    /** Anything else: prose, which may carry a {@code [CALLOUT]} in the middle. */
    record Prose(int no, String text) implements Line {
    }

    Pattern KEY_VALUE = Pattern.compile("^([^:\\[\\]|*]{1,60}?):\\s*(.*)$");
    Pattern ENTRY = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*(?:\\{\\s*([\\p{L}]+)\\s*})?\\s*(?:\\((.*)\\))?\\s*(.*)$");
    Pattern TAG = Pattern.compile("^\\[(/?)([A-Z]+)]\\s*(.*)$");
    Pattern BULLET = Pattern.compile("^[-*•]\\s+(.+)$");

    /** {@code text} read as {@code Key: Value}, whatever kind the line was given; null when it is not one. */
    static KeyValue keyValue(int no, String text) {
        Matcher kv = KEY_VALUE.matcher(text);
        return kv.matches() ? new KeyValue(no, text, kv.group(1).trim(), kv.group(2).trim()) : null;
    }

    /** The lines of {@code file} from index {@code from} on, each given the kind it has on its own. */
    static List<Line> tokenize(TextFile file, int from) {
        List<Line> out = new ArrayList<>(Math.max(0, file.lines().size() - from));
        for (int i = from; i < file.lines().size(); i++) {
            out.add(read(i + 1, TextFile.clean(file.lines().get(i))));
        }
        return out;
    }

    /** The kind of one cleaned line. */
    static Line read(int no, String text) {
        if (text.length() > 2 && text.startsWith("*") && text.endsWith("*") && !text.startsWith("**")) {
            return new Italic(no, text);
        }
        return readPlain(no, text);
    }

    /** The kind of one cleaned line that is not read as italic (an italic line away from a rule is ordinary text). */
    static Line readPlain(int no, String text) {
        if (text.isEmpty()) {
            return new Blank(no, text);
        }
        if (text.equals("---")) {
            return new Rule(no, text);
        }
        Matcher tag = TAG.matcher(text);
        if (tag.matches()) {
            return new Tag(no, text, tag.group(1).equals("/"), tag.group(2), tag.group(3));
        }
        if (text.startsWith("#")) {
            int level = 0;
            while (level < text.length() && text.charAt(level) == '#') {
                level++;
            }
            return new Heading(no, text, level, text.substring(level).trim());
        }
        Matcher bullet = BULLET.matcher(text);
        if (bullet.matches() && !text.startsWith("**")) {
            return new Bullet(no, text, bullet.group(1));
        }
        Matcher entry = ENTRY.matcher(text);
        if (entry.matches()) {
            return new EntryHead(no, text, entry.group(1).trim(), entry.group(2), entry.group(3), entry.group(4));
        }
        KeyValue kv = keyValue(no, text);
        return kv != null ? kv : new Prose(no, text);
    }
}
