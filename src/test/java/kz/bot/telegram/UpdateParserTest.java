package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Reading getUpdates answers update by update. */
class UpdateParserTest {

    final UpdateParser parser = new UpdateParser();

    @Test
    void anUnreadableUpdateBecomesABareOneAndTheOthersAreRead() throws Exception {
        String answer = """
                {"ok":true,"result":[
                 {"update_id":1,"message":{"message_id":"abc","date":1,"chat":{"id":1,"type":"private"}}},
                 {"update_id":2,"message":{"message_id":7,"date":1,"chat":{"id":1,"type":"private"},"text":"hi",
                   "a_field_from_the_future":{"x":1}},"another_new_kind":{}},
                 {"no_id":true},
                 {"update_id":3,"message":"not an object"}]}""";
        List<Update> updates = parser.readAll(answer);
        assertEquals(List.of(1, 2, 3), updates.stream().map(Update::getUpdateId).toList());
        assertFalse(updates.get(0).hasMessage(), "bare: only the id");
        assertEquals("hi", updates.get(1).getMessage().getText(), "unknown fields are ignored");
        assertFalse(updates.get(2).hasMessage());
    }

    @Test
    void anAnswerThatIsNotJsonOrNotOkFailsThePollWhichIsRetried() {
        TelegramApiRequestException garbage = assertThrows(TelegramApiRequestException.class,
                () -> parser.readAll("<html>502</html>"));
        assertTrue(garbage.getMessage().startsWith("getUpdates answer is not JSON"), garbage.getMessage());
        TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class,
                () -> parser.readAll("""
                        {"ok":false,"error_code":409,"description":"Conflict"}"""));
        assertEquals("getUpdates failed: 409 Conflict", refused.getMessage());
        assertThrows(TelegramApiRequestException.class, () -> parser.readAll(""));
    }
}
