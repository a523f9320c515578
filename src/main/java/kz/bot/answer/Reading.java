package kz.bot.answer;

import java.util.List;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * A question as the bot reads it, once, before anything is looked up: its language, its words with their forms, the
 * places it names (ours and other countries'), what kind of answer it asks for, and what else it says about itself.
 *
 * @param how     how the text was analysed (Russian or Kazakh typed in Latin letters are read as Cyrillic)
 * @param foreign names of places that are not ours (other countries, their cities), as typed
 * @param unknown words no unit of the knowledge contains, not even as a typo
 * @param cyrillic for a question typed in Latin letters, the question in Cyrillic (as {@link TextIndex#cyrillic} spells
 *                it) and where each word stands in it, so that phrase lists written in Cyrillic read it too; else
 *                {@link CyrillicSpelling#NONE}
 * @param travellers the English names of the countries whose citizens the question asks for, when it asks about a
 *                   visa ("do German citizens need a visa", «нужна ли виза гражданам Италии», "do canadians…"): their
 *                   passport, not the topic, so they are not among {@code foreign}
 * @param excluded the places the question leaves out ("the largest city except Almaty", {@link Exclusions}): not
 *                 among {@code places}; no fact of theirs answers it
 */
public record Reading(String text, Language language, TextIndex.Reading how, List<Word> words, List<Place> places,
                      List<String> foreign, AnswerKind kind, Set<Signal> signals, List<String> unknown,
                      boolean countryNamed, CyrillicSpelling cyrillic, List<String> travellers,
                      List<Entity> excluded) {

    public Reading {
        travellers = travellers == null ? List.of() : List.copyOf(travellers);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        words = List.copyOf(words);
        places = List.copyOf(places);
        foreign = List.copyOf(foreign);
        signals = Set.copyOf(signals);
        unknown = List.copyOf(unknown);
        cyrillic = cyrillic == null ? CyrillicSpelling.NONE : cyrillic;
        if (!cyrillic.isEmpty() && cyrillic.words().size() != words.size()) {
            throw new IllegalArgumentException(cyrillic.words().size() + " Cyrillic spellings for " + words.size()
                    + " words");
        }
    }

    /** This reading with only {@code kept} of its places: "Ordabasy Square in Shymkent" read as the square's. */
    Reading withPlaces(List<Place> kept) {
        return new Reading(text, language, how, words, kept, foreign, kind, signals, unknown, countryNamed, cyrillic,
                travellers, excluded);
    }

    /** A reading of a question typed in its language's own letters. */
    public Reading(String text, Language language, TextIndex.Reading how, List<Word> words, List<Place> places,
                   List<String> foreign, AnswerKind kind, Set<Signal> signals, List<String> unknown,
                   boolean countryNamed) {
        this(text, language, how, words, places, foreign, kind, signals, unknown, countryNamed, CyrillicSpelling.NONE);
    }

    /** A reading that names no traveller's country. */
    public Reading(String text, Language language, TextIndex.Reading how, List<Word> words, List<Place> places,
                   List<String> foreign, AnswerKind kind, Set<Signal> signals, List<String> unknown,
                   boolean countryNamed, CyrillicSpelling cyrillic) {
        this(text, language, how, words, places, foreign, kind, signals, unknown, countryNamed, cyrillic, List.of());
    }

    /** A reading that leaves no place out. */
    public Reading(String text, Language language, TextIndex.Reading how, List<Word> words, List<Place> places,
                   List<String> foreign, AnswerKind kind, Set<Signal> signals, List<String> unknown,
                   boolean countryNamed, CyrillicSpelling cyrillic, List<String> travellers) {
        this(text, language, how, words, places, foreign, kind, signals, unknown, countryNamed, cyrillic, travellers,
                List.of());
    }

    /** True when the question leaves {@code id}'s place out ("except Almaty"). */
    boolean leavesOut(long id) {
        return excluded.stream().anyMatch(e -> e.id() == id);
    }

    /** How word {@code i} is spelt in Cyrillic when the question was typed in Latin letters, else as typed. */
    public String spelled(int i) {
        return cyrillic.isEmpty() ? words.get(i).surface() : cyrillic.word(i);
    }

    /** The question as the phrase lists read it: in Cyrillic when it was typed in Latin letters, else as typed. */
    public String spelledText() {
        return cyrillic.isEmpty() ? text : cyrillic.text();
    }

    /** Where word {@code i} stands ({@code [start, end)}) in {@link #spelledText()}. */
    public int[] spelledSpan(int i) {
        return cyrillic.isEmpty() ? new int[] {words.get(i).start(), words.get(i).end()} : cyrillic.words().get(i);
    }

    /**
     * True when a phrase of {@code key} (language/words_*.properties) is in the question as typed or, typed in Latin
     * letters, in its Cyrillic spelling.
     */
    boolean says(String key) {
        Phrases phrases = Phrases.of(language());
        return phrases.has(key, Phrases.words(text)) || !cyrillic.isEmpty()
                && phrases.has(key, Phrases.words(cyrillic.text()));
    }

    /**
     * True when a word points back at what the conversation is about ({@code word.it}: "it", "its", «там», «ол»).
     */
    boolean pointsBack() {
        return !Phrases.of(language()).spans("word.it", text).isEmpty();
    }

    public boolean has(Signal signal) {
        return signals.contains(signal);
    }

    /** The words a unit should contain to answer: neither place names nor the words for region, city, country. */
    public List<Word> content() {
        return words.stream().filter(w -> w.role() == Word.Role.CONTENT).toList();
    }

    /**
     * True when the question says it is about Kazakhstan: the country or one of its places, sights or people is named,
     * or its people ("which kazakh cyclist won gold in London" is about a Kazakh, not about London). A holiday, a dish
     * or an event is no anchor: other countries have theirs ("Uzbekistan's Independence Day", «Қырғызстанда Наурыз»).
     */
    public boolean anchored() {
        return countryNamed || places.stream().anyMatch(p -> p.entity().kind() != EntityKind.TOPIC)
                || says("word.people");
    }
}
