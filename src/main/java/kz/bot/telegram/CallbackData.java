package kz.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bot.answer.CommandCall;
import kz.bot.answer.Messages;
import kz.bot.language.Language;

/**
 * The {@code callback_data} of a button, which Telegram limits to 64 bytes, written compactly and read back as a
 * {@link Press}:
 * <ul>
 * <li>a command: {@code /city Almaty} → {@code c:Almaty}, {@code /region Mangystau} → {@code r:Mangystau}, any other
 * {@code x:search oil};</li>
 * <li>a question: one of the example questions of the message files → {@code e:ru2} (its language and place in the
 * list, so it survives a restart in any length), any other {@code q:How big is Almaty?};</li>
 * <li>a page of an answer: {@code p:2:rumn:x:sources} (page, language, extra buttons, and the command that gives the
 * answer again), or {@code p:2:ru:k:TOKEN} for an answer kept in {@link ChatMemory};</li>
 * <li>a place's map {@code g:17} and the cities near it {@code n:17} (its entity id).</li>
 * </ul>
 * A command or question too long even so is kept here under a random token ({@code t:…}); such a button stops
 * working when the bot restarts, and says so. Thread-safe.
 *
 * <p>Whatever the data says, it only ever becomes a question for the core: a forged {@code x:reload} is an unknown
 * command there, never an admin command.
 */
final class CallbackData {

    /** Telegram's limit on {@code callback_data}, in UTF-8 bytes. */
    static final int MAX_BYTES = 64;
    static final int REMEMBERED = 10_000;
    /** More pages than this are never made: a page number is at most two digits. */
    static final int MAX_PAGE = 99;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> tokens = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** The callback data asking {@code text} (a command or a question), at most {@link #MAX_BYTES} bytes. */
    String encode(String text) {
        String t = text.strip();
        String compact = compact(t);
        if (fits(compact)) {
            return compact;
        }
        String token = "t:" + token();
        tokens.put(token, t);
        return token;
    }

    /** The callback data of page {@code page} of the answer to {@code command}; empty when it does not fit. */
    Optional<String> page(int page, Language language, Set<Extra> extras, String command) {
        String data = pagePrefix(page, language, extras) + compact(command.strip());
        return fits(data) && CommandCall.parse(command).isPresent() ? Optional.of(data) : Optional.empty();
    }

    /** The callback data of page {@code page} of the answer kept under {@code token}. */
    String keptPage(int page, Language language, Set<Extra> extras, String token) {
        return pagePrefix(page, language, extras) + "k:" + token;
    }

    /** The callback data of a place's map. */
    String map(long entity) {
        return "g:" + entity;
    }

    /** The callback data of the cities near a place. */
    String nearby(long entity) {
        return "n:" + entity;
    }

    /** What {@code data} asks for; empty when it is not ours, is malformed, or has been forgotten. */
    Optional<Press> decode(String data) {
        if (data == null || data.length() < 2 || data.charAt(1) != ':') {
            return Optional.empty();
        }
        String rest = data.substring(2);
        return switch (data.charAt(0)) {
            case 'p' -> page(rest);
            case 'g' -> id(rest).map(Press.Map::new);
            case 'n' -> id(rest).map(Press.Nearby::new);
            default -> ask(data).map(Press.Ask::new);
        };
    }

    /** The command or question of {@code c:…}, {@code r:…}, {@code x:…}, {@code q:…}, {@code e:…}, {@code t:…}. */
    private Optional<String> ask(String data) {
        if (data.length() < 3 || data.charAt(1) != ':') {
            return Optional.empty();
        }
        String rest = data.substring(2);
        String text = switch (data.charAt(0)) {
            case 'c' -> Command.CITY.slash() + " " + rest;
            case 'r' -> Command.REGION.slash() + " " + rest;
            case 'x' -> "/" + rest;
            case 'q' -> rest;
            case 'e' -> example(rest);
            case 't' -> tokens.get(data);
            default -> null;
        };
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        boolean command = text.startsWith("/");
        if (command && CommandCall.parse(text).isEmpty() || !command && data.charAt(0) == 'x') {
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private Optional<Press> page(String rest) {
        String[] parts = rest.split(":", 3);
        if (parts.length < 3 || !parts[0].matches("[0-9]{1,2}") || parts[1].length() < 2) {
            return Optional.empty();
        }
        int page = Integer.parseInt(parts[0]);
        Optional<Language> language = Language.fromCode(parts[1].substring(0, 2));
        if (page < 1 || language.isEmpty()) {
            return Optional.empty();
        }
        var extras = Extra.of(parts[1].substring(2));
        if (parts[2].startsWith("k:")) {
            String token = parts[2].substring(2);
            return token.isEmpty() ? Optional.empty()
                    : Optional.of(new Press.Page(page, language.get(), extras, "", token));
        }
        return ask(parts[2]).filter(c -> c.startsWith("/"))
                .map(c -> new Press.Page(page, language.get(), extras, c, ""));
    }

    private static String pagePrefix(int page, Language language, Set<Extra> extras) {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("no page " + page);
        }
        return "p:" + page + ":" + language.code() + Extra.letters(extras) + ":";
    }

    private static Optional<Long> id(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    /** The example question {@code ru2}: the third of the Russian ones. */
    private static String example(String code) {
        if (!code.matches("[a-z]{2}[0-9]{1,2}")) {
            return null;
        }
        Optional<Language> language = Language.fromCode(code.substring(0, 2));
        if (language.isEmpty()) {
            return null;
        }
        List<String> all = examples(language.get());
        int i = Integer.parseInt(code.substring(2));
        return i < all.size() ? all.get(i) : null;
    }

    /** The example questions of {@code language}, as the message files list them. */
    static List<String> examples(Language language) {
        return List.of(Messages.get(language).say("example_questions").split("\\|"));
    }

    private static String compact(String text) {
        Optional<CommandCall> call = CommandCall.parse(text);
        if (call.isEmpty()) {
            for (Language l : Language.values()) {
                int i = examples(l).indexOf(text);
                if (i >= 0) {
                    return "e:" + l.code() + i;
                }
            }
            return "q:" + text;
        }
        String argument = call.get().argument();
        Optional<Command> command = Command.of(call.get().name());
        if (command.isPresent() && command.get() == Command.CITY && !argument.isEmpty()) {
            return "c:" + argument;
        }
        if (command.isPresent() && command.get() == Command.REGION && !argument.isEmpty()) {
            return "r:" + argument;
        }
        return "x:" + call.get().name() + (argument.isEmpty() ? "" : " " + argument);
    }

    private static boolean fits(String data) {
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private String token() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
