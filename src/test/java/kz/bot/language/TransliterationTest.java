package kz.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void latinSpellingsAreReadAsCyrillic() {
        assertEquals("алматы", Transliteration.latinToCyrillic("almaty"));
        assertEquals("шымкент", Transliteration.latinToCyrillic("shymkent"));
        assertEquals("жетису", Transliteration.latinToCyrillic("jetisu"));
        assertEquals("костанай", Transliteration.latinToCyrillic("kostanay"));
        assertEquals("целиноград", Transliteration.latinToCyrillic("tselinograd"));
        assertEquals("караганды", Transliteration.latinToCyrillic("qaragandy"));
        assertEquals("конаев", Transliteration.latinToCyrillic("konayev"));
        assertEquals("оскемен", Transliteration.latinToCyrillic("öskemen"));
    }

    @Test
    void aPlainWordIsLowerCaseFoldedCyrillicWhicheverAlphabetItWasTypedIn() {
        assertEquals(Transliteration.plain("Bektenov"), Transliteration.plain("Бектенов"));
        assertEquals("кесенеси", Transliteration.plain("Кесенесі"));
        assertEquals("кесенеси", Transliteration.plain("kesenesi"));
    }

    @Test
    void kazakhLettersFoldIntoTheirRussianNeighbours() {
        assertEquals("караганды", Transliteration.foldCyrillic("қарағанды"));
        assertEquals("туркистан", Transliteration.foldCyrillic("түркістан"));
        assertEquals("уралск", Transliteration.foldCyrillic("уральск"));
    }

    @Test
    void kazakhFoldingWritesEForBothEs() {
        // Kazakh loanwords keep э («экспорт», «экономика»); typed in Latin they arrive with е ("eksport" → «експорт»)
        assertEquals("експорттаиды", Transliteration.foldKazakh("экспорттайды"));
        assertEquals(Transliteration.foldKazakh("экономика"), Transliteration.foldKazakh("економика"));
    }
}
