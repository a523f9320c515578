package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import kz.bot.answer.Outline;
import kz.bot.map.LocatorMap;
import org.junit.jupiter.api.Test;

/**
 * Cards with their locator map, and the Map and Nearby buttons, end to end: the PNG the bot uploads shows the place,
 * a map sent once is named by its file id afterwards, and the buttons say what they do in the user's language.
 */
class MapTest extends WithBot {

    /** Kentau and Aktau, from the knowledge's gazetteer. */
    static final double[] KENTAU = {43.5167, 68.5046};
    static final double[] AKTAU = {43.6611, 51.1739};

    private static List<FakeBotApi.Request> posts(long chat, String language, String text, int expected) {
        people.say(chat, language, text);
        bot.api.awaitPosts(chat, expected);
        bot.awaitIdle();
        return bot.api.posts(chat);
    }

    private static Color markerAt(byte[] png, double[] place) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        LocatorMap map = LocatorMap.of(Outline.shipped());
        assertEquals(map.width(), image.getWidth());
        assertEquals(map.height(), image.getHeight());
        Point p = map.pixel(place[0], place[1]);
        return new Color(image.getRGB(p.x, p.y));
    }

    @Test
    void aShortCardIsOnePhotoCaptionedWithTheCardAndItsButtons() throws IOException {
        List<FakeBotApi.Request> posts = posts(6101, "en", "/city Kentau", 1);
        assertEquals(1, posts.size(), "one post: " + posts);
        FakeBotApi.Request card = posts.get(0);
        assertTrue(card.photo());
        assertTrue(card.text().startsWith("<b>Kentau — city</b>\n"), card.text());
        assertTrue(card.text().contains("<i>Source"), card.text());
        assertEquals(LocatorMap.MARKER, markerAt(card.upload(), KENTAU), "the map marks Kentau");
        List<List<String>> labels = People.labels(card);
        assertEquals(List.of("Nearby"), labels.get(labels.size() - 1), "the map is there: no Map button");
        assertTrue(labels.get(0).get(0).startsWith("Region: "), labels.toString());
    }

    @Test
    void aMapSentOnceIsNamedByItsFileIdAfterwards() {
        FakeBotApi.Request first = posts(6201, "en", "/city Temirtau", 1).get(0);
        assertTrue(first.upload().length > 1000, "uploaded");
        FakeBotApi.Request again = posts(6202, "ru", "/city Temirtau", 1).get(0);
        assertEquals(0, again.upload().length, "not uploaded again");
        assertTrue(again.params().path("photo").asText().startsWith("fake-file-"), again.params().toString());
        assertTrue(again.text().startsWith("<b>Темиртау — город</b>"), again.text());
    }

    @Test
    void aLongCardIsThePhotoCaptionedWithTheTitleThenTheCardAsText() {
        List<FakeBotApi.Request> posts = posts(6301, "kk", "/city Almaty", 2);
        assertEquals(2, posts.size(), posts.toString());
        assertTrue(posts.get(0).photo());
        assertEquals("<b>Алматы — қала</b>", posts.get(0).text());
        assertFalse(posts.get(0).params().has("reply_markup"));
        FakeBotApi.Request text = posts.get(1);
        assertTrue(text.text().startsWith("<b>Алматы — қала</b>\n") || text.text().startsWith("<b>Алматы — қала</b> (1/"),
                text.text());
        List<List<String>> labels = People.labels(text);
        assertTrue(labels.contains(List.of("Маңайында")), "nearby is offered, beside the pages of a long card: "
                + labels);
    }

    @Test
    void aMapTelegramRefusesLeavesTheCardAsText() {
        bot.api.failNext("sendPhoto", FakeBotApi.error(400, "Bad Request: PHOTO_INVALID_DIMENSIONS"));
        people.say(6601, "en", "/city Kentau");
        FakeBotApi.Request card = bot.api.awaitMessages(6601, 1).get(0);
        assertTrue(card.text().startsWith("<b>Kentau — city</b>\n"), card.text());
        assertEquals(List.of("Nearby"), People.labels(card).get(People.labels(card).size() - 1));
    }

    @Test
    void aRegionsMapMarksItsAdministrativeCentre() throws IOException {
        FakeBotApi.Request card = posts(6401, "ru", "/region Mangystau", 1).get(0);
        assertTrue(card.photo());
        assertTrue(card.text().startsWith("<b>Мангистауская область"), card.text());
        assertEquals(LocatorMap.MARKER, markerAt(card.upload(), AKTAU));
    }

    @Test
    void aFactAboutAPlaceOffersMapAndNearbyWhichSendTheMapAndTheNearestCities() throws IOException {
        String[][] cases = {{"en", "Population of Almaty", "Map", "Nearby", "Cities near Almaty",
                "Konaev — about", "<b>Almaty — city</b>"},
                {"ru", "Население Алматы", "Карта", "Рядом", "Города поблизости: Алматы", "Конаев — около",
                        "<b>Алматы — город</b>"},
                {"kk", "Алматы халқы", "Карта", "Маңайында", "Жақын маңдағы қалалар: Алматы", "Қонаев — шамамен",
                        "<b>Алматы — қала</b>"}};
        long chat = 6500;
        for (String[] c : cases) {
            chat++;
            FakeBotApi.Request fact = posts(chat, c[0], c[1], 1).get(0);
            assertFalse(fact.photo(), "a fact is no card: " + fact.text());
            List<List<String>> labels = People.labels(fact);
            assertEquals(List.of(c[2], c[3]), labels.get(labels.size() - 1), fact.text());
            people.press(chat, c[0], fact, People.button(fact, c[3]));
            bot.api.awaitPosts(chat, 2);
            bot.awaitIdle();
            FakeBotApi.Request nearby = bot.api.posts(chat).get(1);
            String plain = FakeBotApi.plain(nearby.text());
            assertTrue(plain.startsWith(c[4] + "\n"), plain);
            assertTrue(plain.contains(c[5]), plain);
            assertTrue(plain.contains("\n\n"), "with its source: " + plain);
            List<List<String>> near = People.labels(nearby);
            assertEquals(List.of(c[2]), near.get(near.size() - 1), "Map, and no Nearby again");
            assertTrue(People.button(nearby, near.get(0).get(0)).startsWith("c:"), "the cities are buttons");
            people.press(chat, c[0], fact, People.button(fact, c[2]));
            bot.api.awaitPosts(chat, 3);
            bot.awaitIdle();
            FakeBotApi.Request map = bot.api.posts(chat).get(2);
            assertTrue(map.photo());
            assertTrue(map.text().startsWith(c[6]), map.text());
        }
        assertEquals(List.of(), bot.api.refusals());
    }
}
