package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HitTextsTest {

    @Test
    void neighbouringPassagesOfOneSectionAreOneAccountAndNoOthersAre() {
        FakeTextIndex index = new FakeTextIndex()
                .passageIn("Religion", "Islam is the religion of most people in the country.")
                .passageIn("Religion", "Islam here is mostly Sunni and mixes with older customs.")
                .passageIn("Food", "Meat and milk are the base of the traditional table.")
                .passageIn("Religion", "Churches and mosques stand side by side in the old towns.")
                .passageIn("Religion", "A congress of world religions meets in the capital.")
                .fact(1, "religion", "Islam", "Kazakhstan", 0);
        HitTexts texts = new HitTexts(null, index, Map.of());
        assertTrue(texts.oneAccount(index.hit(0), index.hit(1)), "the next passage under one heading goes on with it");
        assertTrue(texts.oneAccount(index.hit(1), index.hit(0)));
        assertTrue(texts.oneAccount(index.hit(3), index.hit(4)));
        assertFalse(texts.oneAccount(index.hit(1), index.hit(2)), "another section is another account");
        assertFalse(texts.oneAccount(index.hit(2), index.hit(3)));
        assertFalse(texts.oneAccount(index.hit(1), index.hit(3)), "two passages apart under one heading are two");
        assertFalse(texts.oneAccount(index.hit(0), index.hit(5)), "a fact is never one account with a passage");
    }

    @Test
    void aNameInAtMostOnePercentOfTheUnitsIsRare() {
        FakeTextIndex index = new FakeTextIndex().passage("The Shymbulak resort lies above the city.", 0);
        for (int i = 0; i < 199; i++) {
            index.passage(i % 20 == 0 ? "In Soviet times town " + i + " grew." : "Town " + i + " lies on a river.", 0);
        }
        HitTexts texts = new HitTexts(null, index, Map.of());
        assertTrue(texts.rareName("Shymbulak"), "1 of 200 units");
        assertFalse(texts.rareName("Soviet"), "10 of 200 units");
        assertFalse(texts.rareName("Karkaralinsk"), "a name the knowledge does not use tells nothing");
    }
}
