package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Choice;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

class KeyboardsTest {

    private final Keyboards keyboards = new Keyboards(new CallbackData());

    @Test
    void noChoicesNoKeyboard() {
        assertTrue(keyboards.of(List.of()).isEmpty());
    }

    @Test
    void shortLabelsGoThreeToARowAndAtMostThirtyButtons() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            choices.add(new Choice("City " + i, "/city City " + i));
        }
        InlineKeyboardMarkup markup = keyboards.of(choices).orElseThrow();
        List<InlineKeyboardRow> rows = markup.getKeyboard();
        assertEquals(10, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.size() == 3));
        InlineKeyboardButton last = rows.get(9).get(2);
        assertEquals("City 29", last.getText());
        assertEquals("c:City 29", last.getCallbackData());
    }

    @Test
    void longLabelsGoTwoToARowAndAreShortened() {
        List<Choice> choices = List.of(new Choice("North Kazakhstan", "/region North Kazakhstan"),
                new Choice("West Kazakhstan", "/region West Kazakhstan"),
                new Choice("X".repeat(60), "/region Somewhere"));
        List<InlineKeyboardRow> rows = keyboards.of(choices).orElseThrow().getKeyboard();
        assertEquals(List.of(2, 1), rows.stream().map(InlineKeyboardRow::size).toList());
        assertEquals("X".repeat(Keyboards.MAX_LABEL - 1) + "…", rows.get(1).get(0).getText());
        assertEquals("r:North Kazakhstan", rows.get(0).get(0).getCallbackData());
    }
}
