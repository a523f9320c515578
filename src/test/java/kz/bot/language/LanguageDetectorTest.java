package kz.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void scriptAndCommonWordsTellTheLanguage() {
        assertEquals(Language.EN, LanguageDetector.detect("What is the capital?", Language.EN));
        assertEquals(Language.RU, LanguageDetector.detect("Какая столица Казахстана?", Language.EN));
        assertEquals(Language.KK, LanguageDetector.detect("Қазақстанның астанасы қандай?", Language.EN));
        assertEquals(Language.KK, LanguageDetector.detect("Атырау немен танымал?", Language.EN));
        assertEquals(Language.KK, LanguageDetector.detect("Алматынын халкы канша", Language.EN));
        assertEquals(Language.RU, LanguageDetector.detect("Население Қарағанды", Language.EN),
                "a Kazakh name in a Russian question");
    }

    @Test
    void withoutLettersTheFallbackDecides() {
        assertEquals(Language.KK, LanguageDetector.detect("🙂 2024", Language.KK));
        assertEquals(Language.RU, LanguageDetector.detect("Almaty", Language.RU), "one Latin name keeps the user's");
    }

    @Test
    void telegramLanguageCodesAreRead() {
        assertEquals(Optional.of(Language.KK), Language.fromCode("kk-KZ"));
        assertEquals(Optional.of(Language.RU), Language.fromCode("ru"));
        assertEquals(Optional.empty(), Language.fromCode("de"));
        assertEquals(Optional.empty(), Language.fromCode(null));
    }
}
