package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final int LIMIT = MessageSplitter.TELEGRAM_LIMIT;

    /** Paragraphs of about 300 characters each, containing characters that grow when escaped. */
    private static List<Line> paragraphs(int count) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Line.Style.BOLD, "Sources & <notes>"));
        for (int i = 0; i < count; i++) {
            lines.add(Line.plain("Paragraph " + i + ": " + "Almaty & Astana <cities> ".repeat(11)));
            lines.add(Line.plain("second line of paragraph " + i));
            lines.add(Line.blank());
        }
        lines.add(new Line(Line.Style.ITALIC, "Source: Cities of Kazakhstan, 2026-11-23"));
        return lines;
    }

    @Test
    void aShortMessageStaysWhole() {
        List<String> parts = MessageSplitter.split(List.of(new Line(Line.Style.BOLD, "Title"),
                Line.plain("a < b"), Line.blank(), new Line(Line.Style.ITALIC, "Source: X")), LIMIT);
        assertEquals(List.of("<b>Title</b>\na &lt; b\n\n<i>Source: X</i>"), parts);
    }

    @Test
    void aFiveThousandCharacterAnswerIsSplitBetweenParagraphsWithNothingLost() {
        List<Line> lines = paragraphs(17);
        String whole = String.join("\n", lines.stream().map(Line::html).toList());
        assertTrue(whole.length() > 5000, "the input is " + whole.length() + " characters");
        List<String> parts = MessageSplitter.split(lines, LIMIT);
        assertEquals(2, parts.size());
        for (String part : parts) {
            assertTrue(part.length() <= LIMIT, "part of " + part.length());
            assertNull(FakeBotApi.htmlProblem(part), part);
            assertTrue(part.startsWith("<b>") || part.startsWith("Paragraph "), "starts a paragraph: " + part);
        }
        assertTrue(parts.get(0).matches("(?s).*second line of paragraph \\d+"), "ends a paragraph");
        // rejoined at the paragraph break, the parts are the message
        assertEquals(whole.replace("\n\n", "\n").replaceAll("\n+$", ""),
                String.join("\n", parts).replace("\n\n", "\n"));
    }

    @Test
    void aParagraphLongerThanAMessageIsSplitBetweenLines() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(Line.plain(i + ". " + "x".repeat(60)));
        }
        List<String> parts = MessageSplitter.split(lines, LIMIT);
        assertEquals(2, parts.size());
        assertTrue(parts.get(1).startsWith("63. "), parts.get(1).substring(0, 10));
        assertTrue(parts.stream().allMatch(p -> p.length() <= LIMIT));
    }

    @Test
    void anOverlongLineIsCutBetweenWordsAndEachPieceKeepsItsTags() {
        String words = "Kazakhstan & Kyrgyzstan <border> ".repeat(200).strip();
        List<String> parts = MessageSplitter.split(List.of(new Line(Line.Style.ITALIC, words)), 1000);
        assertTrue(parts.size() >= 7, "parts: " + parts.size());
        for (String part : parts) {
            assertTrue(part.length() <= 1000);
            assertTrue(part.startsWith("<i>Kazakhstan") || part.startsWith("<i>&amp;")
                    || part.startsWith("<i>Kyrgyzstan") || part.startsWith("<i>&lt;border"), part);
            assertTrue(part.endsWith("</i>"));
            assertNull(FakeBotApi.htmlProblem(part), part);
        }
        String rejoined = String.join(" ", parts.stream().map(FakeBotApi::plain).toList());
        assertEquals(words, rejoined);
    }

    @Test
    void aWordLongerThanAMessageIsCutButNeverInsideAnEntityOrACharacter() {
        String word = "&😀".repeat(600);
        List<String> parts = MessageSplitter.split(List.of(Line.plain(word)), 100);
        for (String part : parts) {
            assertTrue(part.length() <= 100);
            assertNull(FakeBotApi.htmlProblem(part), part);
            assertTrue(!Character.isHighSurrogate(part.charAt(part.length() - 1)), "no half emoji");
        }
        assertEquals(word, String.join("", parts.stream().map(FakeBotApi::plain).toList()));
    }

    @Test
    void blankLinesAloneGiveNoMessage() {
        assertEquals(List.of(), MessageSplitter.split(List.of(Line.blank(), Line.blank()), LIMIT));
        assertThrows(IllegalArgumentException.class, () -> MessageSplitter.split(List.of(), 3));
    }
}
