package kz.bot.answer;

/**
 * What an answer was about, kept by a conversation so that "and its population?" or «а в Караганде?» can be
 * understood: the place (an entity id, -1 for none) and the attribute asked (empty for none).
 */
public record Topic(long entity, String attribute) {

    public static final Topic NONE = new Topic(-1, "");

    public Topic {
        attribute = attribute == null ? "" : attribute;
    }

    public boolean isNone() {
        return entity < 0 && attribute.isEmpty();
    }
}
