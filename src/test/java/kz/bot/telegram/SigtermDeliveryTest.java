package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kz.bot.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM under load loses no update. The real program in a child JVM with production settings (Telegram's 30
 * messages a second) gets 300 questions from 300 users at once, more than it may send in the 5 s it has to stop, and
 * is stopped with SIGTERM once 30 answers are out. Before, every update was taken (and so confirmed to Telegram) and
 * its reply queued: whatever was still queued after the grace was lost for good. Now the send queue is bounded: what
 * the bot took, it answers before it exits; what it did not take stays at Telegram, unconfirmed, and the next process
 * answers it. In the end every user has exactly one answer.
 */
class SigtermDeliveryTest {

    static final int USERS = 300;
    static final long FIRST = 20_000;

    @TempDir
    Path dir;

    @Test
    void everyUpdateIsAnsweredOnceAcrossASigtermUnderLoad() throws Exception {
        Path knowledge = TestBot.copyKnowledge(dir.resolve("knowledge"));
        try (FakeBotApi api = new FakeBotApi()) {
            List<Integer> ids = new ArrayList<>();
            ChildJvm first = child(api, knowledge, "first");
            Process process = first.start("telegram");
            long stopped;
            long exited;
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                for (int i = 0; i < USERS; i++) {
                    ids.add(ask(api, FIRST + i));
                }
                api.await("sendMessage", 30, r -> r.chatId() >= FIRST, Duration.ofSeconds(30));
                stopped = System.nanoTime();
                process.destroy(); // SIGTERM
                assertTrue(process.waitFor(15, TimeUnit.SECONDS), "exits on SIGTERM");
                exited = System.nanoTime();
                assertEquals(143, process.exitValue());
            } finally {
                process.destroyForcibly();
            }
            int before = answered(api, ids, Long.MIN_VALUE, stopped);
            int during = answered(api, ids, stopped, exited);
            Set<Integer> left = new HashSet<>(api.unconfirmed());
            int unanswered = 0;
            int lost = 0;
            for (int i = 0; i < USERS; i++) {
                if (api.delivered(FIRST + i).isEmpty()) {
                    unanswered++;
                    if (!left.contains(ids.get(i))) {
                        lost++;
                    }
                }
            }
            System.out.printf("SIGTERM under load: %d questions; %d answered before SIGTERM, %d during the %d ms"
                            + " shutdown, %d left unconfirmed at Telegram, %d lost%n", USERS, before, during,
                    (exited - stopped) / 1_000_000, unanswered, lost);
            assertEquals(0, lost, "taken (confirmed) but never answered");
            assertFalse(first.errText().contains("\tat "), first.errText());

            ChildJvm second = child(api, knowledge, "second");
            Process again = second.start("telegram");
            try {
                for (int i = 0; i < USERS; i++) {
                    api.awaitMessages(FIRST + i, 1);
                }
                again.destroy();
                assertTrue(again.waitFor(15, TimeUnit.SECONDS));
            } finally {
                again.destroyForcibly();
            }
            for (int i = 0; i < USERS; i++) {
                List<FakeBotApi.Request> got = api.delivered(FIRST + i);
                assertEquals(1, got.size(), "user " + (FIRST + i) + ": " + got);
                assertTrue(got.get(0).text().contains("Capital: Astana"), got.get(0).text());
            }
        }
    }

    private static int answered(FakeBotApi api, List<Integer> ids, long from, long to) {
        int n = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (FakeBotApi.Request r : api.delivered(FIRST + i)) {
                if (r.nanos() >= from && r.nanos() < to) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int ask(FakeBotApi api, long user) {
        return api.feed("private-text.json", u -> {
            u.withObjectProperty("message").withObjectProperty("chat").put("id", user);
            u.withObjectProperty("message").withObjectProperty("from").put("id", user);
        });
    }

    private ChildJvm child(FakeBotApi api, Path knowledge, String name) {
        return new ChildJvm(dir, name).env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                .env("TELEGRAM_API_URL", api.url().toString()).env("KNOWLEDGE_DIR", knowledge.toString())
                .env("DATA_DIR", dir.resolve("data").toString())
                .env("BOT_ADMIN_IDS", String.valueOf(TestBot.ADMIN_ID));
    }
}
