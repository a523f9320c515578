package kz.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.bot.cli.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticKnowledgeTest {

    private static String contents(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                sb.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return sb.toString();
    }

    @Test
    void sameSizeAndSeedGiveTheSameKnowledge(@TempDir Path tmp) throws IOException {
        SyntheticKnowledge.Generated a = SyntheticKnowledge.write(tmp.resolve("a"), 300, 7);
        SyntheticKnowledge.write(tmp.resolve("b"), 300, 7);
        SyntheticKnowledge.write(tmp.resolve("c"), 300, 8);
        assertEquals(contents(tmp.resolve("a")), contents(tmp.resolve("b")));
        assertNotEquals(contents(tmp.resolve("a")), contents(tmp.resolve("c")));
        assertEquals(300, a.passages());
        assertEquals(60, a.cities().size());
        assertEquals(30, a.regions().size());
    }

    @Test
    void generatedKnowledgePassesCheckWithExactlyTheRequestedPassages(@TempDir Path tmp) throws IOException {
        SyntheticKnowledge.Generated g = SyntheticKnowledge.write(tmp, 500, 42);
        Check.Summary checked = Check.summarize(tmp);
        assertEquals(List.of(), checked.problems());
        assertEquals(5, checked.knowledge().documents().size());
        assertEquals(500, checked.knowledge().passageCount());
        assertEquals(g.cities().size(), checked.cities());
        assertEquals(g.regions().size(), checked.regions());
    }
}
