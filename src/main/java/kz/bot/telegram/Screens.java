package kz.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a view of an answer into what one message shows: the page's HTML, and under it the page's share of the
 * answer's choices, then "Map" and "Nearby" when the answer is about a place the knowledge can locate, then
 * "◂ Back" and "More ▸" when there is more than one page, then "Try me in any chat" — every label in the answer's
 * language.
 */
final class Screens {

    private final Keyboards keyboards;
    private final CallbackData data;
    private final ChatMemory memory;
    private final Maps maps;
    private final ChatSettings settings;

    Screens(Keyboards keyboards, CallbackData data, ChatMemory memory, Maps maps, ChatSettings settings) {
        this.keyboards = keyboards;
        this.data = data;
        this.memory = memory;
        this.maps = maps;
        this.settings = settings;
    }

    /** The message showing {@code view} (a page beyond the last shows the last). */
    Screen of(View view) {
        Answer answer = view.answer();
        Messages say = Messages.get(answer.language());
        List<String> text = Pages.of(answer, settings.pageChars());
        int total = Math.max(1, Math.max(text.size(), Keyboards.pages(answer.choices(), settings.pageButtons())));
        int page = Math.min(view.page(), total);
        List<InlineKeyboardRow> rows = new ArrayList<>(
                keyboards.rows(Keyboards.page(answer.choices(), page, settings.pageButtons())));
        long place = answer.topic().entity();
        if (place >= 0 && maps.position(place).isPresent()) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            if (view.extras().contains(Extra.MAP)) {
                row.add(Keyboards.button(say.say("button_map"), data.map(place)));
            }
            if (view.extras().contains(Extra.NEARBY)) {
                row.add(Keyboards.button(say.say("button_nearby"), data.nearby(place)));
            }
            rows.add(row);
        }
        if (total > 1) {
            rows.add(navigation(view, page, total, say));
        }
        if (view.extras().contains(Extra.TRY_INLINE)) {
            rows.add(new InlineKeyboardRow(Keyboards.switchInline(say.say("button_try_inline"))));
        }
        String title = answer.title().isBlank() ? "" : new Line(Line.Style.BOLD, answer.title().strip()).html();
        return new Screen(text.get(Math.min(page, text.size()) - 1), title, Keyboards.markup(rows), total);
    }

    /** "◂ Back" and "More ▸", each showing the page before or after in the same message. */
    private InlineKeyboardRow navigation(View view, int page, int total, Messages say) {
        String token = view.kept();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (int to : new int[] {page - 1, page + 1}) {
            if (to < 1 || to > total) {
                continue;
            }
            var answer = view.answer();
            String pressed = view.command().isEmpty() ? null
                    : data.page(to, answer.language(), view.extras(), view.command()).orElse(null);
            if (pressed == null) {
                if (token.isEmpty()) {
                    token = memory.keep(view.atPage(1));
                }
                pressed = data.keptPage(to, answer.language(), view.extras(), token);
            }
            row.add(Keyboards.button(say.say(to < page ? "button_back" : "button_more"), pressed));
        }
        return row;
    }
}
