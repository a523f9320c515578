package kz.bot.answer;

import java.util.List;

/**
 * What an answer was about, kept by a conversation so that "and its population?" or «а в Караганде?» can be
 * understood: the place (an entity id, -1 for none), the attribute asked (empty for none), the place the answer
 * named (-1 for none: after "Charyn Canyon — Region: Almaty region", «а какой у неё центр?» asks about the region),
 * the place the conversation was about before this one (-1 for none: after Karaganda, then Pavlodar, "which one is
 * bigger?" compares the two), and the places of the last list shown, in order (after the three largest cities, "the
 * third one" is Shymkent), the meaningful words of the question last answered (after "what is on the emblem",
 * «а кто его автор?» asks who designed the emblem), space-separated, empty for none, and that question as the bot read
 * it (after "how long is the drive from Almaty to Charyn Canyon", "and to Kolsai Lakes?" asks it of the lakes), empty
 * for none.
 */
public record Topic(long entity, String attribute, long named, long previous, List<Long> listed, String words,
                    String asked) {

    public static final Topic NONE = new Topic(-1, "");

    public Topic {
        attribute = attribute == null ? "" : attribute;
        listed = listed == null ? List.of() : List.copyOf(listed);
        words = words == null ? "" : words;
        asked = asked == null ? "" : asked;
    }

    /** A topic that keeps no question. */
    public Topic(long entity, String attribute, long named, long previous, List<Long> listed, String words) {
        this(entity, attribute, named, previous, listed, words, "");
    }

    /** A topic of no words of a question. */
    public Topic(long entity, String attribute, long named, long previous, List<Long> listed) {
        this(entity, attribute, named, previous, listed, "");
    }

    /** A topic that lists no places. */
    public Topic(long entity, String attribute, long named, long previous) {
        this(entity, attribute, named, previous, List.of());
    }

    /** A topic whose answer named no place. */
    public Topic(long entity, String attribute) {
        this(entity, attribute, -1);
    }

    /** A topic with no earlier place. */
    public Topic(long entity, String attribute, long named) {
        this(entity, attribute, named, -1);
    }

    /** This topic with {@code place} as the place talked about before it. */
    public Topic after(long place) {
        return new Topic(entity, attribute, named, place, listed, words, asked);
    }

    /** This topic with {@code places} as the last list the conversation showed. */
    public Topic listing(List<Long> places) {
        return new Topic(entity, attribute, named, previous, places, words, asked);
    }

    /** The conversation turned to {@code place}, one of its list ("the third one"), keeping what was asked. */
    public Topic at(long place) {
        return new Topic(place, attribute, -1, entity, listed, words, asked);
    }

    /** This topic with {@code words} as the meaningful words of the question last answered. */
    public Topic withWords(String words) {
        return new Topic(entity, attribute, named, previous, listed, words, asked);
    }

    /** This topic with {@code question}, as the bot read it, as the question last answered. */
    public Topic withAsked(String question) {
        return new Topic(entity, attribute, named, previous, listed, words, question);
    }

    public boolean isNone() {
        return entity < 0 && attribute.isEmpty();
    }
}
