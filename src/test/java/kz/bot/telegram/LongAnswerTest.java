package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer of many pages, end to end: /sources of a knowledge base with many long source descriptions (and markup in
 * them) arrives page by page under "More", every page valid HTML within the page size, every line once.
 */
class LongAnswerTest {

    @TempDir
    Path dir;

    @Test
    void sourcesOfManyPagesArriveThroughMoreEachPageValidHtml() throws IOException {
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
            People people = new People(bot.api);
            people.say(TestBot.USER_ID, "en", "/sources");
            FakeBotApi.Request first = bot.api.awaitMessages(TestBot.USER_ID, 1).get(0);
            List<String> pages = new ArrayList<>(List.of(first.text()));
            FakeBotApi.Request shown = first;
            while (People.labels(shown).get(0).contains("More ▸")) {
                int edits = bot.api.requests("editMessageText").size();
                people.press(TestBot.USER_ID, "en", first, People.button(shown, "More ▸"));
                shown = bot.api.await("editMessageText", edits + 1, r -> true, Duration.ofSeconds(10)).get(edits);
                pages.add(shown.text());
            }
            StringBuilder seen = new StringBuilder();
            for (String page : pages) {
                assertTrue(page.length() <= ChatSettings.defaults().pageChars(), "page of " + page.length());
                assertNull(FakeBotApi.htmlProblem(page), page);
                assertTrue(page.startsWith("<b>Documents I answer from (" + (sources.body().lines().count())
                        + ")</b> ("), page);
                seen.append(FakeBotApi.plain(page.substring(page.indexOf('\n') + 1))).append('\n');
            }
            assertTrue(seen.toString().contains("Field notes & <sketches> number 6"), "escaped, sent, and read back");
            for (String line : sources.body().split("\n")) {
                assertTrue(seen.toString().contains(line.substring(0, Math.min(60, line.length()))), line);
            }
            assertEquals(List.of(), bot.api.refusals());
        }
    }
}
