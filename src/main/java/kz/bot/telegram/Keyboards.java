package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.bot.answer.Choice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Turns an answer's choices into an inline keyboard: short labels three to a row, longer ones two. */
final class Keyboards {

    /** More buttons than this stop being a menu; the message text lists everything anyway. */
    static final int MAX_BUTTONS = 30;
    static final int MAX_LABEL = 40;
    private static final int SHORT_LABEL = 12;

    private final CallbackData callbackData;

    Keyboards(CallbackData callbackData) {
        this.callbackData = callbackData;
    }

    /** The keyboard for {@code choices}; empty when there are none. */
    Optional<InlineKeyboardMarkup> of(List<Choice> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> shown = choices.size() > MAX_BUTTONS ? choices.subList(0, MAX_BUTTONS) : choices;
        boolean allShort = shown.stream().allMatch(c -> c.label().length() <= SHORT_LABEL);
        int perRow = allShort ? 3 : 2;
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Choice choice : shown) {
            if (row.size() == perRow) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(InlineKeyboardButton.builder().text(label(choice.label()))
                    .callbackData(callbackData.encode(choice.command())).build());
        }
        rows.add(row);
        return Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
    }

    private static String label(String label) {
        String l = label.isBlank() ? "?" : label.strip();
        return l.length() <= MAX_LABEL ? l : l.substring(0, MAX_LABEL - 1) + "…";
    }
}
