package kz.bot.answer;

import java.util.List;
import kz.bot.language.Language;

/**
 * What the bot says back. One of five kinds; each has a short title (may be empty), a body, the citations of the
 * documents it comes from, follow-up choices, and the topic it was about (for a conversation's next question).
 * Plain text: adapters add their own markup and escaping.
 */
public sealed interface Answer permits Answer.Reply, Answer.FactAnswer, Answer.PassageAnswer, Answer.Chat,
        Answer.DontKnow {

    String title();

    String body();

    List<String> sources();

    List<Choice> choices();

    Language language();

    /** What the answer was about: the place and attribute a follow-up question may refer to. */
    Topic topic();

    /**
     * This answer about {@code topic}; small talk stays about nothing, and "I don't know" is about a topic only when it
     * refused a question about another country (what that question asks of ours).
     */
    default Answer about(Topic topic) {
        if (this instanceof Reply r) {
            return new Reply(r.title(), r.body(), r.sources(), r.choices(), r.language(), topic);
        } else if (this instanceof FactAnswer f) {
            return new FactAnswer(f.title(), f.body(), f.sources(), f.choices(), f.language(), topic);
        } else if (this instanceof PassageAnswer p) {
            return new PassageAnswer(p.title(), p.body(), p.sources(), p.choices(), p.language(), topic);
        } else if (this instanceof DontKnow d) {
            return new DontKnow(d.title(), d.body(), d.choices(), d.language(), topic);
        }
        return this;
    }

    /** "command", "fact", "passage", "smalltalk" or "none". */
    String kind();

    /** False exactly when the bot says it does not know. */
    default boolean found() {
        return !(this instanceof DontKnow);
    }

    /** The whole answer as plain text: title, body and the source line. */
    default String text() {
        StringBuilder sb = new StringBuilder();
        if (!title().isEmpty()) {
            sb.append(title()).append('\n');
        }
        sb.append(body());
        if (!sources().isEmpty()) {
            sb.append("\n\n").append(Messages.get(language()).sourcesLabel(sources().size())).append(' ')
                    .append(String.join("; ", sources()));
        }
        return sb.toString();
    }

    /** The answer to a command: help, lists, a city or region card, search results, sources. */
    record Reply(String title, String body, List<String> sources, List<Choice> choices, Language language,
                 Topic topic) implements Answer {
        public Reply {
            sources = List.copyOf(sources);
            choices = List.copyOf(choices);
            topic = topic == null ? Topic.NONE : topic;
        }

        public Reply(String title, String body, List<String> sources, List<Choice> choices, Language language) {
            this(title, body, sources, choices, language, Topic.NONE);
        }

        @Override
        public String kind() {
            return "command";
        }
    }

    /** A structured fact (or facts), or a figure computed from them (a comparison, a distance). */
    record FactAnswer(String title, String body, List<String> sources, List<Choice> choices, Language language,
                      Topic topic) implements Answer {
        public FactAnswer {
            sources = List.copyOf(sources);
            choices = List.copyOf(choices);
            topic = topic == null ? Topic.NONE : topic;
        }

        public FactAnswer(String title, String body, List<String> sources, List<Choice> choices, Language language) {
            this(title, body, sources, choices, language, Topic.NONE);
        }

        @Override
        public String kind() {
            return "fact";
        }
    }

    /** A passage of prose, or one sentence of it. */
    record PassageAnswer(String title, String body, List<String> sources, List<Choice> choices, Language language,
                         Topic topic) implements Answer {
        public PassageAnswer {
            sources = List.copyOf(sources);
            choices = List.copyOf(choices);
            topic = topic == null ? Topic.NONE : topic;
        }

        public PassageAnswer(String title, String body, List<String> sources, List<Choice> choices,
                             Language language) {
            this(title, body, sources, choices, language, Topic.NONE);
        }

        @Override
        public String kind() {
            return "passage";
        }
    }

    /** Small talk: a greeting, thanks, who the bot is and what it can do. */
    record Chat(String body, List<Choice> choices, Language language) implements Answer {
        public Chat {
            choices = List.copyOf(choices);
        }

        @Override
        public String title() {
            return "";
        }

        @Override
        public List<String> sources() {
            return List.of();
        }

        @Override
        public Topic topic() {
            return Topic.NONE;
        }

        @Override
        public String kind() {
            return "smalltalk";
        }
    }

    /** "I don't know", with hints of what the bot does know. */
    record DontKnow(String title, String body, List<Choice> choices, Language language, Topic topic)
            implements Answer {
        public DontKnow {
            choices = List.copyOf(choices);
            topic = topic == null ? Topic.NONE : topic;
        }

        /** Knowing nothing, and moving the conversation nowhere. */
        public DontKnow(String title, String body, List<Choice> choices, Language language) {
            this(title, body, choices, language, Topic.NONE);
        }

        @Override
        public List<String> sources() {
            return List.of();
        }

        @Override
        public String kind() {
            return "none";
        }
    }
}
