package kz.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileTest {

    @Test
    void invalidUtf8IsReportedOnItsLine() {
        byte[] bytes = "line one\nline two\nbad \u0000".getBytes(StandardCharsets.UTF_8);
        assertEquals(new Problem("f.txt", 3, "binary file (NUL byte), not UTF-8 text"),
                TextFile.decode("f.txt", bytes).problem());
        byte[] latin1 = {'o', 'k', '\n', (byte) 0xE9, 't', 'e'};
        assertEquals(new Problem("f.txt", 2, "not valid UTF-8 text"), TextFile.decode("f.txt", latin1).problem());
    }

    @Test
    void badBytesAreReportedOnTheirLineWhateverTheLineEnds() {
        // found by KnowledgeParserFuzzTest: only LF was counted, so with CR line ends every problem was on line 1
        byte[] crOnly = "one\rtwo\rbad \u0000".getBytes(StandardCharsets.UTF_8);
        assertEquals(new Problem("f.txt", 3, "binary file (NUL byte), not UTF-8 text"),
                TextFile.decode("f.txt", crOnly).problem());
        byte[] mixed = {'a', '\r', '\n', 'b', '\r', 'c', '\n', '\r', '\n', (byte) 0xE9};
        assertEquals(new Problem("f.txt", 5, "not valid UTF-8 text"), TextFile.decode("f.txt", mixed).problem());
        assertEquals(5, TextFile.decode("f.txt", new byte[] {'a', '\r', '\n', 'b', '\r', 'c', '\n', '\r', '\n', 'd'})
                .file().lines().size(), "the same file, decodable, has the same five lines");
    }

    @Test
    void byteOrderMarkAndCarriageReturnsAreRead() {
        TextFile.Result r = TextFile.decode("f.txt", "\uFEFFa\r\nb".getBytes(StandardCharsets.UTF_8));
        assertNull(r.problem());
        assertEquals(java.util.List.of("a", "b"), r.file().lines());
    }

    @Test
    void cleanFoldsOddSpacesAndDropsInvisibleCharacters() {
        assertEquals("a b c", TextFile.clean(" a\u00A0\u00A0b\u200B \tc "));
    }
}
