package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.bot.ShippedKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text no user should send, through the whole answering path: always an answer, never an exception. */
class HostileInputTest {

    static List<String> hostile() {
        List<String> out = new ArrayList<>(List.of(
                "*:*", "a~~", "\"unclosed", "(((", "\\", "/regex/", "field:value", "title:Almaty AND text:oil",
                "'; DROP TABLE facts; --", "<b>bold</b> <a href=\"javascript:alert(1)\">x</a> &amp;",
                "\u0000\u0001\u0002 control", "zero\u200Bwidth\u200F rtl \u202E", "🙂🙂🙂", "Алматы population 人口",
                "/city " + "A".repeat(5000), "/city@", "/@", "/", "/unknown_command arg", "   ", "",
                "?".repeat(1000), "\uD800 lone surrogate", "Almaty".repeat(2000)));
        out.add("word ".repeat(10_000));
        out.add("x".repeat(100 * 1024));
        out.add("Алматы ".repeat(150_000));
        return out;
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyMessageGetsAnAnswer(String text) {
        Answer a = ShippedKnowledge.ask(text);
        assertNotNull(a.text());
        assertFalse(a.text().isBlank());
        assertTrue(a.text().length() < 4000, "answers stay short");
    }
}
