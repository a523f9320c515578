package kz.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.bot.answer.CommandCall;

/**
 * The {@code callback_data} of a button, which Telegram limits to 64 bytes: a button's command written compactly
 * ({@code /city Almaty} → {@code c:Almaty}, {@code /region Mangystau} → {@code r:Mangystau}, any other command
 * {@code x:search oil}) and read back. A command too long even so is kept here under a random token
 * ({@code t:…}); such a button stops working when the bot restarts, and says so. Thread-safe.
 *
 * <p>Whatever the data says, it only ever becomes a question for the core: a forged {@code x:reload} is an unknown
 * command there, never an admin command.
 */
final class CallbackData {

    /** Telegram's limit on {@code callback_data}, in UTF-8 bytes. */
    static final int MAX_BYTES = 64;
    static final int REMEMBERED = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> tokens = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** The callback data for {@code command}, at most {@link #MAX_BYTES} bytes. */
    String encode(String command) {
        String compact = compact(command.strip());
        if (compact.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return compact;
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String token = "t:" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, command.strip());
        return token;
    }

    /** The command {@code data} stands for; empty when it is not ours or has been forgotten. */
    Optional<String> decode(String data) {
        if (data == null || data.length() < 2 || data.charAt(1) != ':') {
            return Optional.empty();
        }
        String rest = data.substring(2);
        String command = switch (data.charAt(0)) {
            case 'c' -> "/city " + rest;
            case 'r' -> "/region " + rest;
            case 'x' -> "/" + rest;
            case 't' -> tokens.get(data);
            default -> null;
        };
        return Optional.ofNullable(command).filter(c -> CommandCall.parse(c).isPresent()).map(String::strip);
    }

    private static String compact(String command) {
        Optional<CommandCall> call = CommandCall.parse(command);
        if (call.isEmpty()) {
            return "x:" + command;
        }
        String argument = call.get().argument();
        return switch (call.get().name()) {
            case "city" -> "c:" + argument;
            case "region" -> "r:" + argument;
            default -> "x:" + call.get().name() + (argument.isEmpty() ? "" : " " + argument);
        };
    }
}
