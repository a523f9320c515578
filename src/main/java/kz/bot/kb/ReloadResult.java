package kz.bot.kb;

import java.util.List;
import kz.bot.knowledge.Problem;

/** How a reload ended. */
public sealed interface ReloadResult {

    /** The new knowledge base is in service. */
    record Switched(BuildReport report, String previousHash) implements ReloadResult {
    }

    /** The knowledge directory has not changed since the knowledge base in service was built. */
    record Unchanged(BuildReport report) implements ReloadResult {
    }

    /** The knowledge directory has problems: the knowledge base in service stays. */
    record Rejected(List<Problem> problems, long millis) implements ReloadResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** Another reload is running; this one did nothing. */
    record Busy() implements ReloadResult {
    }

    /**
     * The reload took longer than {@code limit} and was abandoned: nothing changed, and it will not switch when it
     * ends (until then another reload is {@link Busy}).
     */
    record Abandoned(java.time.Duration limit) implements ReloadResult {
    }

    /** Building failed for a reason outside the knowledge files (disk full, permissions): nothing changed. */
    record Failed(String reason) implements ReloadResult {
    }
}
