package kz.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Path TRANSLATED = Path.of("src/test/resources/knowledge/translated");
    private static final Path BROKEN = Path.of("src/test/resources/knowledge/translated-broken");

    private static Statement fact(Document d, String entity, String attribute) {
        return d.statements().stream()
                .filter(s -> s.entity().name().equals(entity) && s.attribute().equals(attribute))
                .findFirst().orElseThrow();
    }

    @Test
    void translationsMergeIntoTheirOriginalFactByFactAndPassageByPassage() {
        Knowledge k = KnowledgeLoader.load(TRANSLATED);
        assertEquals(List.of(), k.problems());
        assertEquals(1, k.documents().size(), "translation files are not documents of their own");
        Document towns = k.documents().get(0);
        assertEquals(Map.of("ru", "Астана", "kk", "Астана"), fact(towns, "Kazakhstan", "Capital").translations());
        assertEquals(Map.of("ru", "2 724 900 км²"), fact(towns, "Kazakhstan", "Area").translations());
        assertEquals(Map.of("ru", "Алюминий и нефтеперерабатывающий завод на Иртыше."),
                fact(towns, "Pavlodar", "Known For").translations());
        assertEquals(Map.of("ru", "50,79"), fact(towns, "Bayanaul", "Latitude").translations());
        assertEquals(50.79, fact(towns, "Bayanaul", "Latitude").number());
        assertEquals(EntityKind.SIGHT, fact(towns, "Bayanaul", "Region").entity().kind());
        List<Passage> prose = towns.passages().stream().filter(Passage::prose).toList();
        assertEquals(Map.of("ru", new Passage.Text("Реки", "Иртыш течёт на север через Павлодар в Россию."),
                        "kk", new Passage.Text("Өзендер", "Ертіс Павлодар арқылы солтүстікке қарай Ресейге ағады.")),
                prose.get(0).translations());
        assertEquals(Map.of("ru", new Passage.Text("Реки", "Ишим протекает через Астану.")),
                prose.get(1).translations());
        assertEquals("Два степных города", towns.translations().get("ru").title());
        assertEquals("Test fixture", towns.translations().get("kk").source(), "the original's source when not given");
        assertEquals("Чем известен", k.labels().get("ru").get("known for"));
    }

    @Test
    void whatAPartialTranslationLacksIsAWarningWithTheOriginalsLine() {
        List<String> warnings = KnowledgeLoader.load(TRANSLATED).warnings().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "towns.txt:10: 'Area' of 'Kazakhstan' has no Kazakh translation",
                "towns.txt:14: 'Population' of 'Pavlodar' has no Kazakh translation",
                "towns.txt:16: 'Region' of 'Pavlodar' has no Kazakh translation",
                "towns.txt:17: 'Known For' of 'Pavlodar' has no Kazakh translation",
                "towns.txt:20: 'Region' of 'Bayanaul' has no Kazakh translation",
                "towns.txt:21: 'Latitude' of 'Bayanaul' has no Kazakh translation",
                "towns.txt:22: 'Longitude' of 'Bayanaul' has no Kazakh translation",
                "towns.txt:27: passage has no Kazakh translation",
                "towns.txt:21: attribute 'Latitude' has no Kazakh label (add it to a [LABELS] block of a .kk.txt file)",
                "towns.txt:22: attribute 'Longitude' has no Kazakh label (add it to a [LABELS] block of a .kk.txt"
                        + " file)",
                "towns.txt:21: attribute 'Latitude' has no Russian label (add it to a [LABELS] block of a .ru.txt file)",
                "towns.txt:22: attribute 'Longitude' has no Russian label (add it to a [LABELS] block of a .ru.txt"
                        + " file)"),
                warnings);
    }

    @Test
    void aTranslationThatDoesNotMatchItsOriginalIsAProblemAtItsLine() {
        Knowledge k = KnowledgeLoader.load(BROKEN);
        assertEquals(List.of(
                "towns.de.txt:3: a translation needs 'language: ru' or 'language: kk', not 'de'",
                "ghost.kk.txt:2: translates 'ghost.txt', which is not a document in the knowledge directory",
                "towns.ru.txt:9: the figures of 'Area' of 'Kazakhstan' (2724000) differ from the original's"
                        + " (2724900, towns.txt:10)",
                "towns.ru.txt:10: 'Anthem' of 'Kazakhstan' is not in towns.txt (write the original's English"
                        + " attribute name)",
                "towns.ru.txt:14: 'Ekibastuz' is not in towns.txt (write the original's English name of the entry)",
                "towns.ru.txt:21: passage 3 of section 'Реки' has no counterpart: that section of towns.txt has 2"
                        + " passage(s)"),
                k.problems().stream().map(Problem::toString).toList());
        assertTrue(k.warnings().stream().map(Problem::toString).toList()
                .contains("towns.txt: no Kazakh translation (towns.kk.txt)"));
    }
}
