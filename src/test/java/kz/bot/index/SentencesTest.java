package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** How a passage is cut into the sentences that are indexed (and may answer) on their own. */
class SentencesTest {

    @Test
    void anAbbreviationsStopEndsNoSentence() {
        assertEquals(List.of("Парламент Казахстана называется Курултай (каз. Құрылтай): это однопалатный парламент.",
                "В нём 145 депутатов."), Sentences.of(
                "Парламент Казахстана называется Курултай (каз. Құрылтай): это однопалатный парламент. "
                        + "В нём 145 депутатов.", Language.RU));
        assertEquals(List.of("Big cities, e.g. Almaty and Astana, grew fastest in 2024.", "Villages shrank."),
                Sentences.of("Big cities, e.g. Almaty and Astana, grew fastest in 2024. Villages shrank.",
                        Language.EN));
    }

    @Test
    void aShortWordBeforeAStopStillEndsASentence() {
        assertEquals(List.of("The western half of the lake is fresh and the eastern half is salty.",
                "Its water is warm in July."), Sentences.of("The western half of the lake is fresh and the "
                + "eastern half is salty. Its water is warm in July.", Language.EN));
    }
}
