package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.facts.Source;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/** The public commands: /start, /help, /city, /cities, /region, /regions, /search, /sources. */
final class Commands {

    /** Search results shown by /search. */
    static final int SEARCH_RESULTS = 3;
    /** Names longer than this are not names: they are answered without being analysed. */
    static final int MAX_NAME_CHARS = 100;

    private final FactBook book;
    private final TextIndex index;
    private final NameFinder names;
    private final Cards cards;

    Commands(FactBook book, TextIndex index, NameFinder names, Cards cards) {
        this.book = book;
        this.index = index;
        this.names = names;
        this.cards = cards;
    }

    Answer run(CommandCall call, Language language) {
        Messages say = Messages.get(language);
        return switch (call.name()) {
            case "start", "help" -> new Answer.Reply("", say.say("start") + "\n\n" + say.say("examples") + "\n\n"
                    + say.say("commands"), List.of(), List.of(), language);
            case "city" -> entity(EntityKind.CITY, call.argument(), language);
            case "region" -> entity(EntityKind.REGION, call.argument(), language);
            case "cities" -> list(EntityKind.CITY, language);
            case "regions" -> list(EntityKind.REGION, language);
            case "search" -> search(call.argument(), language);
            case "sources" -> sources(language);
            default -> new Answer.DontKnow("", say.say("unknown_command", Answerer.clip(call.name())), List.of(),
                    language);
        };
    }

    private Answer entity(EntityKind kind, String argument, Language language) {
        Messages say = Messages.get(language);
        String command = kind.word();
        if (argument.isBlank()) {
            List<Entity> all = book.entities(kind);
            String example = all.isEmpty() ? "" : "/" + command + " " + all.get(0).name();
            return new Answer.Reply("", say.say("name_needed", example), List.of(), buttons(all, language),
                    language);
        }
        String name = argument.length() > MAX_NAME_CHARS ? argument.substring(0, MAX_NAME_CHARS) : argument;
        List<Entity> found = names.lookup(name, language, kind);
        if (found.size() == 1) {
            return cards.card(found.get(0), language, Answerer.CARD_LIMIT);
        }
        String shown = Answerer.clip(name);
        if (found.size() > 1) {
            return new Answer.Reply("", say.say("which_one", shown), List.of(), buttons(found, language),
                    language);
        }
        List<Entity> close = names.closest(name, language, kind, 5);
        String body = say.say(kind == EntityKind.CITY ? "no_city" : "no_region", shown);
        if (!close.isEmpty()) {
            List<String> shownNames = close.stream().map(e -> Localizer.name(e, language)).toList();
            body += "\n" + say.say("did_you_mean") + " " + String.join(", ", shownNames);
        }
        return new Answer.DontKnow("", body, buttons(close, language), language);
    }

    private Answer list(EntityKind kind, Language language) {
        Messages say = Messages.get(language);
        List<Entity> all = inOrder(book.entities(kind), language);
        List<String> shown = all.stream().map(e -> Localizer.name(e, language)).toList();
        String title = say.say(kind == EntityKind.CITY ? "cities_title" : "regions_title", all.size());
        return new Answer.Reply(title, String.join(", ", shown) + "\n\n" + say.say("pick", kind.word()), List.of(),
                buttons(all, language), language);
    }

    /**
     * {@code entities} in the alphabetical order of {@code language} (its collation, not the English order of the
     * English names), by the name without the word for region («область Абай» is under А).
     */
    static List<Entity> inOrder(List<Entity> entities, Language language) {
        java.text.Collator collator = collator(language);
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(java.util.Comparator.comparing(e -> KIND_WORDS.matcher(Localizer.name(e, language)).replaceAll("")
                .strip(), collator));
        return sorted;
    }

    /**
     * The language's collation. The JDK has none for Kazakh, whose root order puts Қ, Ұ, Ө after every Russian letter;
     * its alphabet order is written out here (the order of the 42-letter Cyrillic alphabet).
     */
    private static java.text.Collator collator(Language language) {
        if (language != Language.KK) {
            return java.text.Collator.getInstance(java.util.Locale.forLanguageTag(language.code()));
        }
        StringBuilder rules = new StringBuilder();
        for (String letter : KAZAKH_ALPHABET.split(" ")) {
            rules.append(" < ").append(letter).append(',').append(letter.toUpperCase(java.util.Locale.ROOT));
        }
        try {
            return new java.text.RuleBasedCollator(rules.toString());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("bad Kazakh collation rules", e);
        }
    }

    private static final String KAZAKH_ALPHABET = "а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ"
            + " ы і ь э ю я";

    /** The words for "region" that a localized region's name carries («область Абай», «Абай облысы»). */
    private static final java.util.regex.Pattern KIND_WORDS = java.util.regex.Pattern.compile(
            "(?iU)\\b(область|облысы|region)\\b");

    private static List<Choice> buttons(List<Entity> entities, Language language) {
        List<Choice> out = new ArrayList<>();
        for (Entity e : entities) {
            out.add(Choice.opening(e, Localizer.name(e, language)));
        }
        return out;
    }

    private Answer search(String words, Language language) {
        Messages say = Messages.get(language);
        if (words.isBlank()) {
            return new Answer.Reply("", say.say("search_needed"), List.of(), List.of(), language);
        }
        String shown = Answerer.clip(words);
        List<Hit> hits = index.find(shown, language, SEARCH_RESULTS);
        if (hits.isEmpty()) {
            return new Answer.DontKnow("", say.say("nothing_found", shorten(shown)), List.of(), language);
        }
        List<String> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        int each = Answerer.CARD_LIMIT / hits.size() - 60;
        for (int i = 0; i < hits.size(); i++) {
            TextUnit u = index.unit(hits.get(i).unit());
            String text = u.texts().getOrDefault(language, u.texts().get(Language.EN));
            String citation = u.citation(language);
            parts.add((i + 1) + ". " + Passages.shorten(text, each) + " (" + citation + ")");
            if (!sources.contains(citation)) {
                sources.add(citation);
            }
        }
        return new Answer.Reply(say.say("search_title", shorten(shown)), String.join("\n\n", parts), sources,
                List.of(), language);
    }

    /** {@code s} cut to 60 characters, on a code point boundary: an emoji is never cut in half. */
    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= 60) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, 59)) + "…";
    }

    private Answer sources(Language language) {
        Messages say = Messages.get(language);
        List<String> lines = new ArrayList<>();
        for (Source s : book.sources()) {
            Source.Text t = s.translations().get(language.code());
            String covers = t != null && !t.covers().isEmpty() ? t.covers() : s.covers();
            String origin = t != null && !t.origin().isEmpty() ? t.origin() : s.origin();
            StringBuilder line = new StringBuilder("• ").append(s.citation(language));
            if (!covers.isEmpty()) {
                line.append(" — ").append(clip(covers, COVERS_CHARS));
            }
            if (!origin.isEmpty()) {
                line.append(" (").append(say.say("source")).append(' ').append(clip(publisher(origin), ORIGIN_CHARS))
                        .append(')');
            }
            lines.add(line.toString());
        }
        return new Answer.Reply(say.say("sources_title", lines.size()), String.join("\n", lines), List.of(),
                List.of(), language);
    }

    /**
     * How much of a document's "covers" and of its publisher one line of /sources shows: a line per document that a
     * phone shows in three or four lines; the whole source stays in the document and in every answer's citation.
     */
    static final int COVERS_CHARS = 110;
    static final int ORIGIN_CHARS = 70;

    /**
     * Who published a source: its text before the first list of details («(stat.gov.kz): Almaty, …», "; "); a colon
     * after a single word heads a group of sources ("Education: eGov.kz, …") and is read past.
     */
    static String publisher(String origin) {
        int end = origin.length();
        for (String stop : new String[] {" (", ": ", "; "}) {
            int i = origin.indexOf(stop);
            if (i > 0 && !(stop.equals(": ") && origin.substring(0, i).strip().indexOf(' ') < 0)) {
                end = Math.min(end, i);
            }
        }
        return origin.substring(0, end).strip();
    }

    /** {@code text} cut at a word boundary to at most {@code max} characters, with "…" when cut. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[,;:—–\\s]+$", "") + "…";
    }
}
