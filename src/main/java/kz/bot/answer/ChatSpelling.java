package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Chat spellings and the words they stand for ("u" → "you", "ppl" → "people", «када» → «когда»), and two or three
 * words that stand for one ("get around" → "transport", "share a border" → "border"), from a language's {@code
 * spelling} list ("u>you"): what a typed word
 * stands for when phrases are matched, and a text with each of them written out. Immutable after construction and
 * thread-safe.
 */
final class ChatSpelling {

    /** The most words a spelling list's entry replaces together. */
    private static final int MOST_WORDS = 3;

    /** Chat spellings and the words they stand for, each spelling in its {@link PhraseWords#form}. */
    private final Map<String, String> spelling = new HashMap<>();
    /** The same, what they stand for in its {@link PhraseWords#form}, as phrases are compared. */
    private final Map<String, String> spellingForms = new HashMap<>();

    /** @param entries the {@code spelling} list's entries as written words, each "spelling>meant" */
    ChatSpelling(List<String[]> entries) {
        for (String[] entry : entries) {
            String[] pair = String.join(" ", entry).split(">");
            if (pair.length == 2) {
                spelling.put(PhraseWords.form(pair[0].strip()), pair[1].strip());
                spellingForms.put(PhraseWords.form(pair[0].strip()), PhraseWords.form(pair[1].strip()));
            }
        }
    }

    /**
     * What a typed word, in its {@link PhraseWords#form}, stands for, in its form; null when it is no chat spelling.
     */
    String standsFor(String typedForm) {
        return spellingForms.get(typedForm);
    }

    /**
     * The text with each chat spelling written out ("how many ppl" → "how many people", «када» → «когда»), so that
     * the words a question is searched by are words the knowledge uses; everything else as typed.
     */
    String respell(String text) {
        return respell(text, spans(text), forms(text), 1);
    }

    /**
     * {@code typed}, a question typed in Latin letters, with each entry of two or more words that {@code
     * transliterated} (the same words in Cyrillic letters) matches written out: "kto posle nego" is «кто после него»,
     * which asks for the successor as «кто преемник» does. As typed when the two do not have as many words.
     */
    String respellAlong(String typed, String transliterated) {
        List<int[]> spans = spans(typed);
        List<String> forms = forms(transliterated);
        return spans.size() != forms.size() ? typed : respell(typed, spans, forms, 2);
    }

    /** Where each word of {@code text} starts and ends. */
    private static List<int[]> spans(String text) {
        Matcher m = PhraseWords.WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** Each word of {@code text} in its {@link PhraseWords#form}, as the entries are kept. */
    private static List<String> forms(String text) {
        Matcher m = PhraseWords.WORD.matcher(text);
        List<String> forms = new ArrayList<>();
        while (m.find()) {
            forms.add(PhraseWords.form(PhraseWords.latinFold(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'))));
        }
        return forms;
    }

    /**
     * {@code text} with the words at {@code spans}, whose forms are {@code forms}, replaced where an entry of at least
     * {@code fewest} words matches them.
     */
    private String respell(String text, List<int[]> spans, List<String> forms, int fewest) {
        if (spelling.isEmpty()) {
            return text;
        }
        StringBuilder sb = null;
        int last = 0;
        for (int i = 0; i < forms.size(); i++) {
            // three or two words that stand for one ("share a border" is border, "get around" transport) before a
            // word alone
            int n = Math.min(MOST_WORDS, forms.size() - i);
            String meant = spelling.get(String.join(" ", forms.subList(i, i + n)));
            while (meant == null && --n >= fewest) {
                meant = spelling.get(String.join(" ", forms.subList(i, i + n)));
            }
            if (meant != null && n >= fewest) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16);
                }
                sb.append(text, last, spans.get(i)[0]).append(meant);
                last = spans.get(i + n - 1)[1];
                i += n - 1;
            }
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }
}
