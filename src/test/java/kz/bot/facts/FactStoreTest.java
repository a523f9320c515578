package kz.bot.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.DocumentKind;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.EntityName;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;
import kz.bot.knowledge.Problem;
import kz.bot.knowledge.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactStoreTest {

    private static Document guide(String file, LocalDate date, List<Statement> statements) {
        return new Document(file, DocumentKind.GUIDE, "Guide " + file, date, "origin of " + file, "", "", List.of(),
                statements);
    }

    private static Statement s(EntityKind kind, String name, String attribute, String value) {
        return new Statement(new EntityName(kind, name), attribute, value, null, "", 7);
    }

    @Test
    void roundTripKeepsSourceDateNumberAndNames(@TempDir Path tmp) {
        Knowledge k = KnowledgeLoader.load(Path.of("src/test/resources/knowledge/good"));
        Path db = tmp.resolve("facts.db");
        FactStore.write(db, k, Map.of("hash", "abc"));
        FactStore.Stored stored = FactStore.read(db);
        FactBook book = stored.book();
        assertEquals("abc", stored.meta().get("hash"));
        assertEquals(List.of(), stored.problems());
        Entity southtown = book.entities(EntityKind.CITY).stream().filter(e -> e.name().equals("Southtown"))
                .findFirst().orElseThrow();
        Fact population = book.facts(southtown).get("population").get(0);
        assertEquals("1.2M", population.value());
        assertEquals(1_200_000.0, population.number());
        assertEquals("2024", population.asOf());
        assertEquals("steppe-guide.txt", population.source().file());
        assertEquals(LocalDate.of(2025, 5, 4), population.source().date());
        assertEquals("Steppe Towns Test Guide, 2025-05-04", population.source().citation());
        assertEquals("Южград", southtown.nameIn("ru"));
        assertEquals("Southtown", southtown.nameIn("kk"));
        assertTrue(book.names().stream().anyMatch(n -> n.name().equals("Oldsouth") && n.entity().equals(southtown)));
        // former names are recognised but never shown as the usual name
        assertFalse(southtown.names().getOrDefault("en", List.of()).contains("Oldsouth"));
        assertEquals(2, book.sources().size());
        assertEquals(15, book.sources().stream().mapToInt(Source::facts).sum(), "13 written facts, and the front matter's ISO code and continent");
    }

    @Test
    void problemsAreStoredWithTheBuild(@TempDir Path tmp) {
        Knowledge k = new Knowledge(List.of(), java.util.Optional.empty(),
                List.of(new Problem("a.txt", 3, "something odd")));
        FactStore.write(tmp.resolve("f.db"), k, Map.of());
        assertEquals(List.of(new Problem("a.txt", 3, "something odd")), FactStore.read(tmp.resolve("f.db")).problems());
    }

    @Test
    void anOldNameLandsOnTheEntityThatNamesItAndNewestSourceComesFirst(@TempDir Path tmp) {
        Document old = guide("old.txt", LocalDate.of(2016, 1, 1), List.of(
                s(EntityKind.REGION, "South Kazakhstan", "Major City", "Shymkent")));
        Document current = guide("new.txt", LocalDate.of(2026, 1, 1), List.of(
                s(EntityKind.REGION, "Turkistan", "Former Names", "South Kazakhstan; Южно-Казахстанская область"),
                s(EntityKind.REGION, "Turkistan", "Administrative Center", "Turkistan"),
                s(EntityKind.CITY, "Turkistan", "Population", "200,000")));
        Path db = tmp.resolve("f.db");
        FactStore.write(db, new Knowledge(List.of(old, current), java.util.Optional.empty(), List.of()), Map.of());
        FactBook book = FactStore.read(db).book();
        assertEquals(List.of("Turkistan"), book.entities(EntityKind.REGION).stream().map(Entity::name).toList());
        Entity region = book.entities(EntityKind.REGION).get(0);
        List<Fact> centers = book.facts(region).get("administrative center");
        assertEquals(List.of("Turkistan", "Shymkent"), centers.stream().map(Fact::value).toList());
        assertEquals(List.of("new.txt", "old.txt"), centers.stream().map(f -> f.source().file()).toList());
        // the city of the same name stays a different entity; the old centre is a city too
        assertEquals(List.of("Shymkent", "Turkistan"), book.entities(EntityKind.CITY).stream().map(Entity::name)
                .sorted().toList());
    }

    @Test
    void aRegionsCentreThatNoDocumentDescribesIsStillACity(@TempDir Path tmp) {
        Document d = guide("guide.txt", LocalDate.of(2026, 1, 1), List.of(
                s(EntityKind.REGION, "East Kazakhstan", "Major City", "Oskemen"),
                s(EntityKind.REGION, "Akmola", "Administrative Center", "Kokshetau"),
                s(EntityKind.REGION, "Almaty", "Administrative Center", "Konaev (since 2022; Taldykorgan before)"),
                s(EntityKind.CITY, "Kokshetau", "Population", "180,000"),
                new Statement(new EntityName(EntityKind.REGION, "Abai"), "Administrative Center", "Semey", null, "",
                        9, Map.of("ru", "Семей", "kk", "Семей"))));
        Path db = tmp.resolve("f.db");
        FactStore.write(db, new Knowledge(List.of(d), java.util.Optional.empty(), List.of()), Map.of());
        FactBook book = FactStore.read(db).book();
        assertEquals(List.of("Kokshetau", "Oskemen", "Semey"), book.entities(EntityKind.CITY).stream()
                .map(Entity::name).sorted().toList(), "one Kokshetau; a value that is no plain name is no city");
        assertTrue(book.names().stream().anyMatch(n -> n.name().equals("Семей") && n.language().equals("ru")
                && n.entity().name().equals("Semey")), "its names in the other languages come along");
        Entity oskemen = book.entities(EntityKind.CITY).stream().filter(e -> e.name().equals("Oskemen"))
                .findFirst().orElseThrow();
        assertEquals(Map.of(), book.facts(oskemen), "a name, not a fact");
    }

    @Test
    void aPlaceNamedInEnglishOnlyIsKnownByItsRussianAndKazakhNamesTooButShownByItsOwn(@TempDir Path tmp) {
        // an admin's guide names Baikonur and East Kazakhstan in English only, as the seed guide does
        Document d = guide("guide.txt", LocalDate.of(2026, 1, 1), List.of(
                s(EntityKind.CITY, "Baikonur", "Population", "about 76,000"),
                s(EntityKind.REGION, "East Kazakhstan", "Character", "Mountainous"),
                s(EntityKind.CITY, "Steppetown", "Population", "1,000")));
        Path db = tmp.resolve("f.db");
        FactStore.write(db, new Knowledge(List.of(d), java.util.Optional.empty(), List.of()), Map.of());
        FactBook book = FactStore.read(db).book();
        java.util.function.Function<String, List<String>> names = entity -> book.names().stream()
                .filter(n -> n.entity().name().equals(entity) && !n.language().equals("en"))
                .map(n -> n.language() + ":" + n.name()).sorted().toList();
        assertEquals(List.of("kk:Байқоңыр", "ru:Байконур"), names.apply("Baikonur"));
        assertTrue(names.apply("East Kazakhstan").containsAll(List.of("ru:ВКО", "kk:ШҚО",
                "ru:Восточно-Казахстанская область", "kk:Шығыс Қазақстан облысы")), names.apply("East Kazakhstan")
                .toString());
        assertEquals(List.of(), names.apply("Steppetown"), "a place that is not ours gets no names");
        Entity baikonur = book.entities(EntityKind.CITY).stream().filter(e -> e.name().equals("Baikonur"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("en", List.of("Baikonur")), baikonur.names(), "recognised, not shown: its own name shows");
    }

    @Test
    void hostileTextIsStoredAsText(@TempDir Path tmp) {
        String evil = "'; DROP TABLE facts; --";
        Document d = guide("x.txt", LocalDate.of(2026, 1, 1), List.of(s(EntityKind.CITY, evil, "Role", evil)));
        Path db = tmp.resolve("f.db");
        FactStore.write(db, new Knowledge(List.of(d), java.util.Optional.empty(), List.of()), Map.of());
        FactBook book = FactStore.read(db).book();
        assertEquals(evil, book.entities(EntityKind.CITY).get(0).name());
        assertEquals(1, book.factCount());
        assertEquals("ok", FactStore.integrityCheck(db));
    }
}
