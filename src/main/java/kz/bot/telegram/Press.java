package kz.bot.telegram;

import java.util.Set;
import kz.bot.language.Language;

/** What a pressed button asks for, read from its callback data by {@link CallbackData}. */
sealed interface Press {

    /** Ask {@code text}: a command ("/city Almaty") or a question ("How many people live in Almaty?"). */
    record Ask(String text) implements Press {
    }

    /**
     * Show page {@code page} (from 1) of an answer in the message the button is under: the answer to
     * {@code command} asked again in {@code language}, or, when {@code command} is empty, the answer kept under
     * {@code token}.
     */
    record Page(int page, Language language, Set<Extra> extras, String command, String token) implements Press {
        public Page {
            extras = Set.copyOf(extras);
        }
    }

    /** The locator map of entity {@code entity}. */
    record Map(long entity) implements Press {
    }

    /** The cities nearest to entity {@code entity}. */
    record Nearby(long entity) implements Press {
    }
}
