package kz.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;
import kz.bot.facts.QuestionLog;
import kz.bot.facts.QuestionStats;
import kz.bot.kb.BuildReport;
import kz.bot.kb.Library;
import kz.bot.kb.ReloadResult;
import kz.bot.knowledge.Problem;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * /reload and /stats. Only administrators get anything done, and only in their private chat with the bot: everyone
 * else is told politely that these commands are not theirs, an administrator writing in a group is asked to write
 * privately (the report would be read by the whole group), and nothing happens. The reports are in English: they are
 * for the people who run the bot.
 */
final class AdminCommands {

    /** The commands handled here rather than by the core. */
    static final Set<String> NAMES = Set.copyOf(Command.adminCommands().stream().map(Command::word).toList());
    static final int TOP_UNANSWERED = 5;

    private final Admins admins;
    private final Library library;
    private final QuestionLog log;
    private final Clock clock;
    private final Instant started;

    AdminCommands(Admins admins, Library library, QuestionLog log, Clock clock) {
        this.admins = admins;
        this.library = library;
        this.log = log;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** The answer to admin command {@code name} sent as {@code message}. */
    Answer run(String name, Message message, Language language) {
        if (!admins.sentBy(message)) {
            return reply("", Messages.get(language).say("admins_only", name), language);
        }
        if (message.getChat() == null || !"private".equals(message.getChat().getType())) {
            return reply("", Messages.get(language).say("admins_private", name), language);
        }
        return switch (name) {
            case "reload" -> describe(library.reload());
            case "stats" -> stats();
            default -> throw new IllegalArgumentException("not an admin command: " + name);
        };
    }

    static Answer describe(ReloadResult result) {
        if (result instanceof ReloadResult.Switched s) {
            BuildReport r = s.report();
            return reply("Knowledge base reloaded", loaded(r) + " in " + r.millis() + " ms.\nNo problems found.",
                    Language.EN);
        }
        if (result instanceof ReloadResult.Unchanged u) {
            return reply("Knowledge unchanged", "The knowledge files have not changed: nothing to reload.\nIn service: "
                    + loaded(u.report()) + ".", Language.EN);
        }
        if (result instanceof ReloadResult.Rejected r) {
            List<String> lines = new ArrayList<>();
            lines.add("The knowledge files have " + r.problems().size() + " problem(s), found in " + r.millis()
                    + " ms. The knowledge base in service stays unchanged; fix these and /reload again:");
            for (Problem p : r.problems()) {
                lines.add("• " + p);
            }
            return reply("Reload rejected", String.join("\n", lines), Language.EN);
        }
        if (result instanceof ReloadResult.Busy) {
            return reply("Reload already running",
                    "Another reload is already running; this one did nothing. Try again when it has finished.",
                    Language.EN);
        }
        ReloadResult.Failed f = (ReloadResult.Failed) result;
        return reply("Reload failed", "Building the new knowledge base failed: " + f.reason()
                + "\nThe knowledge base in service stays unchanged.", Language.EN);
    }

    private static String loaded(BuildReport r) {
        return r.documents() + " documents, " + r.passages() + " passages, " + r.facts() + " facts (" + r.cities()
                + " cities, " + r.regions() + " regions)";
    }

    private Answer stats() {
        QuestionStats s = log.stats(TOP_UNANSWERED);
        List<String> lines = new ArrayList<>();
        lines.add("Uptime: " + duration(Duration.between(started, clock.instant())));
        lines.add("Questions answered: " + s.total());
        lines.add(String.format(Locale.ROOT, "Answered with “I don't know”: %d (%.1f%%)", s.unanswered(),
                s.unansweredShare() * 100));
        if (!s.frequent().isEmpty()) {
            lines.add("");
            lines.add("Most frequent unanswered questions:");
            int i = 1;
            for (QuestionStats.Frequent f : s.frequent()) {
                lines.add(i++ + ". " + f.text() + " — " + f.count() + "×");
            }
        }
        return reply("Statistics", String.join("\n", lines), Language.EN);
    }

    /** "3 d 4 h 5 min", "5 min 7 s". */
    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86400;
        long hours = s % 86400 / 3600;
        long minutes = s % 3600 / 60;
        long seconds = s % 60;
        if (days > 0) {
            return days + " d " + hours + " h " + minutes + " min";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes + " min " + seconds + " s";
    }

    private static Answer reply(String title, String body, Language language) {
        return new Answer.Reply(title, body, List.of(), List.of(), language);
    }
}
