package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class AnswerHtmlTest {

    @Test
    void titleBoldBodyEscapedSourcesItalic() {
        Answer a = new Answer.Reply("Almaty <city>", "Population: 2.2M & growing\n\nKnown for: <apples>",
                List.of("Cities of Kazakhstan, 2026-11-23", "Guide & Co"), List.of(), Language.EN);
        assertEquals(List.of("<b>Almaty &lt;city&gt;</b>\nPopulation: 2.2M &amp; growing\n\nKnown for: &lt;apples&gt;"
                + "\n\n<i>Sources: Cities of Kazakhstan, 2026-11-23; Guide &amp; Co</i>"), Pages.of(a, 1600));
    }

    @Test
    void theSourceLabelIsInTheAnswersLanguage() {
        Answer a = new Answer.FactAnswer("", "Казахстан — Столица: Астана", List.of("Kazakhstan: national basics"),
                List.of(), Language.RU);
        assertEquals("Казахстан — Столица: Астана\n\n<i>Источник: Kazakhstan: national basics</i>",
                AnswerHtml.single(a, 4096));
    }

    @Test
    void aSingleMessageDropsBodyLinesButKeepsTitleAndSource() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("Line ").append(i).append(" of a long card\n");
        }
        Answer a = new Answer.Reply("Almaty — city", body.toString(), List.of("Cities of Kazakhstan"), List.of(),
                Language.EN);
        String html = AnswerHtml.single(a, 1000);
        assertTrue(html.length() <= 1000, "length " + html.length());
        assertTrue(html.startsWith("<b>Almaty — city</b>\nLine 0 of a long card"), html);
        assertTrue(html.endsWith("of a long card\n…\n\n<i>Source: Cities of Kazakhstan</i>"), html);
        assertNull(FakeBotApi.htmlProblem(html));
    }
}
