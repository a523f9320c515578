package kz.bot.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bot.answer.Typos;
import kz.bot.language.Language;
import kz.bot.language.Transliteration;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Whether a word nothing in the knowledge contains is a misspelt stop word ("happend", "wich", «катором»): such a word
 * says nothing about the topic, and searched for its close terms it would find unrelated ones. The one typo rule
 * ({@link Typos}: the shortest word, the first letter right), one edit away, matched with Lucene's Levenshtein
 * automata against the language's stop words of at least {@link Typos#MIN_LENGTH} letters, folded as the analyzers
 * fold them. Immutable and thread-safe.
 */
final class StopWordTypos {

    /**
     * One edit only, whatever the word's length: two would make an unknown word of content a stop word ("currency" is
     * two edits from "currently", and a knowledge base of two articles never says "currency").
     */
    static final int EDITS = 1;

    private final Map<Language, List<String>> longStopWords = new EnumMap<>(Language.class);

    StopWordTypos() {
        for (Language l : Language.values()) {
            List<String> words = new ArrayList<>();
            for (Object w : LanguageAnalyzer.stopWords(l)) {
                String word = new String((char[]) w);
                if (Typos.mayBeTypo(word)) {
                    words.add(word);
                }
            }
            longStopWords.put(l, List.copyOf(words));
        }
    }

    /** True when {@code typed}, read as {@code language}, is a stop word misspelt (and is no stop word itself). */
    boolean of(Language language, String typed) {
        String word = fold(language, typed.toLowerCase(Locale.ROOT));
        if (!Typos.mayBeTypo(word) || LanguageAnalyzer.stopWords(language).contains(word)) {
            return false;
        }
        // the first letter must be right and the length within the edits: only those stop words are run through
        // the automaton of the rest, built only when there is one (most words have none: no cost per word)
        CharacterRunAutomaton rest = null;
        for (String stop : longStopWords.get(language)) {
            if (stop.charAt(0) != word.charAt(0) || Math.abs(stop.length() - word.length()) > EDITS) {
                continue;
            }
            if (rest == null) {
                rest = new CharacterRunAutomaton(new LevenshteinAutomata(word.substring(1), true).toAutomaton(EDITS));
            }
            if (rest.run(stop.substring(1))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(Language language, String word) {
        return switch (language) {
            case RU -> LanguageAnalyzer.foldRussian(word);
            case KK -> Transliteration.foldKazakh(word);
            default -> word;
        };
    }
}
