package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KazakhLatinVowelsTest {

    @Test
    void aDotlessIInABackWordIsThatWordsY() {
        assertEquals("oblыsыnыñ ortalыğы", KazakhLatinVowels.harmonize("oblısınıñ ortalığı"));
    }

    @Test
    void aDotlessIInAFrontWordOrAloneIsLeftToBeReadAsI() {
        // the 2021 alphabet: кім, күні, көлінің, Түркістан (the ü before it decides, not the a after)
        assertEquals("kım künı kölınıñ türkıstan", KazakhLatinVowels.harmonize("kım künı kölınıñ türkıstan"));
    }

    @Test
    void aPlainIIsNeverChanged() {
        // оқиға, қиын: a plain i in a back word may be и as well as ы
        assertEquals("oqiga qiyn oblisi", KazakhLatinVowels.harmonize("oqiga qiyn oblisi"));
    }

    @Test
    void aYAfterAVowelIsNotAVowel() {
        // the y of "ay", "ey" is й: the vowel before it decides
        assertEquals("qayы keyı", KazakhLatinVowels.harmonize("qayı keyı"));
    }

    @Test
    void aDotlessIAfterAVowelIsY() {
        // the 2018 alphabet's ı for й: Kazakh never puts two vowels together
        assertEquals("qandaй qaйsy úй", KazakhLatinVowels.harmonize("qandaı qaısy úı"));
    }
}
