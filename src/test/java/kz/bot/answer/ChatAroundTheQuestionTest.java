package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import kz.bot.ShippedKnowledge;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** The greetings, openers and thanks around a question in a chat are blanked out; the question itself is kept. */
class ChatAroundTheQuestionTest {

    /** The mark that set a blanked opener apart from the question stays in the text: "real quick: …". */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s,.:;!?–—-]+");

    private static String read(Language language, String text) {
        String out = Reader.withoutGreeting(Phrases.of(language), text);
        assertEquals(text.length(), out.length(), "every character keeps its place");
        return LEADING_MARKS.matcher(out).replaceFirst("").strip();
    }

    @Test
    void openersOneAfterAnotherAreBlankedOut() {
        assertEquals("what time zone is almaty in", read(Language.EN, "real quick: what time zone is almaty in"));
        assertEquals("lake balkhash, is it true that half of it is salty?",
                read(Language.EN, "so i was reading about lake balkhash, is it true that half of it is salty?"));
        assertEquals("какая валюта в казахстане",
                read(Language.RU, "всем привет, не подскажете, какая валюта в казахстане"));
        assertEquals("қазақстанда неше облыс бар",
                read(Language.KK, "сәлем, сұрақ бар еді, қазақстанда неше облыс бар"));
        assertEquals("kakoe naselenie shymkenta", read(Language.RU, "a mozhno vopros, kakoe naselenie shymkenta"));
        // leaving what was said before: "ok nvm." had been read as an unknown word that sank the answer
        assertEquals("where is he buried", read(Language.EN, "ok nvm. where is he buried"));
        assertEquals("where is he buried", read(Language.EN, "anyway, where is he buried"));
        assertEquals("ok", read(Language.EN, "ok"), "alone it is small talk");
        assertEquals("абай қайда жерленген", read(Language.KK, "мейлі, абай қайда жерленген"));
    }

    @Test
    void wordsThatTurnToTheNextQuestionAreBlankedOut() {
        // "last" and «соңғы» had been content words that no candidate holds: the right answer was not sure enough
        assertEquals("when was the tenge introduced", read(Language.EN, "last one: when was the tenge introduced"));
        assertEquals("how tall is khan tengri", read(Language.EN, "one more thing, how tall is khan tengri"));
        assertEquals("when did kazakhstan become independent",
                read(Language.EN, "switching topics - when did kazakhstan become independent"));
        assertEquals("какая самая длинная река", read(Language.RU, "и последний вопрос: какая самая длинная река"));
        assertEquals("где родился абай", read(Language.RU, "ещё одно, где родился абай"));
        assertEquals("ең биік тау қандай", read(Language.KK, "соңғы сұрақ: ең биік тау қандай"));
        assertEquals("астананың халқы қанша", read(Language.KK, "тағы бір нәрсе, астананың халқы қанша"));
        assertEquals("which was the last one", read(Language.EN, "which was the last one"), "not at the start");
    }

    @Test
    void thanksAndClosingWordsAfterAMarkAreBlankedOut() {
        assertEquals("when did kazakhstan become independent?",
                read(Language.EN, "hey, when did kazakhstan become independent? thanks in advance"));
        assertEquals("на каком языке говорят в казахстане?",
                read(Language.RU, "на каком языке говорят в казахстане? заранее спасибо"));
        assertEquals("қазақстанның тұңғыш президенті кім еді,",
                read(Language.KK, "қазақстанның тұңғыш президенті кім еді, рақмет"));
        assertEquals("қазақстанның ең биік тауы қандай",
                read(Language.KK, "алдын ала рақмет, қазақстанның ең биік тауы қандай"));
        // a name for the one thanked may stand between the thanks and the mark
        assertEquals("а население астаны?", read(Language.RU, "спасибо друг, а население астаны?"));
        assertEquals("ал астананың халқы қанша", read(Language.KK, "рахмет досым, ал астананың халқы қанша"));
        assertEquals("thank you friend for the answer", read(Language.EN, "thank you friend for the answer"),
                "no mark after the name: the words may be the question's");
    }

    @Test
    void theSameWordsInsideTheQuestionStay() {
        // no mark sets them apart: the words are what is asked about
        assertEquals("how do you say thank you", read(Language.EN, "how do you say thank you"));
        assertEquals("народ казахстана", read(Language.RU, "народ казахстана"));
        assertEquals("сколько людей живёт в астане", read(Language.RU, "сколько людей живёт в астане"));
        assertEquals("thanks", read(Language.EN, "thanks"), "thanks alone is small talk, left as it is");
    }

    @Test
    void aQuestionWrappedInAChatIsAnsweredAsTheQuestionAlone() {
        assertTrue(ShippedKnowledge.ask("всем привет, не подскажете, какая валюта в казахстане").body()
                .contains("тенге"));
        assertTrue(ShippedKnowledge.ask("hey, when did kazakhstan become independent? thanks in advance").body()
                .contains("16 December 1991"));
        assertTrue(ShippedKnowledge.ask("алдын ала рақмет, қазақстанның ең биік тауы қандай").body()
                .contains("Хан Тәңірі"));
        // a filler says nothing of the topic, even where some text contains it
        assertTrue(ShippedKnowledge.ask("how cold is astana in january realistically").body()
                .startsWith("Astana — Average January Temperature"));
        // "used to be" says formerly, though "used" is a stop word
        assertTrue(ShippedKnowledge.ask("what did semey used to be called").body()
                .startsWith("Semey — Former Names: Semipalatinsk"));
        // so does "-wise" after the topic ("population wise"), and «попробовать» beside a dish asked for
        assertTrue(ShippedKnowledge.ask("how big is astana now, population wise").body()
                .startsWith("Astana — Population: 1,638,233"));
        assertTrue(ShippedKnowledge.ask("что попробовать из казахской еды").body()
                .startsWith("Казахстан — Национальное блюдо: бешбармак"));
        // and «в плане», which says the same in Russian ("Almaty, climate-wise")
        assertTrue(ShippedKnowledge.ask("алматы в плане климата какой").body()
                .startsWith("Алматы — Средняя температура января"));
        // a turn to another topic in a conversation says nothing of the topic
        assertTrue(ShippedKnowledge.ask("ok diff question, whos the president").body()
                .startsWith("Kazakhstan — President: Kassym-Jomart Tokayev"));
        assertTrue(ShippedKnowledge.ask("ясно. а самое большое озеро у нас?").body()
                .startsWith("Казахстан — Крупнейшее озеро"));
    }
}
