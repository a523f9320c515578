package kz.bot.telegram;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bot for a whole test class, with people to talk to it: each test talks in chats of its own, so the requests
 * of other tests never count.
 */
abstract class WithBot {

    @TempDir
    static Path dir;
    static TestBot bot;
    static People people;

    @BeforeAll
    static void startBot() {
        bot = TestBot.start(dir);
        people = new People(bot.api);
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    /**
     * Runs {@code send} (a message to the bot) once everything before it is answered, and returns the text of the
     * last post it caused in {@code chat}.
     */
    static String answerIn(long chat, Runnable send) {
        bot.awaitIdle();
        int before = bot.api.posts(chat).size();
        send.run();
        bot.api.awaitPosts(chat, before + 1);
        bot.awaitIdle();
        List<FakeBotApi.Request> posts = bot.api.posts(chat);
        return posts.get(posts.size() - 1).text();
    }
}
