package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import kz.bot.kb.Libraries;
import kz.bot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A /reload whose reading of the knowledge files hangs (a file on a network drive that stopped answering) is
 * abandoned at its time limit and reported to the admin, whose next command is then answered: before, the admin got
 * nothing, and every later message of theirs queued behind the hung reload.
 */
class ReloadLimitTest {

    @TempDir
    Path dir;

    @Test
    void aHungReloadIsAbandonedAtItsLimitAndTheAdminsNextCommandIsAnswered() throws Exception {
        CountDownLatch hang = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean(); // the start-up load is not the one to hang; the next one is
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        Path data = dir.resolve("data");
        var library = Libraries.openWithLoader(knowledge, data, d -> {
            while (armed.get()) {
                try {
                    hang.await(); // deaf to interrupts, as a read of a hung file can be
                    break;
                } catch (InterruptedException e) {
                    // still stuck
                }
            }
            return KnowledgeLoader.load(d);
        });
        armed.set(true);
        BotSettings settings = TestBot.FAST.withPatience(new Patience(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2)));
        try (TestBot bot = TestBot.start(library, knowledge, data, settings, Optional.empty(),
                UnaryOperator.identity())) {
            Files.writeString(knowledge.resolve("extra.txt"), "By Someone March 3, 2025\n\nA new passage here.\n");
            bot.ask(TestBot.ADMIN_ID, "/reload");
            bot.ask(TestBot.ADMIN_ID, "/stats");
            List<FakeBotApi.Request> replies = bot.api.await("sendMessage", 2,
                    r -> r.chatId() == TestBot.ADMIN_ID, Duration.ofSeconds(8));
            String abandoned = FakeBotApi.plain(replies.get(0).text());
            assertTrue(abandoned.startsWith("Reload abandoned\nThe reload took longer than 1 s and was abandoned: the"
                    + " knowledge base in service stays unchanged."), abandoned);
            assertTrue(FakeBotApi.plain(replies.get(1).text()).startsWith("Statistics"), replies.get(1).text());
            hang.countDown();
        }
    }
}
