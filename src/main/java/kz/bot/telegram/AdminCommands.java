package kz.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.bot.answer.Answer;
import kz.bot.answer.Messages;
import kz.bot.facts.QuestionLog;
import kz.bot.facts.QuestionStats;
import kz.bot.facts.StoreException;
import kz.bot.kb.BuildReport;
import kz.bot.kb.Library;
import kz.bot.kb.ReloadResult;
import kz.bot.knowledge.Problem;
import kz.bot.language.Language;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * /reload and /stats. Only administrators get anything done, and only in their private chat with the bot: everyone
 * else is told politely that these commands are not theirs, an administrator writing in a group is asked to write
 * privately (the report would be read by the whole group), and nothing happens. The reports are in the administrator's
 * language, from the message files; the knowledge files' problems are quoted as the loader gives them.
 */
final class AdminCommands {

    /** The commands handled here rather than by the core. */
    static final Set<String> NAMES = Set.copyOf(Command.adminCommands().stream().map(Command::word).toList());
    static final int TOP_UNANSWERED = 5;

    private final Admins admins;
    private final Library library;
    private final QuestionLog log;
    private final Clock clock;
    private final Duration reloadLimit;
    private final LoadShedder shedder;
    private final Instant started;

    AdminCommands(Admins admins, Library library, QuestionLog log, Clock clock, Duration reloadLimit,
                  LoadShedder shedder) {
        this.admins = admins;
        this.library = library;
        this.log = log;
        this.clock = clock;
        this.reloadLimit = reloadLimit;
        this.shedder = shedder;
        this.started = clock.instant();
    }

    /** True when {@code message} was written by an administrator in person, in a private chat with the bot. */
    boolean isAdmin(Message message) {
        return admins.sentBy(message) && message.getChat() != null && "private".equals(message.getChat().getType());
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
            case "reload" -> describe(library.reload(reloadLimit), language);
            case "stats" -> stats(language);
            default -> throw new IllegalArgumentException("not an admin command: " + name);
        };
    }

    /** The report of a reload, in {@code language}. */
    static Answer describe(ReloadResult result, Language language) {
        Messages say = Messages.get(language);
        if (result instanceof ReloadResult.Switched s) {
            BuildReport r = s.report();
            return reply(say.say("admin_reloaded_title"), say.say("admin_reloaded", loaded(r, say), r.millis()),
                    language);
        }
        if (result instanceof ReloadResult.Unchanged u) {
            return reply(say.say("admin_unchanged_title"), say.say("admin_unchanged", loaded(u.report(), say)),
                    language);
        }
        if (result instanceof ReloadResult.Rejected r) {
            List<String> lines = new ArrayList<>();
            lines.add(say.say("admin_rejected", r.problems().size(), r.millis()));
            for (Problem p : r.problems()) {
                lines.add("• " + p);
            }
            return reply(say.say("admin_rejected_title"), String.join("\n", lines), language);
        }
        if (result instanceof ReloadResult.Abandoned a) {
            return reply(say.say("admin_abandoned_title"), say.say("admin_abandoned", a.limit().toSeconds()),
                    language);
        }
        if (result instanceof ReloadResult.Busy) {
            return reply(say.say("admin_busy_title"), say.say("admin_busy"), language);
        }
        ReloadResult.Failed f = (ReloadResult.Failed) result;
        return reply(say.say("admin_failed_title"), say.say("admin_failed", f.reason()), language);
    }

    private static String loaded(BuildReport r, Messages say) {
        return say.say("admin_loaded", r.documents(), r.passages(), r.facts(), r.cities(), r.regions());
    }

    private Answer stats(Language language) {
        Messages say = Messages.get(language);
        String uptime = say.say("admin_uptime", duration(Duration.between(started, clock.instant()), say));
        QuestionStats s;
        try {
            s = log.stats(TOP_UNANSWERED);
        } catch (StoreException e) {
            return reply(say.say("admin_stats_unavailable_title"), uptime + "\n"
                    + say.say("admin_stats_unavailable", e.getMessage()), language);
        }
        List<String> lines = new ArrayList<>();
        lines.add(uptime);
        lines.add(say.say("admin_total", s.total()));
        lines.add(say.say("admin_unanswered", s.unanswered(), s.unansweredShare() * 100));
        if (shedder.busy() > 0 || shedder.dropped() > 0) {
            lines.add(say.say("admin_shed", shedder.busy(), shedder.dropped()));
        }
        if (s.notLogged() > 0) {
            lines.add(say.say("admin_not_logged", s.notLogged()));
        }
        if (!s.movedAside().isEmpty()) {
            lines.add(say.say("admin_moved_aside", s.movedAside()));
        }
        if (!s.frequent().isEmpty()) {
            lines.add("");
            lines.add(say.say("admin_frequent"));
            int i = 1;
            for (QuestionStats.Frequent f : s.frequent()) {
                lines.add(i++ + ". " + f.text() + " — " + f.count() + "×");
            }
        }
        return reply(say.say("admin_stats_title"), String.join("\n", lines), language);
    }

    /** "3 d 4 h 5 min", "5 min 7 s" in {@code say}'s language. */
    static String duration(Duration d, Messages say) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86400;
        long hours = s % 86400 / 3600;
        long minutes = s % 3600 / 60;
        long seconds = s % 60;
        if (days > 0) {
            return say.say("admin_days", days, hours, minutes);
        }
        if (hours > 0) {
            return say.say("admin_hours", hours, minutes);
        }
        return say.say("admin_minutes", minutes, seconds);
    }

    private static Answer reply(String title, String body, Language language) {
        return new Answer.Reply(title, body, List.of(), List.of(), language);
    }
}
