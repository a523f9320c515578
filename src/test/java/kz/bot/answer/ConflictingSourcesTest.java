package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

/** Where documents disagree, the newest value is answered and the older one is named with its source. */
class ConflictingSourcesTest {

    @Test
    void regionsTodayAndTheOldGuidesProvinces() {
        Answer a = ShippedKnowledge.ask("How many regions does Kazakhstan have?");
        assertEquals("fact", a.kind());
        assertTrue(a.body().startsWith("Kazakhstan — Administrative Divisions: 17 regions"), a.body());
        assertTrue(a.body().contains("Older source: 14 provinces"), a.body());
        assertTrue(a.body().contains("Kazakhstan Cities & Regions Guide, 2026-02-13"), a.body());
        assertEquals("Kazakhstan's regions since the 2022 reform, 2026-11-29", a.sources().get(0));
    }

    @Test
    void populationOfAlmaty() {
        Answer a = ShippedKnowledge.ask("population of almaty");
        assertEquals("""
                Almaty — Population: 2,347,924 (2026)
                  Older source: 1.8M — Kazakhstan Cities & Regions Guide, 2026-02-13""", a.body());
    }

    @Test
    void centreOfTurkistanRegionMovedFromShymkent() {
        Answer a = ShippedKnowledge.ask("/region South Kazakhstan");
        assertTrue(a.title().startsWith("Turkistan"), a.title());
        assertTrue(a.body().contains("Administrative Center: Turkistan"), a.body());
        assertTrue(a.body().contains("Older source: Shymkent — Kazakhstan Cities & Regions Guide, 2026-02-13"),
                a.body());
    }

    @Test
    void knownForIsNotMixedWithOtherSpellings() {
        Answer a = ShippedKnowledge.ask("Чем известна Караганда?");
        assertTrue(a.body().startsWith("Караганда — Чем известен: Coal mining"), a.body());
        assertTrue(!a.body().contains("Karagandy"), a.body());
    }

    @Test
    void citiesOverAMillion() {
        Answer a = ShippedKnowledge.ask("How many cities have over a million people?");
        assertTrue(a.body().contains("3") && a.body().contains("Older source: 2 —"), a.body());
    }
}
