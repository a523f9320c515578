package kz.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KazakhSuffixesTest {

    @Test
    void candidatesGoFromTheWholeWordToItsStems() {
        List<String> c = KazakhSuffixes.candidates("облысының");
        assertEquals("облысының", c.get(0));
        assertTrue(c.contains("облысы"));
        assertTrue(c.contains("облыс"));
        assertTrue(KazakhSuffixes.candidates("қалаларда").contains("қала"));
    }

    @Test
    void vowelHarmonyRulesOutEndingsOfTheOtherRow() {
        assertTrue(KazakhSuffixes.harmonious("қала", "да"));
        assertFalse(KazakhSuffixes.harmonious("қала", "де"));
        assertTrue(KazakhSuffixes.harmonious("мектеп", "те"));
        assertFalse(KazakhSuffixes.candidates("мектепта").contains("мектеп"));
        assertTrue(KazakhSuffixes.candidates("пойызбен").contains("пойыз"), "the instrumental has no back form");
        assertTrue(KazakhSuffixes.candidates("қаламен").contains("қала"));
        // a word borrowed with к or г after back vowels takes front endings: «паркте», «парктер», «банкке»
        assertTrue(KazakhSuffixes.candidates("паркте").contains("парк"));
        assertTrue(KazakhSuffixes.candidates("парктер").contains("парк"));
        assertFalse(KazakhSuffixes.candidates("қалада").contains("қал"), "a native stem keeps its harmony");
        // a vowel and -е- is said -йе-: «Қонаевқа», «Қонаевтың» are written with back endings
        assertTrue(KazakhSuffixes.candidates("қонаевтың").contains("қонаев"));
        assertTrue(KazakhSuffixes.candidates("қонаевқа").contains("қонаев"));
        // a surname's Russian -ов follows its root's harmony: «Әуезовтің», «Уәлихановтың»
        assertTrue(KazakhSuffixes.candidates("әуезовтің").contains("әуезов"));
        assertTrue(KazakhSuffixes.candidates("уәлихановтың").contains("уәлиханов"));
        assertFalse(KazakhSuffixes.candidates("довтің").contains("дов"), "too short to be a surname");
    }

    @Test
    void stemsStayLongEnough() {
        assertEquals(List.of("ода"), KazakhSuffixes.candidates("ода"));
        assertEquals("Алматы", KazakhSuffixes.withoutCase("Алматының".substring(0, 6) + "ның").substring(0, 6));
    }
    @Test
    void aQuestionParticleFollowsAWholeWord() {
        assertTrue(KazakhSuffixes.candidates("айтшы").contains("айт"), "айт + -шы: tell me");
        assertFalse(KazakhSuffixes.candidates("тушы").contains("ту"), "«тұщы» (fresh) typed without ұ is no flag (ту)");
        assertTrue(KazakhSuffixes.candidates("барма").contains("бар"));
    }

    @Test
    void endingsTypedWithoutKazakhLettersAreEndingsToo() {
        // "qazaqstandagy", "almatydagy" read as Cyrillic: -дағы typed with г; "kölınıñ" folded: көл + і + нің
        assertTrue(KazakhSuffixes.candidates("казакстандагы").contains("казакстан"));
        assertTrue(KazakhSuffixes.candidates("алматыдагы").contains("алматы"));
        assertTrue(KazakhSuffixes.candidates("колинин").contains("кол"));
        // "ozennin" read as «өзеннін»: і kept, ң typed as н
        assertTrue(KazakhSuffixes.candidates("өзеннін").contains("өзен"));
    }

    @Test
    void aConsonantVoicedBeforeAVowelEndingIsUnvoicedInTheStem() {
        assertTrue(KazakhSuffixes.candidates("ішегі").contains("ішек"), "ішек + і is written ішегі");
        assertTrue(KazakhSuffixes.candidates("тарағы").contains("тарақ"));
        assertTrue(KazakhSuffixes.candidates("кітабы").contains("кітап"));
        assertEquals(null, KazakhSuffixes.unvoiced("ішег", "ден"), "a consonant ending voices nothing");
    }
}
