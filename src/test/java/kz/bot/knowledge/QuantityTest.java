package kz.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void readsTheFormsTheDocumentsUse() {
        assertEquals(1_800_000, Quantity.parse("1.8M").getAsDouble());
        assertEquals(500_000, Quantity.parse("500,000").getAsDouble());
        assertEquals(2_200_000, Quantity.parse("about 2.2 million").getAsDouble());
        assertEquals(1_350_000, Quantity.parse("1,35 млн").getAsDouble());
        assertEquals(2_228_000, Quantity.parse("2 228 000").getAsDouble());
        assertTrue(Quantity.parse("unknown").isEmpty());
    }
}
