package kz.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaults() {
        Config c = Config.from(Map.of());
        assertEquals(Path.of("knowledge"), c.knowledgeDir());
        assertEquals(Path.of("data"), c.dataDir());
        assertTrue(c.telegramToken().isEmpty());
        assertEquals("https://api.telegram.org", c.telegramApiUrl().toString());
        assertEquals(Set.of(), c.adminIds());
        assertTrue(c.webhook().isEmpty());
        assertEquals(new Config.Retention(90, 1_000_000), c.questionLog());
    }

    @Test
    void theQuestionLogRetentionIsConfigurable() {
        assertEquals(new Config.Retention(30, 5000), Config.from(Map.of("QUESTION_LOG_DAYS", "30",
                "QUESTION_LOG_MAX_ROWS", "5000")).questionLog());
        assertEquals("QUESTION_LOG_DAYS must be a whole number from 1 to 36500, not '0'", assertThrows(
                ConfigException.class, () -> Config.from(Map.of("QUESTION_LOG_DAYS", "0"))).getMessage());
        assertEquals("QUESTION_LOG_MAX_ROWS must be a whole number from 1 to 1000000000, not 'lots'", assertThrows(
                ConfigException.class, () -> Config.from(Map.of("QUESTION_LOG_MAX_ROWS", "lots"))).getMessage());
    }

    @Test
    void badValuesNameTheirVariable() {
        assertEquals("BOT_ADMIN_IDS must be comma-separated positive numeric user ids, not 'alice'",
                assertThrows(ConfigException.class, () -> Config.from(Map.of("BOT_ADMIN_IDS", "1, alice"))).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> Config.from(Map.of("TELEGRAM_API_URL", "not a url")))
                .getMessage().startsWith("TELEGRAM_API_URL "));
        assertTrue(assertThrows(ConfigException.class, () -> Config.from(Map.of("TELEGRAM_BOT_TOKEN", "x")))
                .getMessage().startsWith("TELEGRAM_BOT_TOKEN "));
        assertTrue(assertThrows(ConfigException.class, () -> Config.from(Map.of("WEBHOOK_URL", "https://a.b/hook")))
                .getMessage().startsWith("WEBHOOK_SECRET "));
        assertTrue(assertThrows(ConfigException.class, () -> Config.from(Map.of("WEBHOOK_URL", "https://a.b/hook",
                "WEBHOOK_SECRET", "s3cret", "WEBHOOK_PORT", "99999"))).getMessage().startsWith("WEBHOOK_PORT "));
    }

    @Test
    void theTokenNeverAppearsInToString() {
        String token = "123456:ABCdefGHIjklMNOpqrSTU";
        Config c = Config.from(Map.of("TELEGRAM_BOT_TOKEN", token, "BOT_ADMIN_IDS", "42,7"));
        assertEquals(token, c.telegramToken().orElseThrow());
        assertEquals(Set.of(42L, 7L), c.adminIds());
        assertFalse(c.toString().contains(token));
        assertFalse(c.toString().contains("ABCdef"));
    }

    @Test
    void theListOfVariablesIsWhatFromReadsWithTheDefaultsItUses() {
        Set<String> read = new TreeSet<>();
        Map<String, String> env = new HashMap<>(Map.of("WEBHOOK_URL", "https://a.b/hook",
                "WEBHOOK_SECRET", "s3cret")) {
            @Override
            public String get(Object key) {
                read.add((String) key);
                return super.get(key);
            }
        };
        Config.from(env);
        assertEquals(new TreeSet<>(Config.VARIABLES.stream().map(Config.Variable::name).toList()), read);

        Map<String, String> defaults = new HashMap<>();
        Config.VARIABLES.forEach(v -> defaults.put(v.name(), v.defaultValue()));
        Config c = Config.from(Map.of("WEBHOOK_URL", "https://a.b/hook", "WEBHOOK_SECRET", "s3cret"));
        assertEquals(Path.of(defaults.get("KNOWLEDGE_DIR")), c.knowledgeDir());
        assertEquals(Path.of(defaults.get("DATA_DIR")), c.dataDir());
        assertEquals(defaults.get("TELEGRAM_API_URL"), c.telegramApiUrl().toString());
        assertEquals(defaults.get("WEBHOOK_BIND"), c.webhook().orElseThrow().bind());
        assertEquals(defaults.get("WEBHOOK_PORT"), String.valueOf(c.webhook().orElseThrow().port()));
    }
}
