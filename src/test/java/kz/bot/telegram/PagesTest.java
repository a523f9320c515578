package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static Answer card(int lines, Language language) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            body.add("Fact " + i + ": " + "a value with <angle brackets> & more words ".repeat(2).strip());
        }
        return new Answer.Reply("Almaty — city", String.join("\n", body), List.of("Cities of Kazakhstan, 2026"),
                List.of(), language);
    }

    @Test
    void anAnswerThatFitsIsOnePageWrittenAsBefore() {
        Answer a = card(3, Language.EN);
        List<String> pages = Pages.of(a, 1600);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).startsWith("<b>Almaty — city</b>\nFact 1: a value with &lt;angle brackets&gt; &amp;"),
                pages.get(0));
        assertTrue(pages.get(0).endsWith("\n\n<i>Source: Cities of Kazakhstan, 2026</i>"), pages.get(0));
    }

    @Test
    void aLongAnswerIsCutBetweenLinesIntoTitledNumberedPagesWithTheSourceOnTheLast() {
        Answer a = card(60, Language.RU);
        List<String> pages = Pages.of(a, 1600);
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        int n = pages.size();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String page = pages.get(i);
            assertTrue(page.length() <= 1600, "page " + (i + 1) + ": " + page.length());
            assertNull(FakeBotApi.htmlProblem(page), page);
            assertTrue(page.startsWith("<b>Almaty — city</b> (" + (i + 1) + "/" + n + ")\nFact "), page);
            assertEquals(i == n - 1, page.contains("<i>Источник: Cities of Kazakhstan, 2026</i>"), page);
            all.append(FakeBotApi.plain(page)).append('\n');
        }
        for (int i = 1; i <= 60; i++) {
            assertTrue(all.toString().contains("Fact " + i + ": a value"), "line " + i + " is on a page");
        }
        assertTrue(!all.toString().contains("…"), "nothing is cut short");
    }
}
