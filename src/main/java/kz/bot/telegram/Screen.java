package kz.bot.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One message as it is shown: its HTML, its buttons, and how many pages the answer it shows has.
 *
 * @param title the answer's title as HTML (a map's caption when the whole answer does not fit one), may be empty
 */
record Screen(String html, String title, Optional<InlineKeyboardMarkup> keyboard, int pages) {

    /** The length Telegram counts: the text without tags, entities read as one character. */
    int visibleLength() {
        return html.replaceAll("<[^>]*>", "").replaceAll("&(lt|gt|amp|quot);", "_").length();
    }
}
