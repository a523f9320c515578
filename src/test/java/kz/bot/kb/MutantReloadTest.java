package kz.bot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import kz.bot.answer.Answer;
import kz.bot.answer.Question;
import kz.bot.knowledge.Mutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser fuzz test, one level up: a damaged file dropped next to good ones and reloaded. Whatever the damage, the
 * reload is switched (and what the parser accepted is built, stored and indexed without error) or rejected with
 * exactly the problems {@code check} reports — never Failed, never thrown — and the bot keeps answering.
 */
class MutantReloadTest {

    private static final long SEED = 0x5E1_0AD5L;
    /** {@code -Dfuzz.reloads=2000} searches deeper by hand. */
    private static final int ROUNDS = Integer.getInteger("fuzz.reloads", 60);

    @Test
    void aReloadOfDamagedKnowledgeIsSwitchedOrRejectedWithItsProblems(@TempDir Path tmp) throws IOException {
        Path knowledge = LibraryTest.copyOfGood(tmp);
        List<byte[]> bases = Mutator.bases();
        int switched = 0;
        int rejected = 0;
        try (Library library = Library.open(knowledge, tmp.resolve("data"))) {
            for (int n = 0; n < ROUNDS; n++) {
                Random random = new Random(SEED + n);
                byte[] mutant = new Mutator(random).mutate(bases.get(random.nextInt(bases.size())),
                        bases.get(random.nextInt(bases.size())));
                Files.write(knowledge.resolve("mutant.txt"), mutant);
                String before = library.report().hash();
                ReloadResult result = library.reload();
                String label = "round " + n + ": " + result;
                if (result instanceof ReloadResult.Switched s) {
                    assertEquals(List.of(), Library.check(knowledge).problems(), label);
                    assertEquals(3, s.report().documents(), label);
                    switched++;
                } else if (result instanceof ReloadResult.Rejected r) {
                    assertEquals(Library.check(knowledge).problems(), r.problems(), label);
                    assertEquals(before, library.report().hash(), label);
                    rejected++;
                } else if (!(result instanceof ReloadResult.Unchanged)) {
                    fail(label); // Failed or Busy: a mutant must never get that far
                }
                Answer answer = library.answer(Question.of("Capital of Testland"));
                assertTrue(answer.found(), label + " -> " + answer.text());
            }
        }
        assertTrue(switched > 0 && rejected > 0, switched + " switched, " + rejected + " rejected");
    }
}
