package kz.bot.telegram;

import static kz.bot.telegram.FloodControl.Verdict.DROP;
import static kz.bot.telegram.FloodControl.Verdict.NOTICE;
import static kz.bot.telegram.FloodControl.Verdict.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-user flood control on a clock the test moves: 5 per 5 s, one notice per flood. */
class FloodControlTest {

    static final long SECOND = 1_000_000_000L;
    long now = 1000 * SECOND;
    final FloodControl flood = new FloodControl(Rate.of(5, Duration.ofSeconds(5)), () -> now);

    private List<FloodControl.Verdict> burst(long user, int n) {
        List<FloodControl.Verdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(flood.check(user));
        }
        return out;
    }

    @Test
    void aBurstGetsFiveAnswersOneNoticeAndTheRestIsDropped() {
        assertEquals(List.of(PASS, PASS, PASS, PASS, PASS, NOTICE, DROP, DROP, DROP, DROP), burst(7, 10));
    }

    @Test
    void aSustainedFloodIsAnsweredOnceASecondWithoutAnotherNotice() {
        burst(7, 10);
        List<FloodControl.Verdict> seen = new ArrayList<>();
        for (int tick = 0; tick < 50; tick++) { // 10 messages a second for 5 s
            now += SECOND / 10;
            seen.add(flood.check(7));
        }
        assertEquals(5, seen.stream().filter(v -> v == PASS).count(), "one a second");
        assertEquals(0, seen.stream().filter(v -> v == NOTICE).count(), "the same flood: no second notice");
    }

    @Test
    void afterAQuietWindowTheNextFloodGetsItsOwnNotice() {
        burst(7, 10);
        now += 5 * SECOND;
        assertEquals(List.of(PASS, PASS, PASS, PASS, PASS, NOTICE, DROP), burst(7, 7));
    }

    @Test
    void otherUsersAreNotTouchedByAFlood() {
        burst(7, 100);
        assertEquals(List.of(PASS, PASS, PASS, PASS, PASS), burst(8, 5));
    }

    @Test
    void anUnlimitedRatePassesEverything() {
        FloodControl off = new FloodControl(Rate.UNLIMITED, () -> now);
        for (int i = 0; i < 1000; i++) {
            assertEquals(PASS, off.check(7));
        }
        assertEquals(0, off.remembered());
    }

    @Test
    void quietUsersAreForgottenSoMemoryStaysBounded() {
        for (long user = 0; user < FloodControl.SWEEP_AT; user++) {
            flood.check(user);
        }
        assertEquals(FloodControl.SWEEP_AT, flood.remembered());
        now += 6 * SECOND;
        flood.check(-1);
        assertEquals(1, flood.remembered(), "everyone quiet for a window was swept out");
    }
}
