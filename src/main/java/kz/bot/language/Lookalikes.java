package kz.bot.language;

/**
 * Mends words typed on two keyboard layouts at once: in a word of mostly Cyrillic letters, Latin letters that look the
 * same become their Cyrillic twins («Kакая» with a Latin K becomes «Какая»), and the other way round for a mostly Latin
 * word. A word whose odd letters have no twin is left as it is. Words in one script are never touched.
 */
public final class Lookalikes {

    /** Latin letters and, at the same place, the Cyrillic letters that look like them. */
    private static final String LATIN = "ABCEHKMOPTXaceopxy";
    private static final String CYRILLIC = "АВСЕНКМОРТХасеорху";

    private Lookalikes() {
    }

    /** {@code text} with every mixed-script word written in the script most of its letters are in. */
    public static String unmix(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            String mended = mend(word);
            if (!mended.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.replace(i, end, mended);
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static String mend(String word) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
        }
        if (latin == 0 || cyrillic == 0) {
            return word;
        }
        String from = cyrillic >= latin ? LATIN : CYRILLIC;
        String to = cyrillic >= latin ? CYRILLIC : LATIN;
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean odd = cyrillic >= latin ? script == Character.UnicodeScript.LATIN
                    : script == Character.UnicodeScript.CYRILLIC;
            if (odd) {
                int at = from.indexOf(c);
                if (at < 0) {
                    return word; // an odd letter with no twin: not a slip of the keyboard
                }
                sb.append(to.charAt(at));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
