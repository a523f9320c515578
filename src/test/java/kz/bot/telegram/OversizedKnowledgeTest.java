package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knowledge file far larger than the heap allows (40 MB, under the loader's old fixed limit of 64 MB) in a process
 * with a small heap, as in the Docker image: it used to end {@code check}, {@code ask} and start-up with an
 * {@code OutOfMemoryError} every time — a crash loop — and a {@code /reload} of it was never answered. Now it is a
 * {@code file:line} problem: {@code check} reports it, the last good build keeps serving, and {@code /reload} answers
 * "rejected". The real program runs in child JVMs with {@code -Xmx96m}.
 */
class OversizedKnowledgeTest {

    static final String[] SMALL_HEAP = {"-Xmx96m", "-XX:+UseSerialGC"};
    static final Pattern PROBLEM = Pattern.compile("big\\.txt:(\\d+): the file goes on past (\\d+) MB, the most one"
            + " knowledge file may have in a process with a heap of (\\d+) MB");

    @TempDir
    Path dir;

    /** 40 MB of 100-byte lines. */
    private static void writeBigFile(Path file) throws IOException {
        String line = "x".repeat(99) + "\n";
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 400_000; i++) {
                w.write(line);
            }
        }
    }

    private static void assertProblemNamed(String text) {
        Matcher m = PROBLEM.matcher(text);
        assertTrue(m.find(), text);
        assertTrue(Integer.parseInt(m.group(1)) > 10_000, "the line where the limit is crossed: " + m.group(1));
        assertTrue(Integer.parseInt(m.group(3)) <= 96, "the heap named is the child's: " + m.group(3));
    }

    private static void assertNoCrash(ChildJvm child) throws IOException {
        assertFalse(child.errText().contains("OutOfMemoryError"), child.errText());
        assertFalse(child.errText().contains("\tat "), "no stack trace:\n" + child.errText());
    }

    private ChildJvm child(String name, Path knowledge, Path data) {
        return new ChildJvm(dir, name).jvm(SMALL_HEAP).env("KNOWLEDGE_DIR", knowledge.toString())
                .env("DATA_DIR", data.toString());
    }

    @Test
    void checkReportsTheFileAtTheLineWhereItPassesTheLimit() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        writeBigFile(knowledge.resolve("big.txt"));
        ChildJvm check = child("check", knowledge, dir.resolve("data"));
        assertEquals(1, check.run(60, "check"), check.errText());
        assertProblemNamed(check.outText());
        assertTrue(check.outText().contains("\n1 problem, "), check.outText());
        assertNoCrash(check);
    }

    @Test
    void askKeepsAnsweringFromTheLastGoodBuild() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        Path data = dir.resolve("data");
        ChildJvm first = child("first", knowledge, data);
        assertEquals(0, first.run(60, "ask", "What is the capital of Kazakhstan?"), first.errText());
        writeBigFile(knowledge.resolve("big.txt"));
        ChildJvm again = child("again", knowledge, data);
        assertEquals(0, again.run(60, "ask", "What is the capital of Kazakhstan?"), again.errText());
        assertTrue(again.outText().contains("Capital: Astana"), again.outText());
        assertProblemNamed(again.errText());
        assertNoCrash(again);
    }

    @Test
    void reloadOfItIsRejectedAndTheBotGoesOnAnswering() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        try (FakeBotApi api = new FakeBotApi()) {
            ChildJvm bot = child("bot", knowledge, dir.resolve("data"))
                    .env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", api.url().toString())
                    .env("BOT_ADMIN_IDS", String.valueOf(TestBot.ADMIN_ID));
            Process process = bot.start("telegram");
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                writeBigFile(knowledge.resolve("big.txt"));
                api.feed("private-text.json", u -> {
                    u.withObjectProperty("message").put("text", "/reload");
                    u.withObjectProperty("message").withObjectProperty("chat").put("id", TestBot.ADMIN_ID);
                    u.withObjectProperty("message").withObjectProperty("from").put("id", TestBot.ADMIN_ID);
                });
                String report = FakeBotApi.plain(api.await("sendMessage", 1, r -> r.chatId() == TestBot.ADMIN_ID,
                        Duration.ofSeconds(60)).get(0).text());
                assertTrue(report.startsWith("Reload rejected"), report);
                assertProblemNamed(report);
                api.feed("private-text.json");
                String answer = api.awaitMessages(TestBot.USER_ID, 1).get(0).text();
                assertTrue(answer.contains("Capital: Astana"), answer);
                assertTrue(process.isAlive());
            } finally {
                process.destroyForcibly();
            }
        }
        assertNoCrash(new ChildJvm(dir, "bot"));
    }
}
