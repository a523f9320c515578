package kz.bot.telegram;

/**
 * One line of a message before it is written as HTML: plain text and its style. An empty line separates paragraphs.
 * Keeping lines plain until the end is what lets a long message be split without ever cutting a tag or an entity.
 */
record Line(Style style, String text) {

    /** How a whole line is shown. */
    enum Style {
        PLAIN("", ""), BOLD("<b>", "</b>"), ITALIC("<i>", "</i>");

        private final String open;
        private final String close;

        Style(String open, String close) {
            this.open = open;
            this.close = close;
        }

        /** {@code text}, escaped and wrapped in this style's tags. */
        String html(String text) {
            return text.isEmpty() ? "" : open + Html.escape(text) + close;
        }

        /** Characters the tags add around a line. */
        int overhead() {
            return open.length() + close.length();
        }
    }

    Line {
        text = text == null ? "" : text;
    }

    static Line plain(String text) {
        return new Line(Style.PLAIN, text);
    }

    static Line blank() {
        return new Line(Style.PLAIN, "");
    }

    boolean isBlank() {
        return text.isBlank();
    }

    String html() {
        return style.html(text);
    }
}
