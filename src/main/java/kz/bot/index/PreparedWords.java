package kz.bot.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bot.answer.QueryWord;
import kz.bot.answer.TextIndex;

/**
 * The terms of a question's words, each looked up once and its postings read once, for both searches: per word, its
 * forms in each field that the index has, ready to be scored by {@link UnitSearch}. Not changed once made; like
 * every {@link TextIndex.Prepared}, valid while the index is open and used by one question's thread.
 */
final class PreparedWords implements TextIndex.Prepared {

    private final List<QueryWord> words;
    /** Per word: its forms in each field. */
    private final List<List<UnitSearch.FieldTerms>> byWord = new ArrayList<>();

    /** Looks up each form of {@code words} that {@code frequencies} says the index holds, in {@code search}. */
    PreparedWords(List<QueryWord> words, DocFrequencies frequencies, UnitSearch search) throws IOException {
        this.words = words;
        Map<String, Postings> read = new HashMap<>();
        for (QueryWord word : words) {
            List<UnitSearch.FieldTerms> fields = new ArrayList<>();
            for (var e : word.terms().entrySet()) {
                String field = Fields.of(e.getKey());
                List<Postings> forms = new ArrayList<>();
                for (String t : e.getValue()) {
                    if (frequencies.docFreq(e.getKey(), t) == 0) {
                        continue;
                    }
                    String key = field + '\u0000' + t;
                    Postings p = read.get(key);
                    if (p == null && !read.containsKey(key)) {
                        p = search.postings(field, t);
                        read.put(key, p);
                    }
                    if (p != null) {
                        forms.add(p);
                    }
                }
                if (!forms.isEmpty()) {
                    fields.add(search.new FieldTerms(field, forms));
                }
            }
            byWord.add(fields);
        }
    }

    @Override
    public List<QueryWord> words() {
        return words;
    }

    /** Per word: its forms in each field the index has them in. */
    List<List<UnitSearch.FieldTerms>> byWord() {
        return byWord;
    }

    /** Whether the index has none of the words' forms: nothing can be found. */
    boolean isEmpty() {
        return byWord.stream().allMatch(List::isEmpty);
    }
}
