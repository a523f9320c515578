package kz.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LookalikesTest {

    @Test
    void aLatinLetterInACyrillicWordBecomesItsCyrillicTwin() {
        assertEquals("Какая столица Казахстана", Lookalikes.unmix("Kакая столица Kазахстана"));
        assertEquals("население Алматы?", Lookalikes.unmix("нaселение Aлматы?"));
    }

    @Test
    void aCyrillicLetterInALatinWordBecomesItsLatinTwin() {
        assertEquals("capital of Kazakhstan", Lookalikes.unmix("cаpital of Kazakhstan")); // Cyrillic а
    }

    @Test
    void wordsInOneScriptAndOddLettersWithoutATwinAreLeftAlone() {
        String text = "Almaty и Астана, 2026";
        assertSame(text, Lookalikes.unmix(text));
        assertEquals("Qазақ", Lookalikes.unmix("Qазақ")); // Q has no Cyrillic twin
    }
}
