package kz.bot.index;

/**
 * Reads the dotless ı of Kazakh typed in Latin letters by vowel harmony. The 2021 alphabet writes і as ı (kım, künı,
 * kölınıñ); people on a Turkish keyboard write ы as ı (oblısınıñ, Turkish ı being that sound). A Kazakh word's vowels
 * are back (а, о, ұ, ы) or front (ә, е, ө, ү, і), so a ı is read as ы when the nearest vowel before it that tells the
 * two apart is a back one; otherwise it is left for the transliteration, which reads it as і. A plain i is left alone:
 * in a back word it may be и (оқиға, qiyn) as well as ы. Right after a vowel ı is й, as the 2018 alphabet writes it
 * (qandaı, qaısy): Kazakh puts no two vowels together. One letter for one: offsets do not move. Stateless.
 */
final class KazakhLatinVowels {

    private static final String BACK = "aáàâoóôūúyы";
    private static final String FRONT = "äeéèêöüіә";
    private static final String VOWELS = BACK + FRONT + "iıuû";

    private KazakhLatinVowels() {
    }

    /** {@code text} (lower case) with each ı after a vowel written й, and each ı that harmony makes ы written ы. */
    static String harmonize(String text) {
        char[] c = text.toCharArray();
        for (int k = 1; k < c.length; k++) {
            if (c[k] == 'ı' && c[k - 1] != 'y' && VOWELS.indexOf(c[k - 1]) >= 0) {
                c[k] = 'й'; // two vowels never meet in a Kazakh word: after one, ı is й (qandaı, qaısy, úı)
            } else if (c[k] == 'ı' && backBefore(c, k)) {
                c[k] = 'ы';
            }
        }
        return new String(c);
    }

    /** True when the nearest vowel before {@code k} in its word that tells back from front is a back one. */
    private static boolean backBefore(char[] c, int k) {
        for (int j = k - 1; j >= 0 && Character.isLetter(c[j]); j--) {
            if (c[j] == 'y' && j > 0 && VOWELS.indexOf(c[j - 1]) >= 0) {
                continue; // y after a vowel is й: the vowel before it decides
            }
            if (BACK.indexOf(c[j]) >= 0) {
                return true;
            }
            if (FRONT.indexOf(c[j]) >= 0) {
                return false;
            }
        }
        return false;
    }
}
