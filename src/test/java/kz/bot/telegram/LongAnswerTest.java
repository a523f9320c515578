package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer over 4096 characters, end to end: /sources of a knowledge base with many long source descriptions. */
class LongAnswerTest {

    @TempDir
    Path dir;

    @Test
    void sourcesLongerThanAMessageArriveInOrderedPartsEachValidHtml() throws IOException {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(knowledge.resolve("extra-" + i + ".txt"), """
                    ---
                    title: "Extra notes %1$d"
                    entity: "Kazakhstan"
                    iso_code: "KZ"
                    continent: "asia"
                    angle: "notes"
                    date: "2026-11-0%1$d"
                    source: "Field notes & <sketches> number %1$d, %2$s"
                    covers: "%3$s"
                    ---

                    [SECTION] Notes [/SECTION]
                    The steppe around the lake number %1$d is wide and quiet in the autumn.
                    """.formatted(i, "where these notes come from, told at length. ".repeat(6),
                    "steppe, lakes, rivers, mountains and towns of the region. ".repeat(6)), StandardCharsets.UTF_8);
        }
        try (TestBot bot = TestBot.start(knowledge, dir.resolve("data"), Optional.empty(), UnaryOperator.identity())) {
            Answer sources = bot.library.answer(Question.of("/sources"));
            assertTrue(sources.text().length() > 5000, "the answer is " + sources.text().length() + " characters");
            bot.api.feed("private-text.json", u -> u.withObjectProperty("message").put("text", "/sources"));
            List<FakeBotApi.Request> parts = bot.api.awaitMessages(TestBot.USER_ID, 2);
            // a question after it: once answered, every part of /sources has been sent
            bot.api.feed("private-text.json", u -> u.withObjectProperty("message").put("text", "/city Aktau"));
            List<FakeBotApi.Request> all = bot.api.awaitMessages(TestBot.USER_ID, 3);
            assertTrue(all.get(all.size() - 1).text().startsWith("<b>Aktau — city</b>"));
            parts = all.subList(0, all.size() - 1);
            assertEquals(2, parts.size());
            StringBuilder seen = new StringBuilder();
            for (FakeBotApi.Request part : parts) {
                assertTrue(part.text().length() <= 4096, "part of " + part.text().length());
                assertNull(FakeBotApi.htmlProblem(part.text()), part.text());
                seen.append(FakeBotApi.plain(part.text())).append('\n');
            }
            assertTrue(parts.get(0).text().startsWith("<b>Documents I answer from (12)</b>\n• "), parts.get(0).text());
            assertTrue(parts.get(1).text().startsWith("• "), "the second part starts at a line: " + parts.get(1).text());
            assertTrue(seen.toString().contains("Field notes & <sketches> number 6"), "escaped, sent, and read back");
            assertEquals(sources.body().lines().count() + 1, seen.toString().lines().count(),
                    "every line of the answer arrived once");
        }
    }
}
