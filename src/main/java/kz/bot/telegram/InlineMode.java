package kz.bot.telegram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.kb.Library;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * {@code @OurBot almaty} typed in any chat: a list of answers to pick from, each posted with its source. An empty
 * query offers a few starting points. Results come {@value #PAGE} at a time; Telegram asks for the next page with the
 * {@code next_offset} it was given.
 */
final class InlineMode {

    static final int PAGE = 10;
    /** Answers computed per query; three pages is more than anyone scrolls. */
    static final int MAX_RESULTS = 30;
    static final int TITLE_CHARS = 64;
    static final int DESCRIPTION_CHARS = 120;

    /** Where to start when the query is empty: questions people ask first, in each language. */
    private static final Map<Language, List<String>> STARTERS = new EnumMap<>(Map.of(
            Language.EN, List.of("What is the capital of Kazakhstan?", "What is the largest city of Kazakhstan?",
                    "What is the population of Kazakhstan?", "/cities", "/regions"),
            Language.RU, List.of("Какая столица Казахстана?", "Какой самый крупный город Казахстана?",
                    "Какое население Казахстана?", "/cities", "/regions"),
            Language.KK, List.of("Қазақстанның астанасы қандай?", "Қазақстанның ең ірі қаласы қандай?",
                    "Қазақстанның халқы қанша?", "/cities", "/regions")));

    private final Library library;
    private final Sender sender;
    private final int cacheSeconds;

    InlineMode(Library library, Sender sender, int cacheSeconds) {
        this.library = library;
        this.sender = sender;
        this.cacheSeconds = cacheSeconds;
    }

    /** Answers one inline query. */
    void handle(InlineQuery query) {
        sender.sendNow(answer(query));
    }

    AnswerInlineQuery answer(InlineQuery query) {
        Language language = Conversation.languageOf(query.getFrom());
        String text = query.getQuery() == null ? "" : query.getQuery().strip();
        List<Item> items = text.isEmpty() ? starters(language) : found(text, language);
        int offset = offset(query.getOffset());
        List<InlineQueryResult> results = new ArrayList<>();
        for (int i = offset; i < Math.min(items.size(), offset + PAGE); i++) {
            results.add(article("r" + i, items.get(i)));
        }
        String next = offset + PAGE < items.size() ? String.valueOf(offset + PAGE) : "";
        // an empty query and a bare command are answered in the user's own language: not shareable between users
        boolean personal = text.isEmpty() || text.startsWith("/");
        return AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(results).cacheTime(cacheSeconds)
                .isPersonal(personal).nextOffset(next).build();
    }

    /** One result: what the list shows and the answer it posts. */
    private record Item(String title, Answer answer) {
    }

    private List<Item> found(String text, Language language) {
        List<Item> items = new ArrayList<>();
        for (Answer a : library.answers(new Question(text, language), MAX_RESULTS)) {
            items.add(new Item(titleOf(a), a));
        }
        if (items.isEmpty()) {
            Answer dontKnow = library.answer(new Question(text, language));
            items.add(new Item(titleOf(dontKnow), dontKnow));
        }
        return items;
    }

    private List<Item> starters(Language language) {
        List<Item> items = new ArrayList<>();
        for (String q : STARTERS.get(language)) {
            Answer a = library.answer(new Question(q, language));
            if (a.found()) {
                items.add(new Item(q.startsWith("/") ? titleOf(a) : q, a));
            }
        }
        return items;
    }

    private static InlineQueryResultArticle article(String id, Item item) {
        String description = shorten(descriptionOf(item), DESCRIPTION_CHARS);
        return InlineQueryResultArticle.builder()
                .id(id)
                .title(shorten(item.title(), TITLE_CHARS))
                .description(description.isEmpty() ? null : description)
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(AnswerHtml.single(item.answer(), MessageSplitter.TELEGRAM_LIMIT))
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .build();
    }

    private static String titleOf(Answer a) {
        return a.title().isBlank() ? firstLine(a.body()) : a.title().strip();
    }

    /** The first line of the answer the title does not already show, else its source. */
    private static String descriptionOf(Item item) {
        for (String line : item.answer().body().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.equals(item.title())) {
                return l;
            }
        }
        return item.answer().sources().isEmpty() ? "" : AnswerHtml.sourceLine(item.answer());
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "…";
    }

    private static String shorten(String s, int max) {
        String one = s.replace('\n', ' ').strip();
        if (one.length() <= max) {
            return one;
        }
        int end = Character.isHighSurrogate(one.charAt(max - 2)) ? max - 2 : max - 1;
        return one.substring(0, end).stripTrailing() + "…";
    }

    /** Telegram echoes our own next_offset back; anything else starts from the top. */
    static int offset(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 4) {
            return 0;
        }
        try {
            int o = Integer.parseInt(raw.strip());
            return o >= 0 && o < MAX_RESULTS ? o : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
