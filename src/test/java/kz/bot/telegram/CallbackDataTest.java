package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

    private final CallbackData data = new CallbackData();

    @Test
    void citiesAndRegionsAreWrittenCompactlyAndReadBack() {
        assertEquals("c:Almaty", data.encode("/city Almaty"));
        assertEquals("r:North Kazakhstan", data.encode("/region North Kazakhstan"));
        assertEquals("x:search oil", data.encode("/search oil"));
        assertEquals(Optional.of("/city Almaty"), data.decode("c:Almaty"));
        assertEquals(Optional.of("/region North Kazakhstan"), data.decode("r:North Kazakhstan"));
        assertEquals(Optional.of("/search oil"), data.decode("x:search oil"));
    }

    @Test
    void aCommandTooLongFor64BytesGetsATokenThatReadsBack() {
        String command = "/city " + "Қызылорда облысының әкімшілік орталығы";
        assertTrue(("c:" + command.substring(6)).getBytes(StandardCharsets.UTF_8).length > 64);
        String encoded = data.encode(command);
        assertTrue(encoded.startsWith("t:"), encoded);
        assertTrue(encoded.getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES);
        assertEquals(Optional.of(command), data.decode(encoded));
        assertEquals(Optional.empty(), new CallbackData().decode(encoded), "another process does not know it");
    }

    @Test
    void dataThatIsNotOursDecodesToNothing() {
        assertEquals(Optional.empty(), data.decode(null));
        assertEquals(Optional.empty(), data.decode(""));
        assertEquals(Optional.empty(), data.decode("hello"));
        assertEquals(Optional.empty(), data.decode("z:Almaty"));
        assertEquals(Optional.empty(), data.decode("x:не команда"));
    }
}
