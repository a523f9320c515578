package kz.bot.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.UUID;

/**
 * Identifies the running code, so that a new version never reuses a build made by an old one: the project version and
 * build time that Maven stamps into {@code build.properties} when it builds the jar (or the test classes).
 */
final class CodeVersion {

    /** Bump when the meaning of a build changes in a way the version stamp would not show. */
    static final String FORMAT = "kb-format-2";
    private static final String RESOURCE = "build.properties";

    private CodeVersion() {
    }

    /**
     * The format, version and build time, e.g. {@code kb-format-2:0.1.0+2026-11-23T11:07:52Z}. Code that was not
     * stamped (compiled outside Maven) gets a version of its own on every start, so it never reuses a build.
     */
    static String current() {
        Properties p = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            p.clear();
        }
        String version = p.getProperty("version", "");
        String built = p.getProperty("built", "");
        if (version.isBlank() || built.isBlank() || (version + built).contains("${")) {
            return FORMAT + ":unstamped-" + UUID.randomUUID();
        }
        return FORMAT + ":" + version + "+" + built;
    }
}
