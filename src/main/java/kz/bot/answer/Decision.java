package kz.bot.answer;

import java.util.List;

/**
 * What the scorer made of a question's candidates: all of them scored, best first, the winner and how sure the bot is
 * of it, and why it answers or abstains.
 *
 * @param winner     the best candidate that is allowed to win, or null when none is
 * @param confidence the second step's probability that the winner is right (0 without a winner)
 * @param answered   true when the confidence reaches the threshold
 * @param reason     why, in a few words: what {@code ask --explain} prints
 */
public record Decision(List<Candidate> ranked, Candidate winner, double confidence, boolean answered,
                       String reason) {

    public Decision {
        ranked = List.copyOf(ranked);
    }
}
