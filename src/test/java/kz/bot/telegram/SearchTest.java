package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /search in Telegram reads its words as a search box does (Lucene's SimpleQueryParser, through the core): "quoted
 * phrases" in their order, -exclusions, prefix*, in three languages, end to end; the rest of the query language is
 * never applied to what users type.
 */
class SearchTest extends WithBot {

    static long nextChat = 9100;

    /** The plain text of the answer to {@code /search words} in a chat of its own. */
    private static String search(String language, String words) {
        long chat = nextChat++;
        people.say(chat, language, "/search " + words);
        return FakeBotApi.plain(bot.api.awaitMessages(chat, 1).get(0).text());
    }

    /** The numbered results of a search answer. */
    private static List<String> results(String answer) {
        return answer.lines().filter(l -> l.matches("\\d\\. .*")).toList();
    }

    @Test
    void aQuotedPhraseMatchesItsWordsInTheirOrderInThreeLanguages() {
        String[][] cases = {{"en", "\"power stations\"", "\"stations power\"", "stations power", "power stations",
                "Nothing in my documents matches"},
                {"ru", "\"железной руды\"", "\"руды железной\"", "руды железной", "железной руды",
                        "В моих документах ничего не нашлось"},
                {"kk", "\"темір кенінің\"", "\"кенінің темір\"", "кенінің темір", "темір кен",
                        "Құжаттарымда"}};
        for (String[] c : cases) {
            String phrase = search(c[0], c[1]);
            assertFalse(results(phrase).isEmpty(), phrase);
            assertTrue(results(phrase).get(0).toLowerCase().contains(c[4]), phrase);
            assertTrue(search(c[0], c[2]).startsWith(c[5]), "the same words in another order are no phrase");
            assertFalse(results(search(c[0], c[3])).isEmpty(), "unquoted, the words match in any order");
        }
    }

    @Test
    void aMinusExcludesInThreeLanguages() {
        String[][] cases = {{"en", "coal", "Karaganda"}, {"ru", "\"железной руды\"", "уголь"},
                {"kk", "көмір", "Қарағанды"}};
        for (String[] c : cases) {
            List<String> with = results(search(c[0], c[1]));
            assertTrue(with.stream().anyMatch(r -> r.toLowerCase().contains(stem(c[2]))),
                    "without the exclusion, some result mentions " + c[2] + ": " + with);
            List<String> without = results(search(c[0], c[1] + " -" + c[2]));
            assertFalse(without.isEmpty());
            without.forEach(r -> assertFalse(r.toLowerCase().contains(stem(c[2])), r));
        }
    }

    @Test
    void aStarMatchesWordsThatBeginSoInThreeLanguages() {
        String[][] cases = {{"en", "uran", "uranium"}, {"ru", "металлург", "металлургический"},
                {"kk", "балқыт", "балқыту"}};
        for (String[] c : cases) {
            String prefix = search(c[0], c[1] + "*");
            assertTrue(results(prefix).stream().anyMatch(r -> r.contains(c[2])), prefix);
            String word = search(c[0], c[1]);
            assertFalse(results(word).stream().anyMatch(r -> r.contains(c[2])), "without the star: " + word);
        }
    }

    @Test
    void theClassicQuerySyntaxIsNeverAppliedToWhatUsersType() {
        for (String odd : List.of("title:oil", "oil AND gas)", "[a TO z]", "oil~2", "\"unclosed", "-", "*", "((")) {
            String answer = search("en", odd);
            assertTrue(answer.startsWith("Found for") || answer.startsWith("Nothing in my documents matches"),
                    odd + " → " + answer);
        }
    }

    /** The start of a word, so that its case forms count too (Карагандинском, Қарағандыдан). */
    private static String stem(String word) {
        return word.toLowerCase().substring(0, Math.min(6, word.length()));
    }
}
