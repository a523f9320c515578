package kz.bot.telegram;

import java.time.Duration;

/**
 * How the bot holds conversations and shows answers in Telegram: what it remembers, for how long, and how long a
 * page is.
 *
 * @param conversations      conversations remembered at once (one per private chat, one per user in a group)
 * @param conversationLife   how long a conversation's context lasts after its last message
 * @param messages           bot messages and questions remembered (what a reply refers to; what an edit re-answers)
 * @param editWindow         how long after a question an edit of it is answered by editing the reply
 * @param keptViews          long answers kept for their "More" button when they cannot be asked again by a command
 * @param pageChars          the longest page of an answer, in characters of HTML
 * @param pageButtons        buttons of a list on one page of its keyboard
 * @param captionChars       Telegram's limit on a photo's caption: a card longer than this comes as photo then text
 * @param maps               locator maps kept drawn (one per place)
 */
record ChatSettings(int conversations, Duration conversationLife, int messages, Duration editWindow, int keptViews,
                    int pageChars, int pageButtons, int captionChars, int maps) {

    /** Checks the values. */
    ChatSettings {
        if (conversations < 1 || messages < 1 || keptViews < 1 || maps < 1 || pageChars < 200 || pageButtons < 1
                || pageButtons > 90 || captionChars < 1 || conversationLife.isNegative() || editWindow.isNegative()) {
            throw new IllegalArgumentException("bad chat settings: " + conversations + " conversations, "
                    + messages + " messages, " + keptViews + " views, " + maps + " maps, pages of " + pageChars
                    + " characters and " + pageButtons + " buttons, captions of " + captionChars);
        }
    }

    /**
     * Production: 10,000 conversations (a few hundred bytes each) that last 30 minutes (issue 13: long enough for a
     * sitting, short enough that a question the next day starts afresh); 20,000 messages remembered for 48 hours
     * (issue 14: an edit within two days is answered by editing the reply); 2,000 long answers kept for paging;
     * pages of 1,600 characters (a phone screen and a half; the old cut at about 800 hid too much, a whole 4,096
     * message is a wall); 30 buttons per keyboard page (the old keyboard's limit, which people found usable);
     * Telegram's 1,024-character caption; 64 maps of about 28 KB each (drawn in about 30 ms).
     */
    static ChatSettings defaults() {
        return new ChatSettings(10_000, Duration.ofMinutes(30), 20_000, Duration.ofHours(48), 2_000, 1_600, 30,
                1_024, 64);
    }
}
