package kz.bot.answer;

/** Cuts passages to answer size at a sentence boundary. */
final class Passages {

    private Passages() {
    }

    /** {@code text} if it fits in {@code limit} characters, else its longest run of whole sentences that does. */
    static String shorten(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = -1;
        for (int i = 0; i < limit - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                cut = i + 1;
            }
        }
        if (cut < limit / 3) {
            int space = text.lastIndexOf(' ', limit - 2);
            return (space > 0 ? text.substring(0, space) : text.substring(0, limit - 1)) + "…";
        }
        return text.substring(0, cut);
    }
}
