package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

    private final CallbackData data = new CallbackData();

    @Test
    void citiesAndRegionsAreWrittenCompactlyAndReadBack() {
        assertEquals("c:Almaty", data.encode("/city Almaty"));
        assertEquals("r:North Kazakhstan", data.encode("/region North Kazakhstan"));
        assertEquals("x:search oil", data.encode("/search oil"));
        assertEquals(ask("/city Almaty"), data.decode("c:Almaty"));
        assertEquals(ask("/region North Kazakhstan"), data.decode("r:North Kazakhstan"));
        assertEquals(ask("/search oil"), data.decode("x:search oil"));
    }

    @Test
    void aCommandTooLongFor64BytesGetsATokenThatReadsBack() {
        String command = "/city " + "Қызылорда облысының әкімшілік орталығы";
        assertTrue(("c:" + command.substring(6)).getBytes(StandardCharsets.UTF_8).length > 64);
        String encoded = data.encode(command);
        assertTrue(encoded.startsWith("t:"), encoded);
        assertTrue(encoded.getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES);
        assertEquals(ask(command), data.decode(encoded));
        assertEquals(Optional.empty(), new CallbackData().decode(encoded), "another process does not know it");
    }

    @Test
    void dataThatIsNotOursDecodesToNothing() {
        assertEquals(Optional.empty(), data.decode(null));
        assertEquals(Optional.empty(), data.decode(""));
        assertEquals(Optional.empty(), data.decode("hello"));
        assertEquals(Optional.empty(), data.decode("z:Almaty"));
        assertEquals(Optional.empty(), data.decode("x:не команда"));
    }

    @Test
    void questionsAreSentAsTheyAreAndTheExampleQuestionsByTheirPlaceInTheList() {
        assertEquals("q:How big is Almaty?", data.encode("How big is Almaty?"));
        assertEquals(ask("How big is Almaty?"), data.decode("q:How big is Almaty?"));
        // an example question in Russian is over 64 bytes as text, and fits as its language and number
        String russian = CallbackData.examples(Language.RU).get(1);
        assertEquals("e:ru1", data.encode(russian));
        assertEquals(ask(russian), data.decode("e:ru1"));
        String kazakh = CallbackData.examples(Language.KK).get(3);
        assertEquals(ask(kazakh), data.decode(data.encode(kazakh)));
        assertEquals(Optional.empty(), data.decode("e:ru99"));
        assertEquals(Optional.empty(), data.decode("e:xx1"));
        assertEquals(Optional.empty(), data.decode("q:"));
        String longQuestion = "Сколько людей живёт в Мангистауской области по последним данным переписи?";
        String token = data.encode(longQuestion);
        assertTrue(token.startsWith("t:"), token);
        assertEquals(ask(longQuestion), data.decode(token));
    }

    @Test
    void pagesNameTheirNumberLanguageExtrasAndHowToFindTheAnswerAgain() {
        String sources = data.page(2, Language.RU, Set.of(Extra.MAP, Extra.NEARBY), "/sources").orElseThrow();
        assertEquals("p:2:rumn:x:sources", sources);
        assertEquals(Optional.of(new Press.Page(2, Language.RU, Set.of(Extra.MAP, Extra.NEARBY), "/sources", "")),
                data.decode(sources));
        assertEquals("p:3:kk:c:Almaty", data.page(3, Language.KK, Set.of(), "/city Almaty").orElseThrow());
        assertEquals(Optional.empty(), data.page(2, Language.EN, Set.of(), "/search " + "долгий запрос ".repeat(5)),
                "too long: the view is kept instead");
        assertEquals(Optional.empty(), data.page(2, Language.EN, Set.of(), "a question, not a command"));
        String kept = data.keptPage(12, Language.EN, Set.of(Extra.TRY_INLINE), "AbC-12_x");
        assertEquals("p:12:eni:k:AbC-12_x", kept);
        assertEquals(Optional.of(new Press.Page(12, Language.EN, Set.of(Extra.TRY_INLINE), "", "AbC-12_x")),
                data.decode(kept));
        for (String bad : List.of("p:0:en:x:sources", "p:2:zz:x:sources", "p:2:en:q:hello", "p:x:en:x:sources",
                "p:2:en:k:", "p:2:en", "p:123:en:x:sources")) {
            assertEquals(Optional.empty(), data.decode(bad), bad);
        }
    }

    @Test
    void mapAndNearbyNameThePlace() {
        assertEquals("g:17", data.map(17));
        assertEquals("n:17", data.nearby(17));
        assertEquals(Optional.of(new Press.Map(17)), data.decode("g:17"));
        assertEquals(Optional.of(new Press.Nearby(17)), data.decode("n:17"));
        assertEquals(Optional.empty(), data.decode("g:-1"));
        assertEquals(Optional.empty(), data.decode("n:seventeen"));
    }

    private static Optional<Press> ask(String text) {
        return Optional.of(new Press.Ask(text));
    }
}
