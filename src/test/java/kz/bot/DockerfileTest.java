package kz.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.config.Config;
import org.junit.jupiter.api.Test;

/**
 * What the Dockerfile promises, read from it: these hold wherever the tests run, with or without a container engine
 * ({@link DockerImageTest} builds and runs the image where there is one).
 */
class DockerfileTest {

    private static final Pattern ARG = Pattern.compile("ARG (\\w+)=(\\S+)");

    /** The Dockerfile's instructions, continuation lines joined, comments and blank lines left out. */
    static List<String> instructions() throws IOException {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(l.endsWith("\\") ? l.substring(0,
                    l.length() - 1).strip() : l);
            if (!l.endsWith("\\")) {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        return joined;
    }

    /** The base images the Dockerfile builds from by default, in stage order. */
    static List<String> baseImages() throws IOException {
        List<String> lines = instructions();
        List<String> images = new ArrayList<>();
        for (String from : lines.stream().filter(l -> l.startsWith("FROM ")).toList()) {
            String ref = from.split("\\s+")[1];
            for (String line : lines) {
                Matcher m = ARG.matcher(line);
                if (m.matches() && ref.equals("${" + m.group(1) + "}")) {
                    ref = m.group(2);
                }
            }
            images.add(ref);
        }
        return images;
    }

    @Test
    void buildsOnOldAndNewBuildKitAndOnBuildah() throws IOException {
        String text = String.join("\n", instructions());
        assertFalse(text.contains("--chmod"), "COPY --chmod: symbolic modes need the newest BuildKit");
        assertFalse(text.contains("--mount"), "RUN --mount: BuildKit only");
        assertFalse(text.contains("--link") || text.contains("--parents") || text.contains("--exclude"));
        assertFalse(text.contains("<<"), "heredocs: BuildKit's dockerfile 1.4 and later only");
        assertFalse(Files.readAllLines(Path.of("Dockerfile")).stream()
                        .anyMatch(l -> l.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("#syntax=")),
                "a syntax directive pulls a frontend image from Docker Hub");
        List<String> images = baseImages();
        assertEquals(2, images.size(), "multi-stage: build, then runtime");
        for (String image : images) {
            String registry = image.substring(0, image.indexOf('/') < 0 ? 0 : image.indexOf('/'));
            assertTrue(registry.contains(".") || registry.equals("localhost"),
                    image + " is fully qualified: Podman resolves no short names without a registry alias");
        }
        assertTrue(images.get(1).contains("17-jre"), "the runtime stage is a Java 17 runtime: " + images);
        assertTrue(instructions().contains("RUN mvn -B -q -o package -DskipTests"),
                "the sources are packaged offline, from the dependency layer");
    }

    @Test
    void runsTheBotAsANonRootUserWithReadOnlyKnowledgeAndADataVolume() throws IOException {
        List<String> lines = instructions();
        assertEquals(List.of("USER 10001:10001"), lines.stream().filter(l -> l.startsWith("USER ")).toList(),
                "numeric, so that runAsNonRoot can check it and a bind mount can be given to it");
        assertTrue(lines.stream().anyMatch(l -> l.contains("useradd --uid 10001 --gid bot")));
        assertTrue(lines.contains("COPY knowledge /app/knowledge"), "owned by root");
        assertTrue(lines.contains("RUN chmod -R a=rX /app"), "readable by all, writable by none but root");
        assertTrue(lines.contains("VOLUME [\"/data\"]"));
        assertTrue(lines.contains("ENV KNOWLEDGE_DIR=/app/knowledge DATA_DIR=/data"));
        String port = Config.VARIABLES.stream().filter(v -> v.name().equals("WEBHOOK_PORT")).findFirst()
                .orElseThrow().defaultValue();
        assertTrue(lines.contains("EXPOSE " + port), "the webhook's default port");
    }

    @Test
    void theBotIsTheDefaultCommandAndTheHealthCheckStartsNoJvm() throws IOException {
        List<String> lines = instructions();
        String entrypoint = lines.stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        assertTrue(entrypoint.contains("\"-XX:+ExitOnOutOfMemoryError\""), entrypoint);
        assertEquals(List.of("CMD [\"telegram\"]"), lines.stream().filter(l -> l.startsWith("CMD ")).toList());
        String health = lines.stream().filter(l -> l.startsWith("HEALTHCHECK ")).findFirst().orElseThrow();
        assertTrue(health.contains("$DATA_DIR/" + Heartbeat.FILE) && !health.contains("java"), health);
    }

    @Test
    void theBuildContextHoldsOnlyWhatTheBuildNeeds() throws IOException {
        List<String> patterns = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of("*", "!pom.xml", "!src/main", "!knowledge"), patterns);
    }
}
