package kz.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

class AskTest {

    private static List<String> run(List<String> words, String stdin) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Ask.run(ShippedKnowledge.library(), words, new Ask.Mode(true, false, false), new BufferedReader(new StringReader(stdin)), out);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonHasExactlyTheDocumentedFields() throws IOException {
        List<String> lines = run(List.of("What", "is", "the", "capital", "of", "Kazakhstan?"), "");
        assertEquals(1, lines.size());
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertEquals(List.of("question", "answer", "found", "kind", "language", "sources"),
                iterable(json.fieldNames()));
        assertEquals("What is the capital of Kazakhstan?", json.get("question").asText());
        assertEquals("Kazakhstan — Capital: Astana\n\nSource: Kazakhstan: national basics, 2026-11-29",
                json.get("answer").asText());
        assertEquals(true, json.get("found").asBoolean());
        assertEquals("fact", json.get("kind").asText());
        assertEquals("Kazakhstan: national basics, 2026-11-29", json.get("sources").get(0).asText());
    }

    @Test
    void eachLineOfStandardInputIsOneObjectAndFoundIsFalseExactlyForIDontKnow() throws IOException {
        List<String> lines = run(List.of(), "Население Алматы\n\nWhat is the capital of France?\n/cities\n");
        assertEquals(3, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode ru = mapper.readTree(lines.get(0));
        assertEquals("ru", ru.get("language").asText());
        assertEquals("fact", ru.get("kind").asText());
        JsonNode france = mapper.readTree(lines.get(1));
        assertEquals(false, france.get("found").asBoolean());
        assertEquals("none", france.get("kind").asText());
        assertEquals(0, france.get("sources").size());
        assertEquals("command", mapper.readTree(lines.get(2)).get("kind").asText());
    }

    @Test
    void kazakhQuestionsAreAnsweredInKazakh() throws IOException {
        JsonNode kk = new ObjectMapper().readTree(run(List.of(), "Алматының халқы қанша?\n").get(0));
        assertEquals("kk", kk.get("language").asText());
        // the figures written the Kazakh way, and the documents cited by their Kazakh titles
        assertEquals("Алматы — Халқы: 2 347 924 (2026)\nЕскірек дереккөз: 1,8 млн — Қазақстан қалалары мен өңірлері:"
                + " анықтамалық нұсқаулық, 2026-02-13\n\nДереккөз: Қазақстан қалалары, 2026-11-29",
                kk.get("answer").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
