package kz.bot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Damages knowledge files the way editors, uploads and disks do: lines cut, duplicated, shuffled or deleted, files
 * truncated, random bytes, invalid UTF-8, NULs, odd line endings and invisible characters, stray or half-written
 * tags. Works on bytes, not text, so that a mutation can break the encoding as well as the markup. Every choice comes
 * from the {@link Random} it is given: the same seed gives the same mutant.
 */
public final class Mutator {

    /** Lines that mean something to one of the two parsers, whole or broken. */
    private static final List<String> TAG_LINES = List.of(
            "[FACTBOX]", "[/FACTBOX]", "[TABLE]", "[/TABLE]", "[SECTION] Title [/SECTION]", "[SECTION]",
            "[/SECTION]", "[SECTION][/SECTION]", "[CALLOUT]", "[CALLOUT] note [/CALLOUT]", "[/CALLOUT]", "[UNKNOWN]",
            "[/X]", "[]", "[FACTBOX", "FACTBOX]", "[[TABLE]]", "---", "--- ", "----", "***", "**", "** **", "****",
            "**X** (", "**X** ()", "**X** (,2024)", "**X** (1.2M, 2024", "**Y** (9999999999999999999999M)",
            "**Z** (1,2,3,4,5)", "| Region |", "| City | A |", "| --- |", "|", "||", "| |", "| a | b | c | d |",
            "Key:", ":", "Key: Value", "title:", "date: \"2025-02-30\"", "date: 99999-01-01", "entity:",
            "Population: 1.2M", "- ", "-", "- bullet", "* x *", "# ", "## ", "By X February 30, 2025",
            "By Eurasianet February 11, 2025", "By  ,  March 1, 2024.", "Source:", "Source: x", "\t", " ",
            "\u00A0", "\u200B", "\uFEFF---", "\u202Eevil", "🙂🙂", "Алматы: Алматы");
    /** Byte sequences that are not UTF-8: a lone continuation, truncated, overlong, surrogate, beyond U+10FFFF. */
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xE9}};
    private static final String[] INVISIBLE = {"\u200B", "\u200F", "\u202E", "\uFEFF", "\u00A0", "\u2028", "\u0085",
            "\u0007", "\u001B[31m", "\t", "🙂", "\uD83C\uDDF0\uD83C\uDDFF"};

    private static final List<Path> BASE_DIRS =
            List.of(Path.of("knowledge"), Path.of("src/test/resources/knowledge/good"));

    private final Random random;

    public Mutator(Random random) {
        this.random = random;
    }

    /** The documents of both formats that mutants are made from (the synonyms file is not a document). */
    public static List<byte[]> bases() {
        List<byte[]> bases = new ArrayList<>();
        for (Path dir : BASE_DIRS) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".txt") && !name.equals(KnowledgeLoader.SYNONYMS)) {
                        bases.add(Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bases;
    }

    /** One to four mutations of {@code base}; {@code other} is spliced in by some of them. */
    public byte[] mutate(byte[] base, byte[] other) {
        byte[] bytes = base;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes, other);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes, byte[] other) {
        return switch (random.nextInt(17)) {
            case 0 -> deleteLines(bytes);
            case 1 -> duplicateLines(bytes);
            case 2 -> shuffleLines(bytes);
            case 3 -> truncate(bytes);
            case 4 -> cutRange(bytes);
            case 5 -> insert(bytes, randomBytes(1 + random.nextInt(16)));
            case 6 -> flipBytes(bytes);
            case 7 -> insert(bytes, new byte[] {0});
            case 8 -> insert(bytes, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
            case 9 -> insertLine(bytes, pick(TAG_LINES));
            case 10 -> replaceLine(bytes, pick(TAG_LINES));
            case 11 -> lineEndings(bytes);
            case 12 -> insert(bytes, utf8(INVISIBLE[random.nextInt(INVISIBLE.length)]));
            case 13 -> replaceLine(bytes, random.nextBoolean() ? "" : "   ");
            case 14 -> splice(bytes, other);
            case 15 -> insertLine(bytes, longLine());
            default -> duplicateTagBlock(bytes);
        };
    }

    private byte[] deleteLines(byte[] bytes) {
        List<byte[]> lines = lines(bytes);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 3));
        lines.subList(from, to).clear();
        return join(lines);
    }

    private byte[] duplicateLines(byte[] bytes) {
        List<byte[]> lines = lines(bytes);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(5));
        List<byte[]> copy = new ArrayList<>(lines.subList(from, to));
        lines.addAll(random.nextInt(lines.size() + 1), copy);
        return join(lines);
    }

    private byte[] shuffleLines(byte[] bytes) {
        List<byte[]> lines = lines(bytes);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 2 + random.nextInt(random.nextInt(8) == 0 ? lines.size() : 10));
        Collections.shuffle(lines.subList(from, to), random);
        return join(lines);
    }

    private byte[] truncate(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        byte[] out = new byte[at];
        System.arraycopy(bytes, 0, out, 0, at);
        return out;
    }

    private byte[] cutRange(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private byte[] insert(byte[] bytes, byte[] piece) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + piece.length);
        out.write(bytes, 0, at);
        out.write(piece, 0, piece.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private byte[] flipBytes(byte[] bytes) {
        byte[] out = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] insertLine(byte[] bytes, String line) {
        List<byte[]> lines = lines(bytes);
        lines.add(random.nextInt(lines.size() + 1), utf8(line));
        return join(lines);
    }

    private byte[] replaceLine(byte[] bytes, String line) {
        List<byte[]> lines = lines(bytes);
        lines.set(random.nextInt(lines.size()), utf8(line));
        return join(lines);
    }

    /** All line ends become CR LF, CR alone, or a mix: files from other systems. */
    private byte[] lineEndings(byte[] bytes) {
        int style = random.nextInt(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
        for (byte b : bytes) {
            if (b != '\n') {
                out.write(b);
            } else if (style == 0 || style == 2 && random.nextBoolean()) {
                out.write('\r');
                out.write('\n');
            } else {
                out.write('\r');
            }
        }
        return out.toByteArray();
    }

    /** The head of one file and the tail of another: a copy interrupted and resumed from the wrong file. */
    private byte[] splice(byte[] bytes, byte[] other) {
        int head = random.nextInt(bytes.length + 1);
        int tail = random.nextInt(other.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head + other.length - tail);
        out.write(bytes, 0, head);
        out.write(other, tail, other.length - tail);
        return out.toByteArray();
    }

    private String longLine() {
        String unit = pick(List.of("a", "| ", "**", "[", "Key: ", "1,000 ", "Алматы ", "🙂", "-"));
        return unit.repeat(1000 + random.nextInt(20_000));
    }

    /** A block opened twice or nested in itself: "[TABLE] … [TABLE] … [/TABLE]". */
    private byte[] duplicateTagBlock(byte[] bytes) {
        List<byte[]> lines = lines(bytes);
        for (int tries = 0; tries < 20; tries++) {
            int i = random.nextInt(lines.size());
            String line = new String(lines.get(i), StandardCharsets.UTF_8).trim();
            if (line.startsWith("[")) {
                lines.add(Math.min(lines.size(), i + 1 + random.nextInt(3)), lines.get(i));
                return join(lines);
            }
        }
        return insertLine(bytes, pick(TAG_LINES));
    }

    private byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Splits at LF only; a CR stays part of its line, so mixed endings survive line mutations. */
    static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] line = new byte[i - start];
                System.arraycopy(bytes, start, line, 0, line.length);
                lines.add(line);
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            out.write(lines.get(i), 0, lines.get(i).length);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
