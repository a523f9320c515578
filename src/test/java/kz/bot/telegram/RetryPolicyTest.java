package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production retry policy outlasts a minute-long Bot API outage. */
class RetryPolicyTest {

    @Test
    void productionRetriesForMoreThanAMinuteAndAtMostTenSecondsApart() {
        RetryPolicy p = RetryPolicy.defaults();
        List<Long> waits = new ArrayList<>();
        for (int i = 1; i < p.maxAttempts(); i++) {
            waits.add(p.backoff(i).toMillis());
        }
        assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L, 10000L, 10000L, 10000L, 10000L,
                10000L, 10000L), waits);
        assertEquals(Duration.ofMillis(95_500), p.patience());
        assertTrue(p.patience().compareTo(Duration.ofSeconds(60)) > 0);
    }

    @Test
    void theStartupWaitCoversEveryRetry() {
        BotSettings s = BotSettings.defaults();
        assertEquals(Duration.ofSeconds(10), s.pollBackoffMax(), "polling resumes within 10 s of the Bot API");
        assertEquals(Limits.telegram(), s.limits());
    }
}
