package kz.bot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

class TerminalChatTest {

    private static String chat(String typed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalChat.run(ShippedKnowledge.library(), new BufferedReader(new StringReader(typed)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFollowUpGoesOnFromTheLastAnswerAsInTelegram() throws IOException {
        String out = chat("hi\nwhat is the capital of kazakhstan?\nа сколько там людей?\nand Shymkent?\n/quit\n");
        assertTrue(out.contains("> Kazakhstan — Capital: Astana"), out);
        assertTrue(out.contains("> Астана — Население: 1 638 233"), out);
        assertTrue(out.contains("> Shymkent — Population: 1,293,648"), out);
    }
}
