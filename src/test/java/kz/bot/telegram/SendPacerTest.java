package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Outgoing pacing on a clock the test moves. */
class SendPacerTest {

    static final long MS = 1_000_000L;
    long now = 1_000_000 * MS;

    private SendPacer pacer(Limits limits) {
        return new SendPacer(limits, () -> now);
    }

    @Test
    void productionLimitsAreTelegrams() {
        Limits l = Limits.telegram();
        assertEquals(Rate.of(30, Duration.ofSeconds(1)), l.sendTotal());
        assertEquals(Rate.of(3, Duration.ofSeconds(3)), l.sendPerChat());
        assertEquals(Rate.of(20, Duration.ofMinutes(1)), l.sendPerGroup());
        assertEquals(Rate.of(5, Duration.ofSeconds(5)), l.perUser());
    }

    @Test
    void aChatGetsABurstOfThreeThenOneASecond() {
        SendPacer p = pacer(Limits.telegram());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, p.tryAcquire(1001));
        }
        assertEquals(3000 * MS, p.tryAcquire(1001), "the fourth waits for the first to leave the window");
        now += 3000 * MS;
        assertEquals(0, p.tryAcquire(1001));
    }

    @Test
    void aWaitingChatTakesNothingSoOtherChatsGoOn() {
        SendPacer p = pacer(Limits.telegram());
        for (int i = 0; i < 3; i++) {
            p.tryAcquire(1001);
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(p.tryAcquire(1001) > 0);
        }
        assertEquals(0, p.tryAcquire(1002), "chat 1001's refusals cost chat 1002 nothing");
    }

    @Test
    void aGroupIsHeldTo20AMinute() {
        SendPacer p = pacer(Limits.telegram());
        int sent = 0;
        for (int second = 0; second < 60; second++) {
            if (p.tryAcquire(-100) == 0) {
                sent++;
            }
            now += 1000 * MS;
        }
        assertEquals(20, sent, "one a second until the 20 of the minute are used");
        assertEquals(0, p.tryAcquire(-100), "the first of the minute has left the window");
    }

    @Test
    void allChatsTogetherAreHeldTo30ASecond() {
        SendPacer p = pacer(Limits.telegram());
        for (long chat = 1; chat <= 30; chat++) {
            assertEquals(0, p.tryAcquire(chat));
        }
        assertEquals(1000 * MS, p.tryAcquire(31));
        now += 1000 * MS;
        assertEquals(0, p.tryAcquire(31));
    }

    @Test
    void noLimitsNoWaiting() {
        SendPacer p = pacer(Limits.none());
        assertTrue(p.unlimited());
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, p.tryAcquire(-100));
        }
        assertEquals(0, p.remembered());
    }

    @Test
    void quietChatsAreForgotten() {
        SendPacer p = pacer(Limits.telegram());
        for (long chat = 1; chat <= SendPacer.SWEEP_AT; chat++) {
            p.tryAcquire(chat);
            now += MS; // within the total limit: 30 a second is one per 33 ms, so step past it
            now += 40 * MS;
        }
        assertEquals(SendPacer.SWEEP_AT, p.remembered());
        now += 3000 * MS;
        p.tryAcquire(-5);
        assertEquals(2, p.remembered(), "only the new group's two windows (chat and group) are left");
    }
}
