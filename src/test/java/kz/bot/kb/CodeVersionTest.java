package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeVersionTest {

    @Test
    void theVersionIsTheFormatAndTheStampMavenWroteAtBuildTime() {
        String v = CodeVersion.current();
        assertTrue(v.matches("kb-format-2:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), v);
        assertEquals(v, CodeVersion.current(), "the same code gives the same version: builds are reused");
    }
}
