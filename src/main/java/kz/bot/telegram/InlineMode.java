package kz.bot.telegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;
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
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * {@code @OurBot almaty} typed in any chat: the answers the core ranks above its threshold, best first, each once,
 * titled by what it answers (the place, the fact, the document) with one clean line of description, and posted with
 * its source. When the core knows nothing there is no result, only a button that opens a private chat with the bot.
 * An empty query offers the starting points of {@link Welcome}. Results that depend on the sender's language (the
 * text alone does not say which) are marked personal, so one user's language never shows up for another. Results
 * come {@value #PAGE} at a time; Telegram asks for the next page with the {@code next_offset} it was given.
 */
final class InlineMode {

    static final int PAGE = 10;
    /** Answers computed per query; three pages is more than anyone scrolls. */
    static final int MAX_RESULTS = 30;
    static final int TITLE_CHARS = 64;
    static final int DESCRIPTION_CHARS = 100;
    /** What the private chat's /start receives from the "Ask me in a private chat" button (1-64 of A-Za-z0-9_-). */
    static final String START_PARAMETER = "inline";

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
        List<Answer> answers = text.isEmpty() ? starters(language) : found(text, language);
        List<Item> items = items(answers, text.isEmpty() ? starterTitles(language) : List.of());
        int offset = offset(query.getOffset());
        List<InlineQueryResult> results = new ArrayList<>();
        for (int i = offset; i < Math.min(items.size(), offset + PAGE); i++) {
            results.add(article("r" + i, items.get(i)));
        }
        String next = offset + PAGE < items.size() ? String.valueOf(offset + PAGE) : "";
        var builder = AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(results)
                .cacheTime(cacheSeconds).isPersonal(text.isEmpty() || personal(text, language, answers))
                .nextOffset(next);
        if (items.isEmpty()) {
            builder.button(InlineQueryResultsButton.builder().text(Messages.get(language).say("inline_private"))
                    .startParameter(START_PARAMETER).build());
        }
        return builder.build();
    }

    /** One result: what the list shows and the answer it posts. */
    record Item(String title, String description, Answer answer) {
    }

    /** The found answers of the core, best first (never "I don't know"). */
    private List<Answer> found(String text, Language language) {
        return library.answers(new Question(text, language), MAX_RESULTS).stream().filter(Answer::found).toList();
    }

    /** The welcome's example questions and starting commands, answered. */
    private List<Answer> starters(Language language) {
        List<Answer> out = new ArrayList<>();
        for (String q : starterTexts(language)) {
            out.add(library.answer(new Question(q, language)));
        }
        return out;
    }

    private static List<String> starterTexts(Language language) {
        List<String> texts = new ArrayList<>(CallbackData.examples(language).subList(0, Welcome.EXAMPLES));
        Command.starters().forEach(c -> texts.add(c.slash()));
        return texts;
    }

    /** A starting question is titled by itself; a starting command by its answer. */
    private static List<String> starterTitles(Language language) {
        return starterTexts(language).stream().map(t -> t.startsWith("/") ? "" : t).toList();
    }

    /** The answers as results: those that say nothing left out, each title once, each place once. */
    static List<Item> items(List<Answer> answers, List<String> titles) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Long> places = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String title = i < titles.size() && !titles.get(i).isEmpty() ? titles.get(i) : InlineText.title(a);
            boolean card = Outbox.isCard(a);
            if (!a.found() || title.isEmpty() || !seen.add(title.toLowerCase(Locale.ROOT))
                    || card && !places.add(a.topic().entity())) {
                continue;
            }
            items.add(new Item(title, InlineText.description(a, title), a));
        }
        return items;
    }

    /**
     * True when the results depend on the sender's language: the text alone does not decide the language, so another
     * user would get the answer in theirs. Asked by answering once more with another fallback language.
     */
    private boolean personal(String text, Language language, List<Answer> answers) {
        if (answers.isEmpty() || text.startsWith("/")) {
            return true;
        }
        Language other = language == Language.KK ? Language.RU : Language.KK;
        return library.answer(new Question(text, other)).language() != answers.get(0).language();
    }

    private static InlineQueryResultArticle article(String id, Item item) {
        return InlineQueryResultArticle.builder()
                .id(id)
                .title(InlineText.shorten(item.title(), TITLE_CHARS))
                .description(item.description().isEmpty() ? null
                        : InlineText.shorten(item.description(), DESCRIPTION_CHARS))
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(AnswerHtml.single(item.answer(), MessageSplitter.TELEGRAM_LIMIT))
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .build();
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
