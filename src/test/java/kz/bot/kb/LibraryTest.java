package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.bot.answer.Explanation;
import kz.bot.answer.Question;
import kz.bot.knowledge.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    private static final Path GOOD = Path.of("src/test/resources/knowledge/good");

    static Path copyOfGood(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        try (Stream<Path> files = Files.list(GOOD)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private static String ask(Library library, String question) {
        return library.answer(Question.of(question)).text();
    }

    @Test
    void aScratchLibraryAnswersAndLeavesNothingBehind(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path scratch;
        try (Library library = Library.openScratch(knowledge)) {
            scratch = library.scratchDir();
            assertTrue(Files.isDirectory(scratch.resolve("kb")), "built in its own directory");
            assertTrue(scratch.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), scratch.toString());
            assertTrue(library.answer(Question.of("What is the capital of Testland?")).found());
        }
        assertFalse(Files.exists(scratch), "deleted on close: " + scratch);
    }

    @Test
    void russianAndKazakhNamesFindAPlaceThatAnEnglishArticleNamesInEnglishOnly(@TempDir Path tmp) throws IOException {
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        writeRegions(knowledge, """
                | Kyzylorda | Rice growing on the Syr Darya | Kyzylorda |
                | Aktobe | Chromium ore mining | Aktobe |
                | Kostanay | Wheat fields and cattle farms | Kostanay |
                | East Kazakhstan | Copper and zinc smelting | Oskemen |
                """);
        try (Library library = Library.openScratch(knowledge)) {
            // the knowledge has no Russian name: «-инская» and «-ская» are taken off, the noun's vowel put back
            assertTrue(ask(library, "чем известна кызылординская область").contains("Rice growing"));
            assertTrue(ask(library, "что добывают в актюбинской области").contains("Chromium"));
            assertTrue(ask(library, "костанайская область чем известна").contains("Wheat"));
            // "agrarian" in Russian or Kazakh is the farming an English text speaks of
            assertTrue(ask(library, "костанай облысы аграрлық облыс па").contains("cattle farms"));
            // a name beginning with a direction is found with the direction in Russian or Kazakh
            assertTrue(ask(library, "восточно-казахстанская область чем известна").contains("Copper"));
            assertTrue(ask(library, "шығыс қазақстан облысы немен танымал").contains("Copper"));
            // the country's adjective is no place: «казахстанская» qualifies anything
            assertFalse(ask(library, "казахстанская рыбная ловля").contains("Rice"));
        }
    }

    @Test
    void aRussianRegionAdjectiveFindsTheRegionThatAnEnglishArticleNamesInItsProse(@TempDir Path tmp)
            throws IOException {
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(knowledge.resolve("villages.txt"), """
                Villages of the steppe keep losing people
                Villages of the steppe keep losing people
                By Steppe Herald March 3, 2025

                More people left the countryside than arrived there in 2024, the statistics office said.

                The rural population grew in only two regions: Atyrau (+275), an oil hub, and Zhambyl (+1,900), where
                new farms opened.

                The natural increase of the rural population, births over deaths, came to 98,000 in 2024.

                The towns gained 150,000 people over the same year.

                This article first appeared on Steppe Herald here.
                """);
        writeRegions(knowledge, """
                | Atyrau | Oil fields on the Caspian | Atyrau |
                | Zhambyl | Sugar beet and phosphorite | Taraz |
                """);
        try (Library library = Library.openScratch(knowledge)) {
            // «атырауской» shares no form with "Atyrau": the adjective is the place, and the place is named in English
            assertTrue(ask(library, "на сколько выросло сельское население атырауской области").contains("+275"));
            assertTrue(ask(library, "zhambylskaya oblast selskoe naselenie rost").contains("+1,900"));
        }
    }

    @Test
    void theWholePeopleIsNotCountedWithAPartsFigureNorAFigureOfAYearNoTextNames(@TempDir Path tmp)
            throws IOException {
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(knowledge.resolve("towns.txt"), """
                Towns of Kazakhstan keep growing
                Towns of Kazakhstan keep growing
                By Steppe Herald March 3, 2025

                The urban population of Kazakhstan grew by 267,000 in 2024 and is now 63% of all the people there.

                Kazakhstan has an overall population of about 20 million, the statistics office said.

                Births in the villages outnumbered deaths by 98,000, the office added.

                This article first appeared on Steppe Herald here.
                """);
        try (Library library = Library.openScratch(knowledge)) {
            // the urban population is a part: its figure is not how many people live in the country
            assertTrue(winner(library, "how many people live in kazakhstan").contains("20 million"));
            assertTrue(winner(library, "сколько людей живёт в казахстане").contains("20 million"));
            // a question naming the part still gets the part's figure
            assertTrue(winner(library, "how much did the urban population grow").contains("267,000"));
            // no text names 2019: the births of a text naming no year are not that year's
            Explanation explained = library.explain(Question.of("how many more births than deaths in 2019"));
            assertFalse(explained.decision().answered());
            assertTrue(explained.decision().reason().contains("a figure of 2019"), explained.decision().reason());
        }
    }

    /** A document of the country's regions, one table row a region: name, what it is known for, its centre. */
    private static void writeRegions(Path knowledge, String rows) throws IOException {
        Files.writeString(knowledge.resolve("regions.txt"), """
                ---
                title: "Regions"
                entity: "Kazakhstan"
                date: "2025-05-04"
                source: "Invented for the tests"
                ---

                # Regions

                [TABLE]
                | Region | Known For | Centre |
                | --- | --- | --- |
                """ + rows + "[/TABLE]\n");
    }

    /** The text of the candidate the scorer ranks first for {@code question}, however sure it is of it. */
    private static String winner(Library library, String question) {
        Question q = Question.of(question);
        var best = library.explain(q).decision().ranked().get(0);
        return library.withCurrent(kb -> kb.answerer().render(q, best)).text();
    }

    @Test
    void aSecondStartWithTheSameFilesReusesTheBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        String hash;
        try (Library first = Library.open(knowledge, data)) {
            assertFalse(first.report().reused());
            hash = first.report().hash();
            assertEquals(2, first.report().documents());
            assertTrue(Files.isRegularFile(data.resolve("kb").resolve(hash).resolve("kazakhstan.db")));
            assertTrue(Files.isDirectory(data.resolve("kb").resolve(hash).resolve("index")));
        }
        try (Library second = Library.open(knowledge, data)) {
            assertTrue(second.report().reused());
            assertEquals(hash, second.report().hash());
            assertTrue(ask(second, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void aStartWithChangedKnowledgeKeepsOnlyTheNewBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        try (Library first = Library.open(knowledge, data)) {
            assertEquals(List.of(first.report().hash()), ReloadUnderLoadTest.buildDirectories(data.resolve("kb")));
        }
        setSouthtown(knowledge, "1.3M, 2025");
        try (Library second = Library.open(knowledge, data)) {
            assertFalse(second.report().reused());
            // the first build was CURRENT until this start wrote the new hash; it used to stay until the next start
            assertEquals(List.of(second.report().hash()), ReloadUnderLoadTest.buildDirectories(data.resolve("kb")));
        }
    }

    @Test
    void aBuildIsOneSelfContainedDirectoryWithoutSqliteSideFiles(@TempDir Path tmp) throws IOException {
        // the facts file is written once with a DELETE journal, not WAL: no -journal, -wal or -shm file may be left
        // next to it, or the directory fsynced and renamed into place would not be the whole build
        Path knowledge = copyOfGood(tmp);
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            Path build = tmp.resolve("data").resolve("kb").resolve(library.report().hash());
            try (Stream<Path> files = Files.list(build)) {
                assertEquals(List.of(Library.READY, Library.INDEX_DIR, Library.FACTS_FILE, Library.SYNONYMS_COPY),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertEquals("ok", kz.bot.facts.FactStore.integrityCheck(build.resolve(Library.FACTS_FILE)));
            try (Stream<Path> files = Files.list(build)) {
                assertEquals(4, files.count(), "reading it leaves nothing behind either");
            }
        }
    }

    @Test
    void reloadSwitchesToChangedKnowledgeAndRemovesTheOldBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        try (Library library = Library.open(knowledge, data)) {
            String before = library.report().hash();
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
            assertInstanceOf(ReloadResult.Unchanged.class, library.reload());

            Path guide = knowledge.resolve("steppe-guide.txt");
            Files.writeString(guide, Files.readString(guide).replace("(1.2M, 2024)", "(1.3M, 2025)"));
            ReloadResult result = library.reload();
            ReloadResult.Switched switched = assertInstanceOf(ReloadResult.Switched.class, result);
            assertEquals(before, switched.previousHash());
            assertEquals(2, switched.report().documents());
            assertTrue(ask(library, "Population of Southtown").contains("1.3M"));
            assertFalse(Files.exists(data.resolve("kb").resolve(before)), "the replaced build is deleted");
            assertEquals(switched.report().hash(), Files.readString(data.resolve("kb").resolve("CURRENT")));
        }
    }

    @Test
    void aBrokenFileKeepsTheOldKnowledgeInService(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            String before = library.report().hash();
            Files.writeString(knowledge.resolve("steppe-guide.txt"),
                    Files.readString(knowledge.resolve("steppe-guide.txt")).replace("(1.2M, 2024)", "(1.3M, 2025)"));
            Files.writeString(knowledge.resolve("broken.txt"), "---\ntitle: \"x\"\ndate: \"2025-01-01\"\n---\n[TABLE]\n");
            ReloadResult.Rejected rejected = assertInstanceOf(ReloadResult.Rejected.class, library.reload());
            assertEquals(List.of(new Problem("broken.txt", 5, "[TABLE] is not closed with [/TABLE]"),
                    new Problem("broken.txt", 5, "[TABLE] has no rows")), rejected.problems());
            assertEquals(before, library.report().hash());
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void anEmptyOrMissingDirectoryIsRejected(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            try (Stream<Path> files = Files.list(knowledge)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            ReloadResult.Rejected empty = assertInstanceOf(ReloadResult.Rejected.class, library.reload());
            assertTrue(empty.problems().get(0).message().startsWith("no knowledge documents"));
            Files.delete(knowledge);
            ReloadResult.Rejected missing = assertInstanceOf(ReloadResult.Rejected.class, library.reload());
            assertTrue(missing.problems().get(0).message().contains("does not exist"));
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
        }
    }

    @Test
    void startupWithBrokenFilesServesTheLastGoodBuild(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        try (Library library = Library.open(knowledge, data)) {
            assertEquals(List.of(), library.startupProblems());
        }
        Files.writeString(knowledge.resolve("broken.txt"), "no byline, no front matter");
        try (Library library = Library.open(knowledge, data)) {
            assertEquals(1, library.startupProblems().size());
            assertEquals("broken.txt", library.startupProblems().get(0).file());
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
        }
    }

    private static void setSouthtown(Path knowledge, String population) throws IOException {
        Path guide = knowledge.resolve("steppe-guide.txt");
        Files.writeString(guide, Files.readString(guide).replaceFirst("\\*\\*Southtown\\*\\* \\([^)]*\\)",
                "**Southtown** (" + population + ")"));
    }

    @Test
    void aBuildIsKeptWhileAnyKnowledgeBaseOpenOnItIsInUse(@TempDir Path tmp) throws Exception {
        // found by ReloadUnderLoadTest: after A -> B -> A -> B, closing the second A deleted A's directory although a
        // question that began on the first A was still reading it
        Path knowledge = copyOfGood(tmp);
        Path kb = tmp.resolve("data").resolve("kb");
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            String a = library.report().hash();
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch letGo = new java.util.concurrent.CountDownLatch(1);
            var slowQuestion = java.util.concurrent.CompletableFuture.supplyAsync(() -> library.withCurrent(base -> {
                holding.countDown();
                try {
                    letGo.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return base.answerer().answer(Question.of("Population of Southtown")).text();
            }));
            holding.await();
            setSouthtown(knowledge, "1.3M, 2025");
            assertInstanceOf(ReloadResult.Switched.class, library.reload());
            setSouthtown(knowledge, "1.2M, 2024");
            assertTrue(assertInstanceOf(ReloadResult.Switched.class, library.reload()).report().reused(),
                    "A's build, still held by the slow question, is reopened");
            setSouthtown(knowledge, "1.3M, 2025");
            assertInstanceOf(ReloadResult.Switched.class, library.reload());
            assertTrue(Files.isRegularFile(kb.resolve(a).resolve(Library.FACTS_FILE)), "still read by a question");

            letGo.countDown();
            assertTrue(slowQuestion.get().contains("1.2M"));
            assertFalse(Files.exists(kb.resolve(a)), "deleted once the question let go");
            assertEquals(List.of(library.report().hash()), ReloadUnderLoadTest.buildDirectories(kb));
        }
    }

    @Test
    void anUnfinishedLeftoverDoesNotBlockTheBuildOfTheSameContent(@TempDir Path tmp) throws IOException {
        // found by ReloadUnderLoadTest: rename(2) onto a non-empty directory fails with ENOTEMPTY, which Java reports
        // as a plain FileSystemException, so every later reload of that content failed until a restart
        Path knowledge = copyOfGood(tmp);
        setSouthtown(knowledge, "1.3M, 2025");
        String b;
        try (Library reference = Library.open(knowledge, tmp.resolve("reference"))) {
            b = reference.report().hash();
        }
        setSouthtown(knowledge, "1.2M, 2024");
        Path kb = tmp.resolve("data").resolve("kb");
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            Files.writeString(Files.createDirectories(kb.resolve(b).resolve("index")).resolve("_0.cfs"), "half");
            setSouthtown(knowledge, "1.3M, 2025");
            ReloadResult.Switched switched = assertInstanceOf(ReloadResult.Switched.class, library.reload());
            assertEquals(b, switched.report().hash());
            assertTrue(ask(library, "Population of Southtown").contains("1.3M"));
            assertEquals("ok", kz.bot.facts.FactStore.integrityCheck(kb.resolve(b).resolve(Library.FACTS_FILE)));
        }
    }

    @Test
    void whenCurrentCannotBeWrittenNothingIsSwitched(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path kb = tmp.resolve("data").resolve("kb");
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            String before = library.report().hash();
            // a directory where the CURRENT file should be: the atomic replace of CURRENT fails
            Files.delete(kb.resolve(Library.CURRENT));
            Files.writeString(Files.createDirectories(kb.resolve(Library.CURRENT)).resolve("x"), "x");
            setSouthtown(knowledge, "1.3M, 2025");
            assertInstanceOf(ReloadResult.Failed.class, library.reload());
            assertEquals(before, library.report().hash(), "Failed means nothing changed");
            assertTrue(ask(library, "Population of Southtown").contains("1.2M"));
            assertEquals(List.of(before), ReloadUnderLoadTest.buildDirectories(kb).stream()
                    .filter(name -> !name.equals(Library.CURRENT)).toList(), "the unused new build is deleted");
        }
    }

    @Test
    void halfWrittenBuildsOfADeadProcessAreRemovedAtStart(@TempDir Path tmp) throws IOException {
        Path knowledge = copyOfGood(tmp);
        Path data = tmp.resolve("data");
        Path leftover = Files.createDirectories(data.resolve("kb").resolve(".tmp-dead").resolve("index"));
        Path unfinished = Files.createDirectories(data.resolve("kb").resolve("0123456789abcdef01234567"));
        try (Library library = Library.open(knowledge, data)) {
            assertFalse(Files.exists(leftover));
            assertFalse(Files.exists(unfinished));
            assertTrue(ask(library, "Capital of Testland").contains("Northtown"));
        }
    }
}
