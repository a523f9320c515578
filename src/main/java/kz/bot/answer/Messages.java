package kz.bot.answer;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import kz.bot.language.Language;

/**
 * Every sentence the bot writes, in English, Russian and Kazakh. Knowledge itself (values, passages) is written in
 * English; these are the words around it.
 */
public final class Messages {

    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        ALL.put(Language.EN, new Messages(Language.EN, Map.ofEntries(
                Map.entry("start", """
                        Hi! I answer questions about Kazakhstan: its cities and regions, capital, population, languages \
                        and more, in English, Russian or Kazakh. Each answer says where it comes from, and when I don't \
                        know, I say so."""),
                Map.entry("examples", """
                        Try: "What is the capital of Kazakhstan?", "Population of Almaty", \
                        "Administrative center of Mangystau region", "What is Karaganda known for?"."""),
                Map.entry("commands", """
                        /city <name> — a city: population, region, what it is known for
                        /cities — all cities
                        /region <name> — a region: centre, names, character
                        /regions — all regions
                        /search <words> — search the texts
                        /sources — the documents I answer from
                        /help — this message"""),
                Map.entry("dont_know", "I don't know that."),
                Map.entry("dont_know_hint", "I answer questions about Kazakhstan. Try /search <words>, /cities or /regions."),
                Map.entry("did_you_mean", "Did you mean:"),
                Map.entry("no_city", "I don't know a city called «%s»."),
                Map.entry("no_region", "I don't know a region called «%s»."),
                Map.entry("which_one", "Several match «%s». Which one?"),
                Map.entry("name_needed", "Which one? For example: %s"),
                Map.entry("cities_title", "Cities (%d)"),
                Map.entry("regions_title", "Regions (%d)"),
                Map.entry("pick", "Pick one, or send /%s <name>."),
                Map.entry("search_needed", "What should I search for? For example: /search oil"),
                Map.entry("nothing_found", "Nothing in my documents matches «%s»."),
                Map.entry("search_title", "Found for «%s»"),
                Map.entry("sources_title", "Documents I answer from (%d)"),
                Map.entry("unknown_command", "I don't know the command /%s. Send /help to see what I can do."),
                Map.entry("in_english", ""),
                Map.entry("older", "Older source: %s — %s"),
                Map.entry("names", "Names"),
                Map.entry("source", "Source:"),
                Map.entry("sources", "Sources:"),
                Map.entry("of_template", "%2$s — %1$s: %3$s"),
                Map.entry("empty_question", "Ask me something about Kazakhstan, or send /help."),
                Map.entry("city_word", "city"),
                Map.entry("region_word", "region"),
                Map.entry("non_text", "I read text only. Ask me about Kazakhstan in words, or send /help."))));
        ALL.put(Language.RU, new Messages(Language.RU, Map.ofEntries(
                Map.entry("start", """
                        Здравствуйте! Я отвечаю на вопросы о Казахстане: города и области, столица, население, языки \
                        и не только — по-русски, по-казахски или по-английски. Каждый ответ со ссылкой на источник, \
                        а если я чего-то не знаю, я так и скажу."""),
                Map.entry("examples", """
                        Например: «Какая столица Казахстана?», «Население Алматы», \
                        «Административный центр Мангистауской области», «Чем известна Караганда?»."""),
                Map.entry("commands", """
                        /city <название> — город: население, область, чем известен
                        /cities — все города
                        /region <название> — область: центр, названия, особенности
                        /regions — все области
                        /search <слова> — поиск по текстам
                        /sources — документы, на которых основаны ответы
                        /help — эта справка"""),
                Map.entry("dont_know", "Я этого не знаю."),
                Map.entry("dont_know_hint", "Я отвечаю на вопросы о Казахстане. Попробуйте /search <слова>, /cities или /regions."),
                Map.entry("did_you_mean", "Возможно, вы имели в виду:"),
                Map.entry("no_city", "Я не знаю города «%s»."),
                Map.entry("no_region", "Я не знаю области «%s»."),
                Map.entry("which_one", "Подходит несколько вариантов для «%s». Какой именно?"),
                Map.entry("name_needed", "Какой именно? Например: %s"),
                Map.entry("cities_title", "Города (%d)"),
                Map.entry("regions_title", "Области (%d)"),
                Map.entry("pick", "Выберите или отправьте /%s <название>."),
                Map.entry("search_needed", "Что искать? Например: /search нефть"),
                Map.entry("nothing_found", "В моих документах ничего не нашлось по запросу «%s»."),
                Map.entry("search_title", "Найдено по запросу «%s»"),
                Map.entry("sources_title", "Документы, на которых основаны ответы (%d)"),
                Map.entry("unknown_command", "Я не знаю команды /%s. Отправьте /help, чтобы увидеть, что я умею."),
                Map.entry("in_english", "Нашёл в источнике на английском:"),
                Map.entry("older", "Более старый источник: %s — %s"),
                Map.entry("names", "Названия"),
                Map.entry("source", "Источник:"),
                Map.entry("sources", "Источники:"),
                Map.entry("of_template", "%2$s — %1$s: %3$s"),
                Map.entry("empty_question", "Спросите меня что-нибудь о Казахстане или отправьте /help."),
                Map.entry("city_word", "город"),
                Map.entry("region_word", "область"),
                Map.entry("non_text", "Я понимаю только текст. Спросите о Казахстане словами или отправьте /help."))));
        ALL.put(Language.KK, new Messages(Language.KK, Map.ofEntries(
                Map.entry("start", """
                        Сәлеметсіз бе! Мен Қазақстан туралы сұрақтарға жауап беремін: қалалар мен облыстар, астана, \
                        халық саны, тілдер және т.б. — қазақша, орысша немесе ағылшынша. Әр жауапта дереккөзі \
                        көрсетіледі, ал білмесем, білмейтінімді айтамын."""),
                Map.entry("examples", """
                        Мысалы: «Қазақстанның астанасы қандай?», «Алматының халқы қанша?», \
                        «Маңғыстау облысының орталығы», «Атырау немен танымал?»."""),
                Map.entry("commands", """
                        /city <атауы> — қала: халқы, облысы, немен танымал
                        /cities — барлық қалалар
                        /region <атауы> — облыс: орталығы, атаулары, ерекшелігі
                        /regions — барлық облыстар
                        /search <сөздер> — мәтіндерден іздеу
                        /sources — жауаптардың дереккөздері
                        /help — осы анықтама"""),
                Map.entry("dont_know", "Мен мұны білмеймін."),
                Map.entry("dont_know_hint", "Мен Қазақстан туралы сұрақтарға жауап беремін. /search <сөздер>, /cities немесе /regions командаларын қолданып көріңіз."),
                Map.entry("did_you_mean", "Мүмкін, сіз мынаны іздеген шығарсыз:"),
                Map.entry("no_city", "«%s» деген қаланы білмеймін."),
                Map.entry("no_region", "«%s» деген облысты білмеймін."),
                Map.entry("which_one", "«%s» бойынша бірнеше нұсқа бар. Қайсысы?"),
                Map.entry("name_needed", "Қайсысы? Мысалы: %s"),
                Map.entry("cities_title", "Қалалар (%d)"),
                Map.entry("regions_title", "Облыстар (%d)"),
                Map.entry("pick", "Таңдаңыз немесе /%s <атауы> жіберіңіз."),
                Map.entry("search_needed", "Не іздеу керек? Мысалы: /search мұнай"),
                Map.entry("nothing_found", "Құжаттарымда «%s» бойынша ештеңе табылмады."),
                Map.entry("search_title", "«%s» бойынша табылғаны"),
                Map.entry("sources_title", "Жауаптардың дереккөздері (%d)"),
                Map.entry("unknown_command", "/%s командасын білмеймін. Не істей алатынымды көру үшін /help жіберіңіз."),
                Map.entry("in_english", "Ағылшын тіліндегі дереккөзден таптым:"),
                Map.entry("older", "Ескірек дереккөз: %s — %s"),
                Map.entry("names", "Атаулары"),
                Map.entry("source", "Дереккөз:"),
                Map.entry("sources", "Дереккөздер:"),
                Map.entry("of_template", "%2$s — %1$s: %3$s"),
                Map.entry("empty_question", "Қазақстан туралы бірдеңе сұраңыз немесе /help жіберіңіз."),
                Map.entry("city_word", "қала"),
                Map.entry("region_word", "облыс"),
                Map.entry("non_text", "Мен тек мәтінді түсінемін. Қазақстан туралы сөзбен сұраңыз немесе /help жіберіңіз."))));
    }

    /** Attribute names as the knowledge files write them, in Russian and Kazakh. Others stay in English. */
    private static final Map<String, String[]> ATTRIBUTES = Map.ofEntries(
            Map.entry("capital", new String[] {"Столица", "Астанасы"}),
            Map.entry("capital since", new String[] {"Столица с", "Астана болған жылы"}),
            Map.entry("largest city", new String[] {"Крупнейший город", "Ең ірі қаласы"}),
            Map.entry("population", new String[] {"Население", "Халқы"}),
            Map.entry("area", new String[] {"Площадь", "Аумағы"}),
            Map.entry("currency", new String[] {"Валюта", "Валютасы"}),
            Map.entry("state language", new String[] {"Государственный язык", "Мемлекеттік тілі"}),
            Map.entry("official languages", new String[] {"Официальные языки", "Ресми тілдері"}),
            Map.entry("independence", new String[] {"Независимость", "Тәуелсіздігі"}),
            Map.entry("neighbouring countries", new String[] {"Соседние страны", "Көршілес елдер"}),
            Map.entry("administrative divisions", new String[] {"Административное деление", "Әкімшілік бөлінісі"}),
            Map.entry("number of regions", new String[] {"Число областей", "Облыстар саны"}),
            Map.entry("number of cities over 1m", new String[] {"Городов-миллионников", "Миллионер қалалар саны"}),
            Map.entry("cities over 1m", new String[] {"Города-миллионники", "Миллионер қалалар"}),
            Map.entry("urban population share", new String[] {"Доля городского населения", "Қала халқының үлесі"}),
            Map.entry("rural migration deficit", new String[] {"Миграционный отток из сёл", "Ауылдан көші-қон"}),
            Map.entry("administrative center", new String[] {"Административный центр", "Әкімшілік орталығы"}),
            Map.entry("character", new String[] {"Характер", "Сипаты"}),
            Map.entry("known for", new String[] {"Чем известен", "Немен танымал"}),
            Map.entry("role", new String[] {"Роль", "Рөлі"}),
            Map.entry("best for", new String[] {"Кому интересен", "Кімге қызық"}),
            Map.entry("region", new String[] {"Область", "Облысы"}),
            Map.entry("status", new String[] {"Статус", "Мәртебесі"}),
            Map.entry("created", new String[] {"Образована", "Құрылған жылы"}),
            Map.entry("former names", new String[] {"Прежние названия", "Бұрынғы атаулары"}),
            Map.entry("also known as", new String[] {"Другие написания", "Басқа жазылуы"}),
            Map.entry("russian", new String[] {"По-русски", "Орысша"}),
            Map.entry("kazakh", new String[] {"По-казахски", "Қазақша"}));

    private final Language language;
    private final Map<String, String> text;

    private Messages(Language language, Map<String, String> text) {
        this.language = language;
        this.text = text;
    }

    public static Messages get(Language language) {
        return ALL.get(language);
    }

    /** The message {@code key}, formatted with {@code args}. */
    public String say(String key, Object... args) {
        String template = text.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }

    /** "Source:" or "Sources:" in this language. */
    public String sourcesLabel(int count) {
        return say(count == 1 ? "source" : "sources");
    }

    /** The attribute's name in this language, as written in the knowledge file when there is no translation. */
    public String attribute(String key, String written) {
        if (language == Language.EN) {
            return written;
        }
        String[] names = ATTRIBUTES.get(key);
        return names == null ? written : names[language == Language.RU ? 0 : 1];
    }

    public Language language() {
        return language;
    }
}
