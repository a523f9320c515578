package kz.bot.config;

/** A configuration value is missing or wrong; the message is one line that names the variable. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
