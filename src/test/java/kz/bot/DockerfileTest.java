package kz.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Docker image promises, read from the Dockerfile: no Docker engine runs where the tests run, so the image
 * itself is not built here — this keeps the promises from being edited away unnoticed.
 */
class DockerfileTest {

    private static List<String> instructions() throws IOException {
        return Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void runsAsANonRootUserWithReadOnlyKnowledgeAndADataVolume() throws IOException {
        List<String> lines = instructions();
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertEquals(List.of("USER bot"), users, "the runtime stage runs as the unprivileged user 'bot'");
        assertTrue(lines.contains("COPY --chown=root:root --chmod=a=rX knowledge /app/knowledge"),
                "knowledge belongs to root and is read-only for the bot");
        assertTrue(lines.contains("VOLUME [\"/data\"]"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("KNOWLEDGE_DIR=/app/knowledge")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("DATA_DIR=/data")));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("FROM ")).count(), "multi-stage: build, then runtime");
        assertTrue(lines.stream().filter(l -> l.startsWith("FROM ")).skip(1).findFirst().orElseThrow()
                .contains("17-jre"), "the runtime stage is a Java 17 runtime");
    }
}
