package kz.bot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The command menu Telegram shows under "/": the public commands for everyone, and the same plus /reload and /stats
 * in each administrator's private chat (a private chat's id is the user's id). English is the default; Russian and
 * Kazakh users get their own descriptions through {@code language_code}.
 */
final class CommandMenu {

    private static final Map<Language, Map<String, String>> PUBLIC = Map.of(
            Language.EN, ordered(
                    "help", "What I can do",
                    "city", "A city: /city Almaty",
                    "cities", "All cities",
                    "region", "A region: /region Mangystau",
                    "regions", "All regions",
                    "search", "Search the texts: /search oil",
                    "sources", "The documents I answer from"),
            Language.RU, ordered(
                    "help", "Что я умею",
                    "city", "Город: /city Алматы",
                    "cities", "Все города",
                    "region", "Область: /region Мангистау",
                    "regions", "Все области",
                    "search", "Поиск по текстам: /search нефть",
                    "sources", "Документы, на которых основаны ответы"),
            Language.KK, ordered(
                    "help", "Не істей аламын",
                    "city", "Қала: /city Алматы",
                    "cities", "Барлық қалалар",
                    "region", "Облыс: /region Маңғыстау",
                    "regions", "Барлық облыстар",
                    "search", "Мәтіндерден іздеу: /search мұнай",
                    "sources", "Жауаптардың дереккөздері"));

    private static final Map<Language, Map<String, String>> ADMIN = Map.of(
            Language.EN, ordered(
                    "reload", "Reload the knowledge base (admins)",
                    "stats", "Usage statistics (admins)"),
            Language.RU, ordered(
                    "reload", "Перезагрузить базу знаний (админы)",
                    "stats", "Статистика использования (админы)"),
            Language.KK, ordered(
                    "reload", "Білім базасын қайта жүктеу (әкімшілер)",
                    "stats", "Пайдалану статистикасы (әкімшілер)"));

    private CommandMenu() {
    }

    /** Every setMyCommands request to make at start-up: three languages for everyone, three per administrator. */
    static List<SetMyCommands> requests(Set<Long> adminIds) {
        List<SetMyCommands> out = new ArrayList<>();
        for (Language language : Language.values()) {
            out.add(request(PUBLIC.get(language), new BotCommandScopeDefault(), language));
        }
        for (long admin : new TreeSet<>(adminIds)) {
            for (Language language : Language.values()) {
                Map<String, String> all = new LinkedHashMap<>(PUBLIC.get(language));
                all.putAll(ADMIN.get(language));
                out.add(request(all, new BotCommandScopeChat(String.valueOf(admin)), language));
            }
        }
        return out;
    }

    /** English is sent without a language code: it is what every user without a menu of their own sees. */
    private static SetMyCommands request(Map<String, String> commands, BotCommandScope scope, Language language) {
        List<BotCommand> list = new ArrayList<>();
        commands.forEach((name, description) -> list.add(new BotCommand(name, description)));
        var builder = SetMyCommands.builder().commands(list).scope(scope);
        if (language != Language.EN) {
            builder.languageCode(language.code());
        }
        return builder.build();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
