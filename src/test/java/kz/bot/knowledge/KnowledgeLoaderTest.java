package kz.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {

    private static final Path GOOD = Path.of("src/test/resources/knowledge/good");
    private static final Path BROKEN = Path.of("src/test/resources/knowledge/broken");
    /** The project's seed documents live next to the repository, not in it (they are not ours to ship). */
    private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));

    private static Document doc(Knowledge k, String file) {
        return k.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void guideGivesFactsPassagesAndFrontMatter() {
        Knowledge k = KnowledgeLoader.load(GOOD);
        assertEquals(List.of(), k.problems());
        Document guide = doc(k, "steppe-guide.txt");
        assertEquals(DocumentKind.GUIDE, guide.kind());
        assertEquals("Steppe Towns Test Guide", guide.title());
        assertEquals(LocalDate.of(2025, 5, 4), guide.date());
        assertEquals("Invented for the parser tests", guide.source());
        assertEquals("two towns and two provinces", guide.covers());

        Map<String, String> facts = guide.statements().stream().collect(Collectors.toMap(
                s -> s.entity().kind().word() + ":" + s.entity().name() + ":" + s.attribute(), Statement::value));
        assertEquals("Northtown", facts.get("country:Testland:Capital"));
        assertEquals("Southtown, 1.2M", facts.get("country:Testland:Largest City"));
        assertEquals("1.2M", facts.get("city:Southtown:Population"));
        assertEquals("Южград", facts.get("city:Southtown:Russian"));
        assertEquals("Melon markets", facts.get("city:Southtown:Known For"));
        assertEquals("350,000", facts.get("city:Northtown:Population"));
        assertEquals("Mountainous", facts.get("region:Upland:Character"));
        assertEquals("Southtown", facts.get("region:Lowland:Major City"));
        assertEquals(13 + 2, guide.statements().size(), "13 written, and the front matter's iso_code and continent");

        Statement population = guide.statements().stream()
                .filter(s -> s.entity().name().equals("Southtown") && s.attribute().equals("Population"))
                .findFirst().orElseThrow();
        assertEquals(1_200_000.0, population.number());
        assertEquals("2024", population.asOf());
        assertEquals(25, population.line());

        List<String> passages = guide.passages().stream().map(Passage::text).toList();
        assertTrue(passages.contains("Testland is a made-up country used by the tests. It has two provinces."));
        assertTrue(passages.contains("The second paragraph talks about yurts and eagles."));
        assertTrue(passages.contains("Bring a warm coat in winter."));
        assertTrue(passages.contains("Upland has glaciers."));
        assertTrue(passages.stream().anyMatch(p -> p.startsWith("Southtown (population 1.2M, 2024). Russian: Южград")));
        assertTrue(passages.stream().noneMatch(p -> p.contains("disclaimer")), "the disclaimer is not knowledge");
        Passage overview = guide.passages().stream().filter(p -> p.text().startsWith("Testland is")).findFirst()
                .orElseThrow();
        assertEquals("Overview", overview.section());
        assertEquals(20, overview.line());
    }

    @Test
    void articleKeepsParagraphsAndDropsPageLeftovers() {
        Document news = doc(KnowledgeLoader.load(GOOD), "steppe-news.txt");
        assertEquals(DocumentKind.ARTICLE, news.kind());
        assertEquals("Testland opens a new railway to the coast", news.title());
        assertEquals(LocalDate.of(2024, 3, 3), news.date());
        assertEquals("Steppe Herald", news.source());
        assertEquals(List.of(
                "The new line links Northtown with the coast in nine hours, the ministry said on Monday.",
                "Ticket sales reached 40,000 in the first week."),
                news.passages().stream().map(Passage::text).toList());
        assertEquals(6, news.passages().get(0).line());
    }

    @Test
    void brokenFilesAreReportedWithFileAndLineAndTheRestStillLoads() {
        Knowledge k = KnowledgeLoader.load(BROKEN);
        List<String> problems = k.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "bad-date.txt:4: date 'yesterday' is not YYYY-MM-DD",
                "bad-table-row.txt:10: table row has 2 cells, the header has 3",
                "binary.txt:1: binary file (NUL byte), not UTF-8 text",
                "city-without-population.txt:6: city entry 'Ghosttown' has no population in parentheses,"
                        + " e.g. **Ghosttown** (1.2M), or a kind in braces, e.g. **Ghosttown** {sight}",
                "empty.txt:1: empty file",
                "neither.txt:1: neither a guide (no front matter between --- lines) nor an article (no byline like"
                        + " 'By Publisher February 11, 2025' in the first 8 lines)",
                "no-front-matter-end.txt:1: front matter opened here is not closed with ---",
                "unclosed-factbox.txt:6: [FACTBOX] is not closed with [/FACTBOX]"), problems);
        // what could be read was read
        Document table = doc(k, "bad-table-row.txt");
        assertEquals(List.of("Upland", "Midland"), table.statements().stream().map(s -> s.entity().name())
                .distinct().toList());
        Document unclosed = doc(k, "unclosed-factbox.txt");
        assertEquals("Northtown", unclosed.statements().get(0).value());
        assertEquals("Text after the section.", unclosed.passages().get(unclosed.passages().size() - 1).text());
        assertEquals("Role", doc(k, "city-without-population.txt").statements().get(0).attribute());
    }

    private static List<Problem> problemsOf(String text) {
        List<Problem> problems = new java.util.ArrayList<>();
        KnowledgeLoader.parse("f.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), problems);
        return problems;
    }

    @Test
    void aRepeatedDateIsReportedOnTheLineWhoseValueIsRead() {
        // found by KnowledgeParserFuzzTest: the first "date:" line was named although the last one's value was read
        assertEquals(List.of(new Problem("f.txt", 4, "date '2025-02-30' is not YYYY-MM-DD")), problemsOf(
                "---\ntitle: \"T\"\ndate: \"2025-01-01\"\ndate: \"2025-02-30\"\n---\nA paragraph of several words.\n"));
        assertEquals(List.of(new Problem("f.txt", 3, "date 'soon' is not YYYY-MM-DD")), problemsOf(
                "---\ntitle: \"T\"\n\u200Bdate: soon\n---\nA paragraph of several words.\n"));
    }

    @Test
    void frontMatterWithoutTitleOrDateIsReportedWhereItOpens() {
        assertEquals(List.of(new Problem("f.txt", 3, "front matter has no title"),
                new Problem("f.txt", 3, "front matter has no date (YYYY-MM-DD)")),
                problemsOf("\n\n---\nentity: \"X\"\n---\nA paragraph of several words.\n"));
    }

    @Test
    void linesOfOnlyInvisibleCharactersAreBlank() {
        // found by KnowledgeParserFuzzTest: a zero-width space above the opening --- hid the front matter
        List<Problem> problems = new java.util.ArrayList<>();
        String text = "\u200B\n---\ntitle: T\ndate: 2025-01-01\n---\nWords of a paragraph.\n";
        var guide = KnowledgeLoader.parse("f.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), problems);
        assertEquals(List.of(), problems);
        assertEquals(DocumentKind.GUIDE, guide.orElseThrow().kind());
        assertEquals(List.of(new Problem("f.txt", 1, "empty file")), problemsOf("\u200F\n \u200B\n\u0007\n"));
    }

    @Test
    void badRowCountIsReportedOnTheRowsLine() {
        Knowledge k = KnowledgeLoader.load(BROKEN);
        assertTrue(k.problems().contains(new Problem("bad-table-row.txt", 10,
                "table row has 2 cells, the header has 3")));
    }

    @Test
    void missingDirectoryIsAProblemNotAnException(@TempDir Path tmp) {
        Knowledge k = KnowledgeLoader.load(tmp.resolve("nope"));
        assertEquals(1, k.problems().size());
        assertTrue(k.problems().get(0).message().contains("does not exist"));
        assertEquals(List.of(), k.documents());
    }

    @Test
    void aFileThatVanishesBetweenListingAndReadingIsReportedAndTheOthersLoad(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.copy(GOOD.resolve("steppe-guide.txt"), dir.resolve("guide.txt"));
        Files.copy(GOOD.resolve("steppe-news.txt"), dir.resolve("news.txt"));
        Knowledge k = KnowledgeLoader.load(dir, file -> {
            if (file.getFileName().toString().equals("news.txt")) {
                Files.delete(file); // listed a moment ago, gone now
            }
            return Files.readAllBytes(file);
        });
        assertEquals(List.of(new Problem("news.txt", 0, "file disappeared while the knowledge was being read")),
                k.problems());
        assertEquals(List.of("guide.txt"), k.documents().stream().map(Document::file).toList());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersLoad(@TempDir Path tmp) throws IOException {
        // the permission check itself: a seam, because the tests may run as root, who can read a chmod 000 file
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.copy(GOOD.resolve("steppe-guide.txt"), dir.resolve("guide.txt"));
        Files.copy(GOOD.resolve("steppe-news.txt"), dir.resolve("news.txt"));
        Knowledge k = KnowledgeLoader.load(dir, file -> {
            if (file.getFileName().toString().equals("guide.txt")) {
                throw new java.nio.file.AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        });
        assertEquals(List.of(new Problem("guide.txt", 0, "cannot read file: AccessDeniedException")), k.problems());
        assertEquals(List.of("news.txt"), k.documents().stream().map(Document::file).toList());
    }

    @Test
    void linksOutOfTheKnowledgeDirectoryAreNotFollowed(@TempDir Path tmp) throws IOException {
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "By Nobody March 3, 2024\n\nSecret text here.");
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.copy(GOOD.resolve("steppe-news.txt"), dir.resolve("news.txt"));
        Files.createSymbolicLink(dir.resolve("escape.txt"), outside);
        Knowledge k = KnowledgeLoader.load(dir);
        assertEquals(List.of("news.txt"), k.documents().stream().map(Document::file).toList());
        assertEquals(List.of(new Problem("escape.txt", 0, "link points outside the knowledge directory; not read")),
                k.problems());
    }

    @Test
    void aLinkToANamedPipeIsReportedNotReadSoLoadingNeverHangs(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.copy(GOOD.resolve("steppe-news.txt"), dir.resolve("news.txt"));
        Path pipe = dir.resolve("feed");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Files.createSymbolicLink(dir.resolve("feed.txt"), pipe.getFileName());
        java.util.concurrent.CompletableFuture<Knowledge> loading =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> KnowledgeLoader.load(dir));
        try {
            Knowledge k = loading.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(List.of(new Problem("feed.txt", 0,
                    "not a regular file (a named pipe, a device or a socket); not read")), k.problems());
            assertEquals(List.of("news.txt"), k.documents().stream().map(Document::file).toList());
        } finally {
            if (!loading.isDone()) {
                // the loader is stuck reading the pipe: a writer that closes at once gives it an end of file
                Files.newOutputStream(pipe).close();
            }
        }
    }

    @Test
    void aFileOverTheLimitIsAProblemAtTheLineWhereItCrossesItAndTheOthersLoad(@TempDir Path tmp)
            throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.copy(GOOD.resolve("steppe-news.txt"), dir.resolve("a-news.txt"));
        long news = Files.size(dir.resolve("a-news.txt"));
        // 100 lines of 100 bytes: byte 5,000 starts line 51
        Files.writeString(dir.resolve("b-big.txt"), ("x".repeat(99) + "\n").repeat(100));
        ReadLimits limits = new ReadLimits(5_000, 1L << 30, 256L << 20);
        Knowledge k = KnowledgeLoader.load(dir, limits);
        assertEquals(List.of(new Problem("b-big.txt", 51, "the file goes on past 0 MB, the most one knowledge file"
                + " may have in a process with a heap of 256 MB (java -Xmx); split it, or give the process more"
                + " memory")), k.problems());
        assertEquals(List.of("a-news.txt"), k.documents().stream().map(Document::file).toList());

        // together: the news file fits, the big one would pass the total 2,000 bytes after it
        Knowledge together = KnowledgeLoader.load(dir, new ReadLimits(1L << 20, news + 2_000, 256L << 20));
        assertEquals(List.of(new Problem("b-big.txt", 21, new ReadLimits(1L << 20, news + 2_000, 256L << 20)
                .allTooLarge())), together.problems());
    }

    @Test
    void theLimitsFollowTheHeap() {
        assertEquals(new ReadLimits(8L << 20, 32L << 20, 256L << 20), ReadLimits.forHeap(256L << 20));
        assertEquals(new ReadLimits(1L << 20, 4L << 20, 32L << 20), ReadLimits.forHeap(32L << 20));
        assertEquals(new ReadLimits(64L << 20, 768L << 20, 6L << 30), ReadLimits.forHeap(6L << 30));
    }

    @Test
    void seedDocumentsLoadWithZeroProblemsAndEveryFact() {
        assumeTrue(Files.isDirectory(SEEDS), "seed documents not next to this checkout");
        Knowledge k = KnowledgeLoader.load(SEEDS);
        assertEquals(List.of(), k.problems());
        assertEquals(2, k.documents().size());
        Document guide = k.documents().stream().filter(d -> d.kind() == DocumentKind.GUIDE).findFirst().orElseThrow();
        // 4 factbox lines, 5 cities × (population, role, known for, best for), 14 regions × 3 columns, and the front
        // matter's iso_code and continent
        assertEquals(4 + 5 * 4 + 14 * 3 + 2, guide.statements().size());
        Document article = k.documents().stream().filter(d -> d.kind() == DocumentKind.ARTICLE).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 11), article.date());
        String text = article.passages().stream().map(Passage::text).collect(Collectors.joining("\n"));
        for (String figure : List.of("111,000", "20mn", "17 regions", "7,600", "275", "98,000", "267,000", "63%")) {
            assertTrue(text.contains(figure), figure);
        }
        assertTrue(article.passages().stream().noneMatch(p -> p.text().contains("first appeared")
                || p.text().equals("News") || p.text().equals("Dismiss")));
    }
}
