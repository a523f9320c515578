package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.Choice;
import kz.bot.answer.Outline;
import kz.bot.language.Language;
import kz.bot.map.LocatorMap;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** What one message of an answer shows, for answers about no place (so no knowledge base is needed). */
class ScreensTest {

    private final CallbackData data = new CallbackData();
    private final ChatMemory memory = new ChatMemory(ChatSettings.defaults(), Clock.systemUTC());
    private final Screens screens = new Screens(new Keyboards(data), data, memory,
            new Maps(null, LocatorMap.of(Outline.shipped()), 1, Clock.systemUTC()), ChatSettings.defaults());

    private static Answer longAnswer(Language language) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            lines.add("Line " + i + " of a long passage answer that no command gives again.");
        }
        return new Answer.PassageAnswer("", String.join("\n", lines), List.of("Notes, 2026"), List.of(), language);
    }

    private static List<InlineKeyboardButton> lastRow(Screen screen) {
        List<InlineKeyboardRow> rows = screen.keyboard().orElseThrow().getKeyboard();
        return rows.get(rows.size() - 1);
    }

    @Test
    void anAnswerNoCommandGivesAgainIsKeptAndItsPagesFindItByOneToken() {
        View view = View.of(longAnswer(Language.RU), "", Set.of(Extra.MAP));
        Screen first = screens.of(view);
        assertTrue(first.pages() >= 3, first.pages() + " pages");
        assertTrue(first.html().startsWith("(1/" + first.pages() + ")\nLine 0 "), first.html());
        InlineKeyboardButton more = lastRow(first).get(0);
        assertEquals("Ещё ▸", more.getText());
        assertTrue(more.getCallbackData().startsWith("p:2:rum:k:"), more.getCallbackData());
        Press.Page press = (Press.Page) data.decode(more.getCallbackData()).orElseThrow();
        View kept = memory.kept(press.token()).orElseThrow().keptAs(press.token());
        assertEquals(view.answer(), kept.answer());
        Screen second = screens.of(kept.atPage(press.page()));
        assertTrue(second.html().startsWith("(2/"), second.html());
        List<InlineKeyboardButton> nav = lastRow(second);
        assertEquals(List.of("◂ Назад", "Ещё ▸"), nav.stream().map(InlineKeyboardButton::getText).toList());
        assertEquals("p:1:rum:k:" + press.token(), nav.get(0).getCallbackData(), "the same token, not a new one");
        Screen last = screens.of(kept.atPage(99));
        assertTrue(last.html().endsWith("<i>Источник: Notes, 2026</i>"), "the last page carries the source");
        assertEquals(List.of("◂ Назад"), lastRow(last).stream().map(InlineKeyboardButton::getText).toList());
    }

    @Test
    void aShortAnswerIsOnePageWithItsChoicesAndTryMeInAnyChat() {
        Answer welcome = new Answer.Reply("", "Hello", List.of(), List.of(new Choice("All cities", "/cities")),
                Language.EN);
        Screen screen = screens.of(View.of(welcome, "/start", Set.of(Extra.TRY_INLINE)));
        assertEquals(1, screen.pages());
        assertEquals("Hello", screen.html());
        List<InlineKeyboardRow> rows = screen.keyboard().orElseThrow().getKeyboard();
        assertEquals("x:cities", rows.get(0).get(0).getCallbackData());
        assertEquals("Try me in any chat", rows.get(1).get(0).getText());
        assertEquals("", rows.get(1).get(0).getSwitchInlineQuery());
        assertEquals(Optional.empty(), screens.of(View.of(new Answer.Reply("", "Hi", List.of(), List.of(),
                Language.KK), "", Set.of(Extra.MAP, Extra.NEARBY))).keyboard(), "no place, no buttons");
    }
}
