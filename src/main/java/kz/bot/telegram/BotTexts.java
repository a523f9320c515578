package kz.bot.telegram;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import kz.bot.language.Language;

/** The few sentences only the Telegram side says, in English, Russian and Kazakh; the core's live in Messages. */
final class BotTexts {

    private static final Map<Language, Map<String, String>> ALL = new EnumMap<>(Language.class);

    static {
        ALL.put(Language.EN, Map.of(
                "admins_only", "Sorry, /%s is only for the bot's administrators.",
                "button_expired", "This button has expired. Please send the command again.",
                "open_chat", "Open a chat with me to use this button.",
                "slow_down", "You are sending messages too fast. I'll answer again in a few seconds.",
                "busy", "Too many questions at once right now, and I could not answer yours. Please ask again in a"
                        + " minute.",
                "admins_private", "Please send /%s to me in a private chat: its answer is for administrators only."));
        ALL.put(Language.RU, Map.of(
                "admins_only", "Извините, команда /%s доступна только администраторам бота.",
                "button_expired", "Эта кнопка устарела. Отправьте команду ещё раз.",
                "open_chat", "Откройте чат со мной, чтобы воспользоваться этой кнопкой.",
                "slow_down", "Вы отправляете сообщения слишком часто. Я снова отвечу через несколько секунд.",
                "busy", "Сейчас слишком много вопросов сразу, и я не успел ответить на ваш. Спросите, пожалуйста,"
                        + " ещё раз через минуту.",
                "admins_private", "Отправьте /%s мне в личном чате: ответ на неё — только для администраторов."));
        ALL.put(Language.KK, Map.of(
                "admins_only", "Кешіріңіз, /%s командасы тек бот әкімшілеріне арналған.",
                "button_expired", "Бұл түйменің мерзімі өтті. Команданы қайта жіберіңіз.",
                "open_chat", "Бұл түймені пайдалану үшін менімен чат ашыңыз.",
                "slow_down", "Сіз хабарламаларды тым жиі жіберіп жатырсыз. "
                        + "Бірнеше секундтан кейін қайта жауап беремін.",
                "busy", "Қазір бір мезгілде сұрақ тым көп, сіздің сұрағыңызға жауап бере алмадым. Бір минуттан кейін"
                        + " қайта сұраңыз.",
                "admins_private", "/%s командасын маған жеке чатта жіберіңіз: оның жауабы тек әкімшілерге арналған."));
    }

    private BotTexts() {
    }

    /** The sentence {@code key} in {@code language}, formatted with {@code args}. */
    static String say(Language language, String key, Object... args) {
        String template = ALL.get(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "'");
        }
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
