package kz.bot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import kz.bot.language.KazakhSuffixes;
import kz.bot.language.Transliteration;

/**
 * Places that are not ours — other countries, their capitals and large cities, and the adjectives of the neighbours —
 * in English, Russian and Kazakh ({@code /language/foreign-places.tsv}, made from openly licensed data by
 * {@code scripts/data}). "The area of Turkmenistan" is about Turkmenistan, not Kazakhstan. A name in Latin letters is
 * compared word for word with what was typed (a possessive 's aside), so that an English word is never taken for a
 * foreign name that reads alike; a name in Cyrillic is compared as place names are, whatever its ending («в Китае»).
 * A name that is also one of ours is ours. Immutable.
 */
public final class ForeignPlaces {

    static final String RESOURCE = "/language/foreign-places.tsv";

    /**
     * A foreign name found in a question: where it stands ({@code [start, end)}, characters) and the place's names
     * in English, Russian and Kazakh.
     */
    record Found(int start, int end, String name, Map<kz.bot.language.Language, String> names) {
    }

    /** First word → the names starting with it, as words, with their place. */
    private final Map<String, List<Map.Entry<List<String>, String>>> latin = new HashMap<>();
    /** English name → names in the three languages. */
    private final Map<String, Map<kz.bot.language.Language, String>> localNames = new HashMap<>();
    /** First form → the Cyrillic names starting with it, as forms, with their place. */
    private final Map<String, List<Map.Entry<List<String>, String>>> cyrillic = new HashMap<>();
    /** The Cyrillic names of one word as written, lower case: a short stem counts only when the word is one. */
    private final java.util.Set<String> cyrillicWords = new java.util.HashSet<>();
    /**
     * "US" typed in capitals is the United States ("how many people live in the US"); in lower case it is the
     * pronoun, so the table cannot list it among the names.
     */
    private static final String US = "US";
    private static final String UNITED_STATES = "United States";
    /** A one-word name whose stem is shorter is found only as written: «саны» is no form of «Сана». */
    static final int SHORT_STEM = 4;
    private final TextIndex index;

    /**
     * @param ours true for a form sequence that names one of our own places: such a name is never foreign
     */
    ForeignPlaces(TextIndex index, Predicate<List<String>> ours) {
        this.index = index;
        for (String[] row : rows()) {
            String english = row[0].equals("adjective") && row.length > 4 ? row[4] : row[1];
            if (!row[0].equals("adjective")) {
                localNames.putIfAbsent(english, Map.of(kz.bot.language.Language.EN, row[1],
                        kz.bot.language.Language.RU, row[2].isBlank() ? row[1] : row[2],
                        kz.bot.language.Language.KK, row[3].isBlank() ? row[1] : row[3]));
            }
            List<String> names = new ArrayList<>(List.of(row[1], row[2], row[3]));
            if (!row[0].equals("adjective") && row.length > 4) {
                names.addAll(List.of(row[4].split(";")));
            }
            for (String name : names) {
                String n = name.strip();
                if (n.isEmpty() || ours.test(NameFinder.firstForms(index.nameForms(n)))) {
                    continue;
                }
                if (Transliteration.isCyrillic(n)) {
                    List<String> forms = NameFinder.firstForms(index.nameForms(n));
                    if (forms.size() == 1 && Phrases.words(n).length > 1) {
                        continue; // «о-в Рождества» analysed is «Рождества» alone: Christmas, not the island
                    }
                    if (!forms.isEmpty()) {
                        cyrillic.computeIfAbsent(key(forms.get(0)), k -> new ArrayList<>())
                                .add(Map.entry(forms, english));
                    }
                    if (forms.size() == 1) {
                        cyrillicWords.add(n.toLowerCase(Locale.ROOT).replace('ё', 'е'));
                    }
                } else {
                    List<String> words = List.of(Phrases.words(n));
                    if (!words.isEmpty()) {
                        latin.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(Map.entry(words, english));
                    }
                }
            }
        }
    }

    /**
     * Every name of the list, for the index's vocabulary of names: a Kazakh ending is stripped from a word when what
     * remains is a known name («Қытайда» → «Қытай»).
     */
    public static List<String> allNames() {
        List<String> out = new ArrayList<>();
        for (String[] row : rows()) {
            for (int i = 1; i < row.length; i++) {
                for (String n : row[i].split(";")) {
                    if (!n.isBlank()) {
                        out.add(n.strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The foreign names in {@code text}, and for a question typed in Latin letters also those its Cyrillic spelling
     * {@code spelled} (word for word the same, may be null) names: "qyrgyzstannyn" is «қырғызстанның», Kyrgyzstan's.
     */
    List<Found> find(String text, String spelled) {
        List<Found> out = find(text);
        if (spelled == null) {
            return out;
        }
        for (Found f : find(spelled)) {
            List<int[]> at = respan(List.of(new int[] {f.start(), f.end()}), spelled, text);
            if (!at.isEmpty() && out.stream().noneMatch(o -> o.start() < at.get(0)[1] && at.get(0)[0] < o.end())) {
                out.add(new Found(at.get(0)[0], at.get(0)[1], f.name(), f.names()));
            }
        }
        return out;
    }

    /**
     * {@code spans} of {@code from} as spans of {@code to}, a text of as many words (a Latin question and its Cyrillic
     * spelling): each span covers the same words; none when the two do not have as many words.
     */
    static List<int[]> respan(List<int[]> spans, String from, String to) {
        List<int[]> fromWords = wordSpans(from);
        List<int[]> toWords = wordSpans(to);
        List<int[]> out = new ArrayList<>();
        if (fromWords.size() != toWords.size()) {
            return out;
        }
        for (int[] span : spans) {
            int first = -1;
            int last = -1;
            for (int w = 0; w < fromWords.size(); w++) {
                if (fromWords.get(w)[0] < span[1] && span[0] < fromWords.get(w)[1]) {
                    first = first < 0 ? w : first;
                    last = w;
                }
            }
            if (first >= 0) {
                out.add(new int[] {toWords.get(first)[0], toWords.get(last)[1]});
            }
        }
        return out;
    }

    /** Where the words of {@code text} stand, as {@code [start, end)}. */
    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /** The one-word name {@code word} is with an English possessive s typed without its apostrophe, or null. */
    private Map.Entry<List<String>, String> possessive(String word) {
        if (word.length() <= SHORT_STEM || !word.endsWith("s")) {
            return null;
        }
        String bare = word.substring(0, word.length() - 1);
        return latin.getOrDefault(bare, List.of()).stream().filter(e -> e.getKey().size() == 1)
                .map(e -> Map.entry(List.of(word), e.getValue())).findFirst().orElse(null);
    }

    /** The foreign names in {@code text}, longest first, left to right. */
    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        List<int[]> spans = wordSpans(text);
        List<String> words = spans.stream().map(s -> text.substring(s[0], s[1]).toLowerCase(Locale.ROOT)).toList();
        int i = 0;
        while (i < words.size()) {
            String typed = text.substring(spans.get(i)[0], spans.get(i)[1]);
            if (typed.equals(US)) {
                out.add(found(spans.get(i)[0], spans.get(i)[1], UNITED_STATES));
                i++;
                continue;
            }
            Map.Entry<List<String>, String> best = longest(latin.get(words.get(i)), words, i);
            if (best == null) {
                best = possessive(words.get(i)); // "uzbekistans independence day", the apostrophe left out
            }
            if (best != null) {
                out.add(found(spans.get(i)[0], spans.get(i + best.getKey().size() - 1)[1], best.getValue()));
                i += best.getKey().size();
                continue;
            }
            i++;
        }
        List<Token> tokens = index.nameForms(text);
        List<String> forms = NameFinder.firstForms(tokens);
        for (int k = 0; k < tokens.size(); k++) {
            if (!Transliteration.isCyrillic(text.substring(tokens.get(k).start(), tokens.get(k).end()))) {
                continue;
            }
            Map.Entry<List<String>, String> best = longest(cyrillic.get(key(forms.get(k))), forms, k);
            String typed = text.substring(tokens.get(k).start(), tokens.get(k).end()).toLowerCase(Locale.ROOT)
                    .replace('ё', 'е');
            if (best != null && best.getKey().size() == 1 && best.getKey().get(0).length() < SHORT_STEM
                    && !cyrillicWords.contains(typed) && KazakhSuffixes.candidates(typed).stream()
                    .noneMatch(cyrillicWords::contains)) {
                // «саны» (its number) and «дела» (affairs) stem like Sana'a and Delhi; «Ресейдің» is Ресей + -дің
                continue;
            }
            if (best != null && best.getKey().size() == 1 && !longName(typed) && everydayWord(typed)) {
                // «белгілі» (known) reads like a form of «Бельгия»; no everyday word is a country's name, but a long
                // name as the list writes it («Ұлыбритания», «Ұлыбританияның») is one even when a concept holds it
                continue;
            }
            if (best != null) {
                out.add(found(tokens.get(k).start(), tokens.get(k + best.getKey().size() - 1).end(),
                        best.getValue()));
                k += best.getKey().size() - 1;
            }
        }
        return out;
    }

    /**
     * A name this long, as the list writes it, is a name whatever concept also holds it; a shorter one may be a word
     * (Kazakh «палау», pilaf, is Palau's name too).
     */
    static final int LONG_NAME = 7;

    /** True when {@code typed}, or it without a Kazakh ending, is a one-word name of the list at least that long. */
    private boolean longName(String typed) {
        return KazakhSuffixes.candidates(typed).stream()
                .anyMatch(w -> w.length() >= LONG_NAME && cyrillicWords.contains(w));
    }

    /**
     * True when {@code typed} is a Kazakh word of the everyday vocabulary (a concept). Kazakh only: a Russian stem is
     * too short to tell («Дели» and «делят» share «дел»), and the Russian names of countries met no Russian word yet.
     */
    private boolean everydayWord(String typed) {
        List<Token> tokens = index.analyze(typed, TextIndex.Reading.KK);
        return !tokens.isEmpty() && index.synonyms(tokens, kz.bot.language.Language.KK).stream()
                .anyMatch(m -> !m.isEmpty());
    }

    private static Map.Entry<List<String>, String> longest(List<Map.Entry<List<String>, String>> candidates,
                                                           List<String> words, int i) {
        Map.Entry<List<String>, String> best = null;
        if (candidates == null) {
            return null;
        }
        for (var c : candidates) {
            List<String> name = c.getKey();
            if ((best == null || name.size() > best.getKey().size()) && i + name.size() <= words.size()
                    && same(words.subList(i, i + name.size()), name)) {
                best = c;
            }
        }
        return best;
    }

    private Found found(int start, int end, String english) {
        return new Found(start, end, english, localNames.getOrDefault(english,
                Map.of(kz.bot.language.Language.EN, english)));
    }

    /** The bucket of a form: its first four letters. */
    private static String key(String form) {
        return form.length() <= 4 ? form : form.substring(0, 4);
    }

    /**
     * Word for word the same, where a typed Cyrillic stem may end a letter or two later than the name's (Snowball
     * reads «Узбекистан» as «узбекиста», «Узбекистане» as «узбекистан»).
     */
    private static boolean same(List<String> typed, List<String> name) {
        for (int i = 0; i < name.size(); i++) {
            String a = typed.get(i);
            String b = name.get(i);
            // the typed form may run past the name's (an ending Snowball left on), never stop short of it: «болган»
            // (was, in Kazakh) is not «Болгария»
            boolean close = a.equals(b) || Transliteration.isCyrillic(a) && b.length() >= 5
                    && a.length() - b.length() <= 2 && a.startsWith(b);
            if (!close) {
                return false;
            }
        }
        return true;
    }

    /** {@code english}'s name in {@code language} as the list writes it ("Germany" → «Германия»), else as given. */
    static String localName(String english, kz.bot.language.Language language) {
        return Local.NAMES.getOrDefault(english, Map.of()).getOrDefault(language, english);
    }

    /** The countries' names in the three languages, read once when first asked. */
    private static final class Local {
        static final Map<String, Map<kz.bot.language.Language, String>> NAMES = read();

        private static Map<String, Map<kz.bot.language.Language, String>> read() {
            Map<String, Map<kz.bot.language.Language, String>> out = new HashMap<>();
            for (String[] row : rows()) {
                if (row[0].equals("country")) {
                    out.putIfAbsent(row[1], Map.of(kz.bot.language.Language.EN, row[1],
                            kz.bot.language.Language.RU, row[2].isBlank() ? row[1] : row[2],
                            kz.bot.language.Language.KK, row[3].isBlank() ? row[1] : row[3]));
                }
            }
            return Map.copyOf(out);
        }
    }

    private static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ForeignPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length >= 4) {
                    out.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
