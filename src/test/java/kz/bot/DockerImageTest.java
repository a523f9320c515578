package kz.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.bot.telegram.FakeBotApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image, built from the Dockerfile and run with the container engine found here — Podman, else Docker — and
 * skipped, saying why, where there is none (or where its base images are neither here nor pullable:
 * {@code docker/offline-base-images.sh} makes local stand-ins). {@code -Dimage.test=false} skips it by hand;
 * {@code -Dimage.engines=docker} names the engines to try, in order.
 */
class DockerImageTest {

    private static final String IMAGE = "localhost/kazakhstan-bot-test:" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ANSWER = "Kazakhstan — Capital: Astana";
    private static String engine;
    private static Path work;
    /** Why the image cannot be built here, or null: each test is skipped with it (a class-level skip says nothing). */
    private static String skipped;

    @TempDir
    Path dir;

    /** What a finished command said. */
    private record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Result run(Duration timeout, String stdin, List<String> command) throws Exception {
        Path out = Files.createTempFile(work, "out-", ".txt");
        Path err = Files.createTempFile(work, "err-", ".txt");
        Path in = Files.writeString(Files.createTempFile(work, "in-", ".txt"), stdin == null ? "" : stdin);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(in.toFile()).start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " still running after " + timeout + ": " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Result engine(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(engine));
        command.addAll(List.of(args));
        return run(Duration.ofMinutes(2), stdin, command);
    }

    @BeforeAll
    static void build() throws Exception {
        if ("false".equals(System.getProperty("image.test"))) {
            skipped = "-Dimage.test=false";
            return;
        }
        work = Files.createTempDirectory("kzbot-image-test-");
        List<String> absent = new ArrayList<>();
        for (String candidate : System.getProperty("image.engines", "podman,docker").split(",")) {
            try {
                Result info = run(Duration.ofSeconds(30), "", List.of(candidate, "info"));
                if (info.status() == 0) {
                    engine = candidate;
                    break;
                }
                absent.add(candidate + ": " + lastLine(info.err()));
            } catch (IOException e) {
                absent.add(candidate + ": not installed");
            }
        }
        if (engine == null) {
            skipped = "no container engine here to build the image with (" + String.join("; ", absent) + ")";
            return;
        }
        for (String base : DockerfileTest.baseImages()) {
            if (engine(null, "image", "inspect", base).status() != 0) {
                Result pull = run(Duration.ofMinutes(10), "", List.of(engine, "pull", base));
                if (pull.status() != 0) {
                    skipped = "the base image " + base + " is not here and cannot be pulled (" + lastLine(pull.err())
                            + "): docker/offline-base-images.sh makes local stand-ins";
                    return;
                }
            }
        }
        List<String> build = new ArrayList<>(List.of(engine, "build", "-t", IMAGE));
        if (engine.equals("podman")) {
            build.addAll(List.of("--format", "docker")); // OCI images have no HEALTHCHECK
        }
        build.add(".");
        Result built = run(Duration.ofMinutes(15), "", build);
        assertEquals(0, built.status(), "the image builds:\n" + built.out() + built.err());
    }

    @BeforeEach
    void skipWhereNoImageCanBeBuilt() {
        assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void removeImage() throws Exception {
        if (engine != null && skipped == null) {
            engine(null, "rmi", "-f", IMAGE);
        }
        if (work != null) {
            TempDirs.delete(work);
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
    }

    private static JsonNode inspect() throws Exception {
        Result inspect = engine(null, "image", "inspect", IMAGE);
        assertEquals(0, inspect.status(), inspect.err());
        return new ObjectMapper().readTree(inspect.out()).get(0);
    }

    /** The health check's command: Docker keeps it in the image's Config, Podman beside it. */
    private static List<String> healthCheck() throws Exception {
        JsonNode image = inspect();
        JsonNode test = image.path("Config").path("Healthcheck").path("Test");
        List<String> command = new ArrayList<>();
        (test.isMissingNode() ? image.path("Healthcheck").path("Test") : test).forEach(n -> command.add(n.asText()));
        return command;
    }

    @Test
    void theImageRunsTheBotAsANonRootUserWithADataVolumeAndAHealthCheckWithoutJava() throws Exception {
        JsonNode config = inspect().path("Config");
        assertEquals("10001:10001", config.path("User").asText());
        assertTrue(config.path("Volumes").has("/data"), config.toString());
        assertTrue(config.path("ExposedPorts").has("8443/tcp"), config.toString());
        assertEquals("[\"telegram\"]", config.path("Cmd").toString());
        assertTrue(config.path("Entrypoint").toString().contains("\"-XX:+ExitOnOutOfMemoryError\""));
        List<String> check = healthCheck();
        assertEquals(List.of("CMD", "sh", "-c"), check.subList(0, 3), check.toString());
        assertTrue(check.get(3).contains("$DATA_DIR/heartbeat") && !check.get(3).contains("java"), check.get(3));
    }

    @Test
    void withoutATokenTheDefaultCommandStopsNamingIt() throws Exception {
        Result r = engine(null, "run", "--rm", "--no-healthcheck", IMAGE);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.errLines().contains(
                "configuration error: TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)"), r.err());
    }

    @Test
    void chatAnswersInTheContainer() throws Exception {
        Result r = engine("What is the capital of Kazakhstan?\n", "run", "--rm", "-i", "--no-healthcheck", IMAGE,
                "chat");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(ANSWER), r.out());
    }

    @Test
    void aBindMountTheBotCannotWriteIsNamedWithItsOwnerUntilItIsGivenToTheBot() throws Exception {
        assumeTrue(Preflight.User.uid() == 0, "giving the directory to uid 10001 takes root");
        Path data = Files.createDirectories(dir.resolve("data"));
        String mount = data + ":/data";
        Result refused = engine(null, "run", "--rm", "--no-healthcheck", "-v", mount, IMAGE, "ask", "hi");
        assertEquals(2, refused.status(), refused.err());
        String line = refused.errLines().stream().filter(l -> l.startsWith("configuration error: ")).findFirst()
                .orElseThrow(() -> new AssertionError(refused.err()));
        assertTrue(line.startsWith("configuration error: DATA_DIR=/data cannot be written by user bot (uid 10001):"
                + " AccessDeniedException on /data/.write-check-"), line);
        assertTrue(line.endsWith("; /data belongs to uid 0 (chown it to uid 10001, or use a named volume)"), line);

        Files.setAttribute(data, "unix:uid", 10001);
        Files.setAttribute(data, "unix:gid", 10001);
        Result served = engine(null, "run", "--rm", "--no-healthcheck", "-v", mount, IMAGE, "ask",
                "What is the capital of Kazakhstan?");
        assertEquals(0, served.status(), served.err());
        assertTrue(served.out().contains(ANSWER), served.out());
        assertTrue(Files.isRegularFile(data.resolve("kb").resolve("CURRENT")), "the build is in the mount");
    }

    @Test
    void theBotAnswersIsHealthyAndStopsWithinThreeSeconds() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            String name = "kzbot-test-" + UUID.randomUUID().toString().substring(0, 8);
            Result started = engine(null, "run", "-d", "--name", name, "--no-healthcheck", "--network", "host",
                    "-e", "TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN, "-e", "TELEGRAM_API_URL=" + api.url(), IMAGE);
            assertEquals(0, started.status(), started.err());
            try {
                api.await("getUpdates", 1, r -> true, Duration.ofSeconds(60));
                api.feed("private-text.json");
                assertTrue(api.awaitMessages(1001L, 1).get(0).text().contains("Capital: Astana"));
                // the image's own health check, run as the engine would run it
                List<String> check = healthCheck();
                assertEquals("CMD", check.remove(0));
                List<String> exec = new ArrayList<>(List.of("exec", name));
                exec.addAll(check);
                assertEquals(0, engine(null, exec.toArray(String[]::new)).status(), "healthy");

                long t0 = System.nanoTime();
                Result stopped = engine(null, "stop", "-t", "10", name);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(0, stopped.status(), stopped.err());
                System.out.println("the container stopped " + millis + " ms after docker stop");
                assertTrue(millis < 3000, "stopped in " + millis + " ms");
                Result state = engine(null, "inspect", "--format", "{{.State.ExitCode}}", name);
                assertEquals("143", state.out().strip(), "ended by SIGTERM, not SIGKILL (137)");
                Result logs = engine(null, "logs", name);
                assertTrue((logs.out() + logs.err()).contains("Telegram bot stopped"), logs.err());
                assertTrue((logs.out() + logs.err()).contains("copied from the build the jar carries"),
                        "the image's first start copies the knowledge build its jar carries: " + logs.err());
                assertFalse((logs.out() + logs.err()).contains(FakeBotApi.TOKEN.substring(10)), "no token in logs");
            } finally {
                engine(null, "rm", "-f", "-v", name);
            }
        }
    }
}
