package kz.bot.answer;

/**
 * What an answer was about, kept by a conversation so that "and its population?" or «а в Караганде?» can be
 * understood: the place (an entity id, -1 for none), the attribute asked (empty for none), and the place the answer
 * named (-1 for none): after "Charyn Canyon — Region: Almaty region", «а какой у неё центр?» asks about the region.
 */
public record Topic(long entity, String attribute, long named) {

    public static final Topic NONE = new Topic(-1, "");

    public Topic {
        attribute = attribute == null ? "" : attribute;
    }

    /** A topic whose answer named no place. */
    public Topic(long entity, String attribute) {
        this(entity, attribute, -1);
    }

    public boolean isNone() {
        return entity < 0 && attribute.isEmpty();
    }
}
