package kz.bot.language;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot understands and answers in. */
public enum Language {
    EN, RU, KK;

    /** ISO 639-1 code: "en", "ru", "kk". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of an ISO code or IETF tag such as Telegram's {@code language_code} ("ru", "kk-KZ", "en-GB"). */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Language l : values()) {
            if (l.code().equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
