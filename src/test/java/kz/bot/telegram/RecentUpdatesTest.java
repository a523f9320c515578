package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognising an update delivered twice, within a bounded memory. */
class RecentUpdatesTest {

    @Test
    void aRepeatIsRecognisedInAnyOrder() {
        RecentUpdates recent = new RecentUpdates(10);
        assertEquals(List.of(true, true, false, true, false, false),
                List.of(recent.firstTime(5), recent.firstTime(3), recent.firstTime(5), recent.firstTime(4),
                        recent.firstTime(3), recent.firstTime(4)));
    }

    @Test
    void theOldestIdIsForgottenWhenTheMemoryIsFull() {
        RecentUpdates recent = new RecentUpdates(3);
        recent.firstTime(1);
        recent.firstTime(2);
        recent.firstTime(3);
        recent.firstTime(4);
        assertTrue(recent.firstTime(1), "1 was forgotten");
        assertFalse(recent.firstTime(3), "3 is still remembered");
        assertFalse(recent.firstTime(4));
    }
}
