package kz.bot.telegram;

/** Telegram's HTML parse mode: the three characters that must be escaped in every piece of dynamic text. */
final class Html {

    private Html() {
    }

    /** {@code text} with {@code &}, {@code <} and {@code >} written as entities. */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (entity != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (entity != null) {
                    sb.append(entity);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** How many characters {@code c} takes once escaped. */
    static int escapedLength(char c) {
        return switch (c) {
            case '&' -> 5;
            case '<', '>' -> 4;
            default -> 1;
        };
    }
}
