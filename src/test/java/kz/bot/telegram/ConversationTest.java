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
    void inAGroupEachMemberHasTheirOwnConversationInThreeLanguages() {
        String[][] cases = {{"en", "Population of Almaty", "Almaty — Population", "and Astana?",
                "Astana — Population: 1,638,233"},
                {"ru", "Население Алматы", "Алматы — Население", "а в Караганде?", "Караганда — Население: 515 632"},
                {"kk", "Алматы халқы қанша?", "Алматы — Халқы", "Шымкент ше?", "Шымкент — Халқы: 1 293 648"}};
        long group = -1005300000000L;
        for (String[] c : cases) {
            long g = --group;
            assertTrue(askIn(g, 5401, c[0], "@OurBot " + c[1]).startsWith(c[2]));
            String other = askIn(g, 5402, c[0], "@OurBot " + c[3]);
            assertFalse(other.startsWith(c[4]), "the second member asked nothing before: " + other);
            String same = askIn(g, 5401, c[0], "@OurBot " + c[3]);
            assertTrue(same.startsWith(c[4]), same);
        }
    }

    /** {@code text} from {@code user} in {@code group}; the text of the last post it caused. */
    private static String askIn(long group, long user, String language, String text) {
        return answerIn(group, () -> people.say(group, user, language, text, null));
    }

    @Test
    void aReplyToOneOfTheBotsMessagesContinuesThatMessagesTopicInThreeLanguages() {
        String[][] cases = {
                {"en", "Population of Almaty", "where is Aktau", "Region: Mangystau", "and Astana?",
                        "Astana — Population: 1,638,233", "and Shymkent?", "Shymkent — Region:"},
                {"ru", "Население Алматы", "Где находится Актау?", "Область: Мангистауская область", "а в Караганде?",
                        "Караганда — Население: 515 632", "а Шымкент?", "Шымкент — Область:"},
                {"kk", "Алматы халқы қанша?", "Ақтау қайда орналасқан?", "Облысы: Маңғыстау облысы", "Шымкент ше?",
                        "Шымкент — Халқы: 1 293 648", "Шымкент ше?", "Шымкент — Облысы:"}};
        long chat = 5500;
        for (String[] c : cases) {
            long id = ++chat;
            people.say(id, c[0], c[1]);
            FakeBotApi.Request population = bot.api.awaitMessages(id, 1).get(0);
            people.say(id, c[0], c[2]);
            FakeBotApi.Request where = bot.api.awaitMessages(id, 2).get(1);
            assertTrue(where.text().startsWith(c[3]), where.text());
            // the conversation is now about where places are; a reply to the first answer goes back to population
            String reply = answerIn(id, () -> people.say(id, id, c[0], c[4], bot.api.messageId(population)));
            assertTrue(reply.startsWith(c[5]), reply);
            String region = answerIn(id, () -> people.say(id, id, c[0], c[6], bot.api.messageId(where)));
            assertTrue(region.startsWith(c[7]), region);
        }
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
