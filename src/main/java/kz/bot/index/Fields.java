package kz.bot.index;

/** Names of the Lucene fields of a passage document: one place, never string literals elsewhere. */
final class Fields {
    /** Section title and passage text, analysed: what a question is matched against. */
    static final String BODY = "body";
    /** The passage as written, stored for the answer. */
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String FILE = "file";
    static final String DATE = "date";
    static final String LINE = "line";

    private Fields() {
    }
}
