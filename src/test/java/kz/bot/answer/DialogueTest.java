package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** What a conversation remembers from one answer to the next. */
class DialogueTest {

    private static Answer about(long place, String attribute) {
        return new Answer.Reply("", "…", List.of(), List.of(), Language.EN, new Topic(place, attribute));
    }

    @Test
    void theConversationRemembersThePlaceBeforeTheLastOne() {
        Dialogue d = Dialogue.START.after(about(7, "population"));
        assertEquals(-1, d.topic().previous());
        d = d.after(about(9, "population"));
        assertEquals(9, d.topic().entity());
        assertEquals(7, d.topic().previous());
        d = d.after(about(9, "area"));
        assertEquals(7, d.topic().previous(), "another question about the same place keeps the one before");
        d = d.after(new Answer.Chat("thanks!", List.of(), Language.EN));
        assertEquals(new Topic(9, "area", -1, 7), d.topic(), "small talk forgets nothing");
        d = d.after(new Answer.Reply("", "…", List.of(), List.of(), Language.EN,
                new Topic(3, "population").listing(List.of(3L, 4L, 5L))));
        d = d.after(about(5, "population"));
        assertEquals(List.of(3L, 4L, 5L), d.topic().listed(), "the last list stays until another is shown");
    }
}
