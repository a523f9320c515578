package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.bot.answer.PassageHit;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.DocumentKind;
import kz.bot.knowledge.Passage;
import kz.bot.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {

    @TempDir
    static Path tmp;
    private static PassageIndex index;

    @BeforeAll
    static void build() {
        Document d = new Document("towns.txt", DocumentKind.GUIDE, "Towns", LocalDate.of(2026, 1, 2), "", "", "",
                List.of(new Passage("Mountains", "Skiers ride the lifts of Shymbulak above Almaty.", 10),
                        new Passage("Oil", "Atyrau lives from the oil fields of the Caspian shore.", 20),
                        new Passage("Grain", "Wheat fields cover the northern steppe around Kostanay.", 30)),
                List.of());
        assertEquals(3, PassageIndex.build(tmp.resolve("index"), List.of(d)));
        List<kz.bot.knowledge.Problem> problems = new java.util.ArrayList<>();
        Synonyms synonyms = Synonyms.parse("synonyms.txt", "oil, нефть, мұнай\nwheat, пшеница, бидай", problems);
        assertEquals(List.of(), problems);
        index = PassageIndex.open(tmp.resolve("index"), synonyms, List.of("Almaty", "Алматы"));
    }

    @Test
    void storedFieldsComeBackForCitation() {
        PassageHit hit = index.search("skiing lifts Almaty", Language.EN, 1).get(0);
        assertEquals("Skiers ride the lifts of Shymbulak above Almaty.", hit.text());
        assertEquals("Towns", hit.title());
        assertEquals("Mountains", hit.section());
        assertEquals("towns.txt", hit.file());
        assertEquals("Towns, 2026-01-02", hit.citation());
    }

    @Test
    void russianAndKazakhWordsFindEnglishPassagesThroughSynonyms() {
        assertEquals("Oil", index.search("Где добывают нефть?", Language.RU, 1).get(0).section());
        assertEquals("Grain", index.search("Қайда бидай өседі?", Language.KK, 1).get(0).section());
    }

    @Test
    void exactMatchRanksAboveTypo() {
        List<PassageHit> hits = index.search("oil wheet", Language.EN, 3);
        assertEquals("Oil", hits.get(0).section(), "the exact word outranks the misspelt one");
        assertEquals("Grain", hits.get(1).section(), "the misspelt word still finds its passage");
    }

    @Test
    void coverageCountsUnknownWordsAgainstAPassage() {
        PassageHit full = index.search("oil Atyrau", Language.EN, 1).get(0);
        PassageHit half = index.search("oil Paris", Language.EN, 1).get(0);
        assertEquals(1.0, full.coverage(), 1e-9);
        assertTrue(half.coverage() < 0.5, "an unknown topic word weighs at least as much as a known one");
    }

    @Test
    void querySyntaxIsPlainText() {
        for (String text : List.of("*:*", "a~~", "\"unclosed", "(((", "\\", "/regex/", "field:value", "oil AND OR NOT",
                "+-&&||!(){}[]^\"~*?:\\/")) {
            index.search(text, Language.EN, 3); // must not throw
        }
        assertEquals("Oil", index.search("oil AND (((", Language.EN, 1).get(0).section());
    }

    @Test
    void shortWordsAreNeverFuzzed() {
        assertEquals(List.of(), index.search("oal", Language.EN, 3));
    }
}
