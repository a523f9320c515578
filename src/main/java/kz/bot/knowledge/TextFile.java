package kz.bot.knowledge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a knowledge file once it is known to be UTF-8 text. */
record TextFile(String name, List<String> lines) {

    /**
     * Decodes {@code bytes} as strict UTF-8 and splits them into lines. A NUL byte or an invalid sequence makes the
     * file binary: the problem names the line it stands on.
     */
    static Result decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return new Result(null, new Problem(name, 1, "empty file"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Result(null, new Problem(name, lineAt(bytes, i), "binary file (NUL byte), not UTF-8 text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Result(null, new Problem(name, lineAt(bytes, in.position()), "not valid UTF-8 text"));
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        // blank by the parsers' own measure: zero-width and control characters are not text either
        if (lines.stream().allMatch(line -> clean(line).isEmpty())) {
            return new Result(null, new Problem(name, 1, "empty file"));
        }
        return new Result(new TextFile(name, lines), null);
    }

    /**
     * The 1-based line of the byte at {@code offset}, counting line ends exactly as {@link #decode} splits lines
     * (CR LF, a lone CR, LF): a file saved with old Mac or mixed line ends must get the same line numbers here as
     * everywhere else.
     */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            boolean crBeforeLf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
            if (bytes[i] == '\n' || bytes[i] == '\r' && !crBeforeLf) {
                line++;
            }
        }
        return line;
    }

    /** Either the decoded file or the reason it is not text. */
    record Result(TextFile file, Problem problem) {
    }

    /** Normalises a line of text: non-breaking and odd spaces become plain spaces, runs of spaces collapse, ends trim. */
    static String clean(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                // zero-width and control characters carry no knowledge and would split words invisibly
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
