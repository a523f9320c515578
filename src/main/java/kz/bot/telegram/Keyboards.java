package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.bot.answer.Choice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline keyboards: an answer's choices laid out short labels three to a row, longer ones two, a question alone on
 * its row, a page of them at a
 * time (a long list pages with "More" instead of stopping at a limit), and the rows of extra buttons below.
 */
final class Keyboards {

    static final int MAX_LABEL = 40;
    private static final int SHORT_LABEL = 12;
    /** A label longer than this (a question) has a row of its own: two would be cut short on a phone. */
    private static final int LONG_LABEL = 24;

    private final CallbackData callbackData;

    Keyboards(CallbackData callbackData) {
        this.callbackData = callbackData;
    }

    /** How many pages {@code choices} take at {@code perPage} buttons a page (0 when there are none). */
    static int pages(List<Choice> choices, int perPage) {
        return (choices.size() + perPage - 1) / perPage;
    }

    /** Page {@code page} (from 1) of {@code choices}; the last page when there are fewer. */
    static List<Choice> page(List<Choice> choices, int page, int perPage) {
        int pages = pages(choices, perPage);
        if (pages == 0) {
            return List.of();
        }
        int p = Math.min(page, pages);
        return choices.subList((p - 1) * perPage, Math.min(choices.size(), p * perPage));
    }

    /** The rows of buttons for {@code choices}, each asking its command or question. */
    List<InlineKeyboardRow> rows(List<Choice> choices) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (choices.isEmpty()) {
            return rows;
        }
        boolean allShort = choices.stream().allMatch(c -> c.label().length() <= SHORT_LABEL);
        int perRow = allShort ? 3 : 2;
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Choice choice : choices) {
            boolean alone = choice.label().length() > LONG_LABEL;
            if (row.size() == perRow || alone && !row.isEmpty()) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(button(choice.label(), callbackData.encode(choice.command())));
            if (alone) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** The keyboard for {@code choices} all at once; empty when there are none. */
    Optional<InlineKeyboardMarkup> of(List<Choice> choices) {
        return markup(rows(choices));
    }

    /** A button with callback data. */
    static InlineKeyboardButton button(String label, String data) {
        return InlineKeyboardButton.builder().text(label(label)).callbackData(data).build();
    }

    /** A button that opens inline mode in a chat the user picks, with an empty query. */
    static InlineKeyboardButton switchInline(String label) {
        return InlineKeyboardButton.builder().text(label(label)).switchInlineQuery("").build();
    }

    /** The keyboard of {@code rows} (empty rows left out); empty when there is no button. */
    static Optional<InlineKeyboardMarkup> markup(List<InlineKeyboardRow> rows) {
        List<InlineKeyboardRow> kept = rows.stream().filter(r -> !r.isEmpty()).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(InlineKeyboardMarkup.builder().keyboard(kept).build());
    }

    private static String label(String label) {
        String l = label.isBlank() ? "?" : label.strip();
        return l.length() <= MAX_LABEL ? l : l.substring(0, MAX_LABEL - 1) + "…";
    }
}
