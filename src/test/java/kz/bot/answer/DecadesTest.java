package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecadesTest {

    private static List<Integer> firsts(String text) {
        return Decades.in(text).stream().map(Decades.Decade::first).toList();
    }

    @Test
    void aDecadeIsWrittenWithItsFirstYearInEachLanguage() {
        assertEquals(List.of(1930), firsts("the famine of the 1930s"));
        assertEquals(List.of(1990), firsts("what happened in the 1990's"));
        assertEquals(List.of(1930), firsts("голод в 1930-х"));
        assertEquals(List.of(1950), firsts("в 1950-е годы"));
        assertEquals(List.of(1930), firsts("1930 жылдардағы ашаршылық"));
        assertEquals(List.of(1930), firsts("1930-жылдары"));
    }

    @Test
    void twoDigitsAreADecadeOfTheNineteenHundreds() {
        assertEquals(List.of(1990), firsts("в 90-х годах"));
        assertEquals(List.of(1930), firsts("30-жылдардағы ашаршылық"));
        assertEquals(List.of(1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929),
                Decades.in("the 1920s").get(0).years().stream().map(Integer::parseInt).toList());
    }

    @Test
    void aYearOrAFigureIsNoDecade() {
        assertEquals(List.of(), firsts("in 1930"));
        assertEquals(List.of(), firsts("в 1930 году"));
        assertEquals(List.of(), firsts("1930 жылы"));
        assertEquals(List.of(), firsts("30 days"));
        assertEquals(List.of(), firsts("около 30 человек"));
    }
}
