package kz.bot.answer;

import kz.bot.language.Language;

/**
 * What one conversation remembers between questions: what the last answer was about and the language it is held in.
 * Immutable; {@link #after} gives the next state.
 *
 * @param language the conversation's language, or null before its first answer
 */
public record Dialogue(Topic topic, Language language) {

    public static final Dialogue START = new Dialogue(Topic.NONE, null);

    public Dialogue {
        topic = topic == null ? Topic.NONE : topic;
    }

    /** The question {@code text} asked in this conversation by a user whose own language is {@code user}. */
    public Question question(String text, Language user) {
        return new Question(text, user, topic, language);
    }

    /**
     * The conversation after {@code answer}: its topic when it had one (small talk and "I don't know" keep the old
     * one, so "thanks" does not make the bot forget the place), with the place talked about before it, and the
     * answer's language.
     */
    public Dialogue after(Answer answer) {
        Topic said = answer.topic();
        // an answer about no place keeps the place talked about, and brings the words of what it answered and the
        // question
        Topic next = !said.isNone() ? said : answer.found() && (!said.words().isEmpty() || !said.asked().isEmpty())
                ? topic.withWords(said.words()).withAsked(said.asked()) : topic;
        if (next != topic && next.previous() < 0 && next.entity() >= 0) {
            // the place before: the last one when the talk moved on to another, else the one before that
            next = next.after(next.entity() != topic.entity() ? topic.entity() : topic.previous());
        }
        if (next != topic && next.listed().isEmpty() && !topic.listed().isEmpty()) {
            next = next.listing(topic.listed()); // "and the second one?" after "the third one"
        }
        return new Dialogue(next, answer.language());
    }
}
