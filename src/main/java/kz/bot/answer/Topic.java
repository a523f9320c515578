package kz.bot.answer;

/**
 * What an answer was about, kept by a conversation so that "and its population?" or «а в Караганде?» can be
 * understood: the place (an entity id, -1 for none), the attribute asked (empty for none), the place the answer
 * named (-1 for none: after "Charyn Canyon — Region: Almaty region", «а какой у неё центр?» asks about the region),
 * and the place the conversation was about before this one (-1 for none: after Karaganda, then Pavlodar, "which one is
 * bigger?" compares the two).
 */
public record Topic(long entity, String attribute, long named, long previous) {

    public static final Topic NONE = new Topic(-1, "");

    public Topic {
        attribute = attribute == null ? "" : attribute;
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
        return new Topic(entity, attribute, named, place);
    }

    public boolean isNone() {
        return entity < 0 && attribute.isEmpty();
    }
}
