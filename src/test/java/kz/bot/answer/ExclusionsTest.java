package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.bot.ShippedKnowledge;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** The places a question leaves out ("except Almaty", «кроме Алматы», «Алматыдан басқа»). */
class ExclusionsTest {

    private static final Entity ALMATY = new Entity(1, EntityKind.CITY, "Almaty", Map.of());
    private static final Entity ASTANA = new Entity(2, EntityKind.CITY, "Astana", Map.of());
    private static final Entity KAZAKHSTAN = new Entity(3, EntityKind.COUNTRY, "Kazakhstan", Map.of());

    /** The places of {@code text}: each of {@code names} where it first stands, as the entity of that name. */
    private static List<Place> places(String text, String... names) {
        List<Place> out = new ArrayList<>();
        for (String name : names) {
            int at = text.toLowerCase().indexOf(name);
            Entity e = name.startsWith("алмат") || name.startsWith("almat") ? ALMATY
                    : name.startsWith("астан") || name.startsWith("astan") ? ASTANA : KAZAKHSTAN;
            out.add(new Place(e, List.of(e), at, at + name.length(), false));
        }
        return out;
    }

    private static List<String> leftOut(Language language, String text, String... names) {
        return Exclusions.in(Phrases.of(language), text, places(text, names)).places().stream()
                .map(p -> p.entity().name()).toList();
    }

    @Test
    void theWordBeforeThePlacesLeavesThemOutInEnglishAndRussian() {
        assertEquals(List.of("Almaty"), leftOut(Language.EN, "biggest city except almaty", "almaty"));
        assertEquals(List.of("Almaty", "Astana"),
                leftOut(Language.EN, "biggest city apart from the almaty and astana", "almaty", "astana"));
        assertEquals(List.of("Almaty"), leftOut(Language.RU, "самый большой город кроме алматы", "алматы"));
        assertEquals(List.of("Almaty"), leftOut(Language.RU, "самый большой город, ну не считая алматы", "алматы"));
        assertEquals(List.of(), leftOut(Language.EN, "is astana bigger than almaty", "astana", "almaty"));
        assertEquals(List.of(), leftOut(Language.EN, "except almaty, how big is kazakhstan", "kazakhstan"),
                "the country is never left out");
        assertEquals(List.of(), leftOut(Language.EN, "besides being big, is almaty old", "almaty"),
                "a word between: not the place that is left out");
    }

    @Test
    void inKazakhTheWordAfterThePlacesLeavesThemOutAndBasqaOnlyAfterTheFromCase() {
        assertEquals(List.of("Almaty"), leftOut(Language.KK, "ең үлкен қала алматыдан басқа қайсы", "алматы"));
        assertEquals(List.of("Almaty", "Astana"),
                leftOut(Language.KK, "алматы мен астанадан басқа ең үлкен қала", "алматы", "астана"));
        assertEquals(List.of("Almaty"), leftOut(Language.KK, "алматыны қоспағанда ең үлкен қала", "алматы"));
        assertEquals(List.of(), leftOut(Language.KK, "алматы басқа қалалардан үлкен бе", "алматы"),
                "«басқа» after Almaty itself: the other cities");
    }

    @Test
    void theWordsThatLeaveOutAndTheNamesLeftOutAreLight() {
        String text = "largest lake except the caspian";
        Entity caspian = new Entity(4, EntityKind.SIGHT, "Caspian Sea", Map.of());
        List<Place> places = List.of(new Place(caspian, List.of(caspian), 24, 31, false));
        Exclusions.Found found = Exclusions.in(Phrases.of(Language.EN), text, places);
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            words.add(new Word(w, at, at + w.length(), null, Word.Role.CONTENT, true, false, null));
            at += w.length() + 1;
        }
        assertEquals(List.of(Word.Role.CONTENT, Word.Role.CONTENT, Word.Role.LIGHT, Word.Role.LIGHT, Word.Role.LIGHT),
                found.lighten(words).stream().map(Word::role).toList());
    }

    private static Answer ask(String text, Language language) {
        return ShippedKnowledge.library().answer(new Question(text, language));
    }

    @Test
    void aRankingPassesOverThePlacesLeftOutAndNoFactOfThemAnswers() {
        assertEquals("2. Astana — 1,638,233 (2026)", ShippedKnowledge.ask("biggest city except almaty").body());
        assertEquals("3. Shymkent — 1,293,648 (2026)",
                ShippedKnowledge.ask("biggest city besides almaty and astana").body());
        assertEquals("2. Астана — 1 638 233 (2026)", ask("какой самый большой город кроме алматы", Language.RU).body());
        assertEquals("2. Астана — 1 638 233 (2026)", ask("ең үлкен қала алматыдан басқа қайсы", Language.KK).body());
        String lake = ask("самое большое озеро в казахстане какое? ну кроме каспия", Language.RU)
                .body();
        assertTrue(lake.contains("Балхаш"), "not the Caspian's own facts: " + lake);
        assertEquals("3. Shymkent — 1,293,648 (2026)",
                ShippedKnowledge.ask("biggest city in kazakhstan if you dont count almaty and astana").body());
    }

    @Test
    void noFactOrTextThatAnswersWithThePlaceLeftOutAnswers() {
        // "Highest Point: Khan Tengri, …" and the passage "…Khan Tengri … is the highest peak" had answered
        for (String q : List.of("highest peak in kazakhstan apart from khan tengri?",
                "ещё одно, самая высокая гора помимо хан тенгри какая?", "Хан Тәңіріден басқа ең биік тау")) {
            Answer a = ask(q, Language.EN);
            assertTrue(!a.found() || !a.body().contains("Khan Tengri") && !a.body().contains("Хан-Тенгри")
                    && !a.body().contains("Хан Тәңірі"), q + " → " + a.body());
        }
    }
}
