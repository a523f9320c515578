package kz.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.bot.answer.Dialogue;
import kz.bot.answer.Topic;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

class MemoryTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void theLeastRecentlyUsedIsForgottenWhenFull() {
        Memory<String, Integer> m = new Memory<>(2, Duration.ofMinutes(5), new Hand());
        m.put("a", 1);
        m.put("b", 2);
        assertEquals(Optional.of(1), m.get("a")); // a is now the most recent
        m.put("c", 3);
        assertEquals(Optional.empty(), m.get("b"));
        assertEquals(Optional.of(1), m.get("a"));
        assertEquals(Optional.of(3), m.get("c"));
        assertEquals(2, m.size());
    }

    @Test
    void anEntryExpiresAfterItsLifetimeUnlessReadOrStoredAgain() {
        Hand clock = new Hand();
        Memory<String, Integer> m = new Memory<>(10, Duration.ofMinutes(30), clock);
        m.put("kept", 1);
        m.put("left", 2);
        clock.pass(Duration.ofMinutes(20));
        assertEquals(Optional.of(1), m.get("kept"));
        clock.pass(Duration.ofMinutes(20));
        assertEquals(Optional.of(1), m.get("kept"), "read 20 minutes ago");
        assertEquals(Optional.empty(), m.get("left"), "40 minutes untouched");
        m.put("peeked", 3);
        clock.pass(Duration.ofMinutes(20));
        assertEquals(Optional.of(3), m.peek("peeked"));
        clock.pass(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), m.peek("peeked"), "peeking does not make it last");
    }

    @Test
    void badSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Memory<>(0, Duration.ofMinutes(1), new Hand()));
        assertThrows(IllegalArgumentException.class, () -> new Memory<>(1, Duration.ZERO, new Hand()));
    }

    @Test
    void conversationsExpireAfterThirtyMinutesAndNeverCrossChatsOrUsers() {
        Hand clock = new Hand();
        ChatMemory memory = new ChatMemory(ChatSettings.defaults(), clock);
        ChatMemory.Talk alice = new ChatMemory.Talk(-100, 1);
        ChatMemory.Talk bob = new ChatMemory.Talk(-100, 2);
        ChatMemory.Talk alicePrivately = new ChatMemory.Talk(1, 0);
        Dialogue almaty = new Dialogue(new Topic(17, "population"), Language.RU);
        memory.dialogue(alice, almaty);
        assertEquals(almaty, memory.dialogue(alice));
        assertEquals(Dialogue.START, memory.dialogue(bob));
        assertEquals(Dialogue.START, memory.dialogue(alicePrivately));
        clock.pass(Duration.ofMinutes(29));
        assertEquals(almaty, memory.dialogue(alice));
        clock.pass(Duration.ofMinutes(30));
        assertEquals(Dialogue.START, memory.dialogue(alice), "30 minutes after the last message");
    }

    @Test
    void botMessagesKeepTheirTopicAndQuestionsTheirRepliesForTheEditWindow() {
        Hand clock = new Hand();
        ChatMemory memory = new ChatMemory(ChatSettings.defaults(), clock);
        ChatMemory.Said said = new ChatMemory.Said(7, 5001);
        memory.topic(said, new Topic(3, ""));
        memory.topic(new ChatMemory.Said(7, 5002), Topic.NONE);
        assertEquals(Optional.of(new Topic(3, "")), memory.topic(said));
        assertEquals(Optional.empty(), memory.topic(new ChatMemory.Said(8, 5001)), "another chat");
        assertEquals(Optional.empty(), memory.topic(new ChatMemory.Said(7, 5002)), "no topic, nothing kept");
        ChatMemory.Said question = new ChatMemory.Said(7, 11);
        memory.reply(question, java.util.List.of(new ChatMemory.Sent(5001, false)));
        clock.pass(Duration.ofHours(47));
        assertEquals(1, memory.reply(question).orElseThrow().size());
        clock.pass(Duration.ofHours(2));
        assertEquals(Optional.empty(), memory.reply(question), "an edit after 48 hours gets nothing");
    }
}
