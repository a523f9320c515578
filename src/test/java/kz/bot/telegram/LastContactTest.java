package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the health check reads: how long ago the polling bot last heard from the Bot API. */
class LastContactTest {

    @TempDir
    Path dir;

    @Test
    void growsWhileTheBotApiIsAwayAndResetsWhenItAnswersAgain() throws Exception {
        try (TestBot bot = TestBot.start(dir)) {
            bot.api.await("getUpdates", 2, r -> true, Duration.ofSeconds(10)); // the first has been answered
            assertTrue(bot.bot.sinceLastContact().compareTo(Duration.ofSeconds(3)) < 0,
                    "a long poll of 2 s answers at least every 2 s: " + bot.bot.sinceLastContact());
            bot.api.stop();
            Thread.sleep(3500);
            assertTrue(bot.bot.sinceLastContact().compareTo(Duration.ofSeconds(3)) > 0,
                    "nothing answered for 3.5 s: " + bot.bot.sinceLastContact());
            bot.api.restart();
            int before = bot.api.requests("getUpdates").size();
            bot.api.await("getUpdates", before + 2, r -> true, Duration.ofSeconds(20));
            assertTrue(bot.bot.sinceLastContact().compareTo(Duration.ofSeconds(3)) < 0,
                    "heard again: " + bot.bot.sinceLastContact());
        }
    }
}
