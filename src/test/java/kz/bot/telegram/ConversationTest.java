package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.bot.answer.Messages;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/**
 * A conversation, not a lookup (issue 13, the Telegram side), end to end in three languages: small talk with example
 * questions to tap, follow-ups within a chat's conversation, conversations that never cross chats or group members,
 * a reply to one of the bot's messages continuing that message's topic, and shared locations.
 */
class ConversationTest extends WithBot {

    /** Sends {@code text} and returns the text of the answer (the last post it caused). */
    private static String ask(long chat, String language, String text) {
        return answerIn(chat, () -> people.say(chat, language, text));
    }

    @Test
    void smallTalkIsAnsweredWithExampleQuestionsAsButtonsThatAskThem() {
        String[][] cases = {{"en", "hi", "Hello!"}, {"ru", "привет", "Здравствуйте!"},
                {"kk", "сәлем", "Сәлеметсіз бе!"}};
        long chat = 5100;
        for (String[] c : cases) {
            chat++;
            people.say(chat, c[0], c[1]);
            FakeBotApi.Request reply = bot.api.awaitMessages(chat, 1).get(0);
            assertTrue(reply.text().startsWith(c[2]), reply.text());
            Language language = Language.fromCode(c[0]).orElseThrow();
            List<String> examples = CallbackData.examples(language);
            List<List<String>> labels = People.labels(reply);
            assertEquals(examples.size(), labels.size(), labels.toString());
            for (int i = 0; i < examples.size(); i++) {
                assertEquals(List.of(examples.get(i)), labels.get(i));
                assertEquals("e:" + c[0] + i, People.button(reply, examples.get(i)));
            }
            people.press(chat, c[0], reply, People.button(reply, examples.get(2)));
            String answer = bot.api.awaitPosts(chat, 2).get(1).text();
            assertTrue(answer.contains(language == Language.KK ? "Алматы — Халқы: 2 347 924" : language == Language.RU
                    ? "Алматы — Население: 2 347 924" : "Almaty — Population: 2,347,924"), answer);
        }
    }

    @Test
    void aFollowUpContinuesTheChatsConversationInThreeLanguages() {
        assertTrue(ask(5201, "en", "Population of Almaty").startsWith("Almaty — Population: 2,347,924"));
        assertTrue(ask(5201, "en", "and Astana?").startsWith("Astana — Population: 1,638,233"));
        assertTrue(ask(5202, "ru", "Население Алматы").startsWith("Алматы — Население: 2 347 924"));
        assertTrue(ask(5202, "ru", "а в Караганде?").startsWith("Караганда — Население: 515 632"));
        assertTrue(ask(5203, "kk", "Астананың халқы қанша?").startsWith("Астана — Халқы: 1 638 233"));
        assertTrue(ask(5203, "kk", "Шымкент ше?").startsWith("Шымкент — Халқы: 1 293 648"));
    }

    @Test
    void aConversationNeverCrossesChats() {
        assertTrue(ask(5301, "en", "Population of Almaty").startsWith("Almaty — Population"));
        String elsewhere = ask(5302, "en", "and Astana?");
        // another chat knows nothing of the population asked before: a bare place name gets the place's card
        assertTrue(elsewhere.startsWith("<b>Astana — city</b>"), elsewhere);
    }

    @Test
    void inAGroupEachMemberHasTheirOwnConversation() {
        long group = -1005300000001L;
        assertTrue(askIn(group, 5401, "@OurBot Population of Almaty").startsWith("Almaty — Population"));
        String other = askIn(group, 5402, "@OurBot and Astana?");
        assertTrue(other.startsWith("<b>Astana — city</b>"), "the second member asked nothing before: " + other);
        String same = askIn(group, 5401, "@OurBot and Astana?");
        assertTrue(same.startsWith("Astana — Population: 1,638,233"), same);
    }

    /** {@code text} from {@code user} in {@code group}; the text of the last post it caused. */
    private static String askIn(long group, long user, String text) {
        return answerIn(group, () -> people.say(group, user, "en", text, null));
    }

    @Test
    void aReplyToOneOfTheBotsMessagesContinuesThatMessagesTopic() {
        long chat = 5501;
        people.say(chat, "en", "Population of Almaty");
        FakeBotApi.Request population = bot.api.awaitMessages(chat, 1).get(0);
        people.say(chat, "en", "where is Aktau");
        FakeBotApi.Request where = bot.api.awaitMessages(chat, 2).get(1);
        assertTrue(where.text().startsWith("Region: Mangystau"), where.text());
        bot.awaitIdle(); // both answers are sent, and their topics remembered
        // the conversation is now about where places are; the reply goes back to the population
        people.say(chat, chat, "en", "and Astana?", bot.api.messageId(population));
        String reply = bot.api.awaitPosts(chat, 3).get(2).text();
        assertTrue(reply.startsWith("Astana — Population: 1,638,233"), reply);
        people.say(chat, chat, "en", "and Shymkent?", bot.api.messageId(where));
        String region = bot.api.awaitPosts(chat, 4).get(3).text();
        assertTrue(region.startsWith("Shymkent — Region:"), region);
    }

    @Test
    void aSharedLocationIsAnsweredWithTheNearestCityItsRegionOrOutsideKazakhstan() {
        people.share(5601, "en", 43.30, 76.95, false);
        FakeBotApi.Request almaty = bot.api.awaitMessages(5601, 1).get(0);
        assertTrue(almaty.text().startsWith("The nearest city is Almaty, about 6 km to the north-east of it."),
                almaty.text());
        assertTrue(almaty.text().contains("<i>Source: Cities of Kazakhstan: regions and coordinates"), almaty.text());
        assertEquals(List.of(List.of("Map", "Nearby")), People.labels(almaty));
        people.share(5602, "ru", 49.80, 73.10, false);
        String karaganda = bot.api.awaitMessages(5602, 1).get(0).text();
        assertTrue(karaganda.startsWith("Вы в городе Караганда.") || karaganda.contains("Караганда"), karaganda);
        assertTrue(karaganda.contains("Область: Карагандинская") || karaganda.contains("Карагандин"), karaganda);
        people.share(5603, "kk", 55.75, 37.62, false);
        String moscow = bot.api.awaitMessages(5603, 1).get(0).text();
        assertTrue(moscow.startsWith(Messages.get(Language.KK).say("location_outside")), moscow);
    }

    @Test
    void aLiveLocationIsAnsweredOnceNotAtEveryMove() {
        long chat = 5701;
        People.Said live = people.share(chat, "en", 51.17, 71.45, true);
        String first = bot.api.awaitMessages(chat, 1).get(0).text();
        assertTrue(first.contains("Astana"), first);
        people.move(live, chat, 51.20, 71.50);
        people.move(live, chat, 51.25, 71.55);
        // a chat's updates are handled in order: once this is answered, the moves were handled
        String after = ask(chat, "en", "Population of Almaty");
        assertTrue(after.startsWith("Almaty — Population"), after);
        assertEquals(2, bot.api.posts(chat).size(), "the moves got no answer");
    }
}
