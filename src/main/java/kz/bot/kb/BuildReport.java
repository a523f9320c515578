package kz.bot.kb;

import java.util.List;
import kz.bot.knowledge.Problem;

/**
 * What building (or reusing) a knowledge base found.
 *
 * @param hash   the content fingerprint it was built from
 * @param millis how long loading, building and opening took
 * @param reused true when an earlier build of the same content was opened instead of building
 */
public record BuildReport(String hash, int documents, int passages, int facts, int entities, int cities, int regions,
                          List<Problem> problems, long millis, boolean reused) {

    public BuildReport {
        problems = List.copyOf(problems);
    }
}
