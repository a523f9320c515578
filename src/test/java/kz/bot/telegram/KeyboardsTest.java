package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Choice;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

class KeyboardsTest {

    private final Keyboards keyboards = new Keyboards(new CallbackData());

    @Test
    void noChoicesNoKeyboard() {
        assertTrue(keyboards.of(List.of()).isEmpty());
    }

    @Test
    void shortLabelsGoThreeToARowAndALongListPagesThirtyAtATime() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            choices.add(new Choice("City " + i, "/city City " + i));
        }
        assertEquals(2, Keyboards.pages(choices, 30));
        List<Choice> first = Keyboards.page(choices, 1, 30);
        List<Choice> second = Keyboards.page(choices, 2, 30);
        assertEquals(30, first.size());
        assertEquals(List.of("City 30", "City 39"), List.of(second.get(0).label(), second.get(9).label()));
        assertEquals(second, Keyboards.page(choices, 7, 30), "a page beyond the last shows the last");
        List<InlineKeyboardRow> rows = keyboards.rows(first);
        assertEquals(10, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.size() == 3));
        InlineKeyboardButton last = rows.get(9).get(2);
        assertEquals("City 29", last.getText());
        assertEquals("c:City 29", last.getCallbackData());
        assertEquals(List.of(3, 3, 3, 1), keyboards.rows(second).stream().map(InlineKeyboardRow::size).toList());
    }

    @Test
    void aQuestionHasARowOfItsOwnAndItsDataSaysWhichExample() {
        List<InlineKeyboardRow> rows = keyboards.rows(List.of(new Choice("Almaty", "/city Almaty"),
                new Choice("What is the capital of Kazakhstan?", "What is the capital of Kazakhstan?"),
                new Choice("Astana", "/city Astana")));
        assertEquals(List.of(1, 1, 1), rows.stream().map(InlineKeyboardRow::size).toList());
        assertEquals("e:en0", rows.get(1).get(0).getCallbackData());
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
