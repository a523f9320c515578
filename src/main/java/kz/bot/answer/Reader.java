package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import kz.bot.language.Lookalikes;

/**
 * Reads a question once into a {@link Reading}: its language, its words with their forms in every field, the places
 * it names, the answer kind it asks for and its signals ({@link SignalReader}). Built once per knowledge base;
 * thread-safe.
 */
final class Reader {

    private final TextIndex index;
    private final NameFinder names;
    private final ForeignPlaces foreign;
    private final Entity country;
    private final int units;
    private final LatinReading latin;

    Reader(TextIndex index, NameFinder names, ForeignPlaces foreign, Entity country) {
        this.index = index;
        this.names = names;
        this.foreign = foreign;
        this.country = country;
        int n = 0;
        for (Field f : Field.values()) {
            n = Math.max(n, index.docCount(f));
        }
        this.units = Math.max(1, n);
        this.latin = new LatinReading(index);
    }

    /**
     * Reads {@code text}.
     *
     * @param preferred the language to fall back on when the text does not tell (the conversation's or the user's),
     *                  or null
     */
    Reading read(String asTyped, Language preferred) {
        String unmixed = Lookalikes.unmix(asTyped); // «Kакая» typed with a Latin K
        LanguageGuess guess = latin.of(unmixed, LanguageGuess.of(unmixed, preferred));
        Language language = guess.language();
        String text = Phrases.of(language).respell(unmixed); // "how many ppl", «када»
        String[] surface = Phrases.words(text);
        Phrases phrases = Phrases.of(language);
        Set<Signal> signals = SignalReader.signals(phrases, surface);
        AnswerKind kind = SignalReader.kind(phrases, surface, language);

        List<Token> tokens = index.analyze(text, guess.how());
        List<Map<Field, Set<String>>> synonyms = index.synonyms(tokens, language);
        List<Token> nameTokens = index.nameForms(text);
        List<String> nameForms = NameFinder.firstForms(nameTokens);
        List<NameFinder.Mention> mentions = names.find(nameForms, i -> ordinaryWord(nameTokens.get(i), tokens,
                language), i -> abbreviationOk(text.substring(nameTokens.get(i).start(), nameTokens.get(i).end())));
        boolean wantRegion = containsAny(phrases, "word.region", surface);
        List<Place> places = new ArrayList<>();
        boolean countryNamed = phrases.has("word.country", surface);
        List<int[]> notNames = phrases.spans("not.names", text);
        for (NameFinder.Mention m : mentions) {
            Entity e = kind == AnswerKind.WHO || kind == AnswerKind.WHEN
                    ? m.entities().stream().filter(x -> x.kind() == EntityKind.PERSON).findFirst()
                            .orElse(pick(m.entities(), wantRegion))
                    : pick(m.entities(), wantRegion);
            int start = nameTokens.get(m.start()).start();
            int end = nameTokens.get(m.end() - 1).end();
            if (notNames.stream().anyMatch(span -> span[0] <= start && end <= span[1])) {
                continue; // «Қазақстанның астанасы» asks for a capital, not about the city of Astana
            }
            if (e.kind() == EntityKind.COUNTRY) {
                countryNamed = true;
            }
            if (places.stream().noneMatch(p -> p.entity().equals(e))) {
                places.add(new Place(e, m.entities(), start, end, m.fuzzy()));
            }
        }
        List<String> foreignNames = new ArrayList<>();
        List<int[]> foreignSpans = new ArrayList<>();
        List<int[]> notForeign = phrases.spans("not.foreign", text);
        for (ForeignPlaces.Found f : foreign.find(text)) {
            int start = f.start();
            int end = f.end();
            if (notForeign.stream().anyMatch(span -> span[0] <= start && end <= span[1])) {
                continue; // "Russian" is a language of Kazakhstan before it is Russia's adjective
            }
            if (places.stream().noneMatch(p -> p.start() < end && start < p.end())) {
                foreignNames.add(f.names().getOrDefault(language, f.name()));
                foreignSpans.add(new int[] {start, end});
            }
        }
        List<int[]> countryWords = phrases.spans("word.country", text);
        List<int[]> questionWords = phrases.spans("question.words", text);
        List<Word> words = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String typed = text.substring(t.start(), Math.min(t.end(), text.length()));
            Word.Role role = role(t, places, foreignSpans, countryWords, phrases, typed, text);
            if (role == Word.Role.CONTENT && within(t, questionWords)) {
                role = Word.Role.QUESTION;
            }
            Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
            terms.put(Field.of(language), new LinkedHashSet<>(t.forms()));
            synonyms.get(i).forEach((f, forms) -> terms.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(forms));
            boolean ownKnown = t.forms().stream().anyMatch(f -> index.docFreq(Field.of(language), f) > 0);
            if (role != Word.Role.CONTENT || !ownKnown && typed.codePointCount(0, typed.length()) >= 5) {
                // names and unknown long words are also looked up as names: a transliteration may be in the text
                for (Token n : nameTokens) {
                    if (n.start() < t.end() && t.start() < n.end()) {
                        terms.computeIfAbsent(Field.NAMES, k -> new LinkedHashSet<>()).addAll(n.forms());
                    }
                }
            }
            int df = maxDocFreq(terms);
            boolean fuzzy = false;
            if (df == 0 && role == Word.Role.CONTENT) {
                Set<String> close = new HashSet<>();
                for (String form : t.forms()) {
                    close.addAll(index.closeTerms(Field.of(language), form));
                }
                if (close.isEmpty()) {
                    close.addAll(index.closeWords(Field.of(language), guess.how(), typed));
                }
                if (!close.isEmpty()) {
                    terms.get(Field.of(language)).addAll(close);
                    fuzzy = true;
                    df = maxDocFreq(terms);
                }
            }
            boolean known = df > 0;
            if (!known && role == Word.Role.CONTENT) {
                unknown.add(typed);
            }
            double weight = idf(df) * (fuzzy ? 0.8 : 1.0);
            EntityKind names = pointsBack(phrases, text, t, typed);
            words.add(new Word(typed, t.start(), t.end(), new QueryWord(terms, weight), role, known, fuzzy, names));
        }
        if (SignalReader.weakDistance(phrases, surface, kind, words)) {
            signals.add(Signal.DISTANCE);
        }
        return new Reading(text, language, guess.how(), words, places, foreignNames, kind, signals, unknown,
                countryNamed);
    }

    private static boolean within(Token t, List<int[]> spans) {
        return spans.stream().anyMatch(span -> t.start() < span[1] && span[0] < t.end());
    }

    /** A word of three letters or fewer names a place only when typed in capitals (СКО, ВКО, KZ). */
    private static boolean abbreviationOk(String word) {
        return word.codePointCount(0, word.length()) > NameFinder.ABBREVIATION
                || word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A name word that is an ordinary known word is never read as a misspelt name ("oral" is not "Aral"). */
    private boolean ordinaryWord(Token nameToken, List<Token> tokens, Language language) {
        for (Token t : tokens) {
            if (t.start() < nameToken.end() && nameToken.start() < t.end()) {
                return t.forms().stream().anyMatch(f -> index.docFreq(Field.of(language), f) > 0);
            }
        }
        return true; // a stop word of the question's language
    }

    private Word.Role role(Token t, List<Place> places, List<int[]> foreignSpans, List<int[]> countryWords,
                           Phrases phrases, String typed, String text) {
        for (Place p : places) {
            if (t.start() < p.end() && p.start() < t.end()) {
                return p.entity().equals(country) ? Word.Role.COUNTRY : Word.Role.PLACE;
            }
        }
        for (int[] span : foreignSpans) {
            if (t.start() < span[1] && span[0] < t.end()) {
                return Word.Role.FOREIGN;
            }
        }
        for (int[] span : countryWords) {
            if (t.start() < span[1] && span[0] < t.end()) {
                return Word.Role.COUNTRY;
            }
        }
        String[] one = Phrases.words(typed);
        if (phrases.has("word.sight", one) && besideAPlace(t, places, text)) {
            return Word.Role.PLACE; // «пик Хан-Тенгри», "Lake Balkhash", «Арал теңізі»: the sight's own word
        }
        // "region" says which Almaty is meant; without a place named, "how many regions" asks about regions, and
        // "which region is Baikonur in" asks for a region
        boolean region = phrases.has("word.region", one);
        boolean city = phrases.has("word.city", one);
        for (Place p : places) {
            boolean alternatives = p.alternatives().stream().anyMatch(e -> region && e.kind() == EntityKind.REGION
                    || city && e.kind() == EntityKind.CITY);
            if (alternatives && !p.entity().equals(country)) {
                return Word.Role.KIND_WORD;
            }
        }
        return Word.Role.CONTENT;
    }

    /**
     * True when only spaces or a hyphen stand between {@code t} and the name of a sight ("Turkestan mausoleum" is not
     * the city of Turkestan: "mausoleum" stays what is asked).
     */
    private static boolean besideAPlace(Token t, List<Place> places, String text) {
        for (Place p : places) {
            if (p.alternatives().stream().noneMatch(e -> e.kind() == EntityKind.SIGHT)) {
                continue;
            }
            int from = p.start() >= t.end() ? t.end() : p.end();
            int to = p.start() >= t.end() ? p.start() : t.start();
            if (from <= to && to <= text.length() && text.substring(from, to).matches("[\\s-]*")) {
                return true;
            }
        }
        return false;
    }

    /** "(in) this city", «в этой области», «сол облыста»: the kind of place a word points back to, or null. */
    private static EntityKind pointsBack(Phrases phrases, String text, Token t, String typed) {
        String[] before = Phrases.words(text.substring(0, Math.min(t.start(), text.length())));
        if (before.length == 0 || !phrases.has("word.this", new String[] {before[before.length - 1]})) {
            return null;
        }
        String[] one = Phrases.words(typed);
        return phrases.has("word.city", one) ? EntityKind.CITY
                : phrases.has("word.region", one) ? EntityKind.REGION : null;
    }

    private int maxDocFreq(Map<Field, Set<String>> terms) {
        int df = 0;
        for (var e : terms.entrySet()) {
            for (String t : e.getValue()) {
                df = Math.max(df, index.docFreq(e.getKey(), t));
            }
        }
        return df;
    }

    /** BM25's inverse document frequency: a word no unit has weighs most, it is likely what the question is about. */
    double idf(int df) {
        return Math.log(1 + (units - df + 0.5) / (df + 0.5));
    }

    private static boolean containsAny(Phrases phrases, String key, String[] words) {
        return phrases.has(key, words);
    }

    /** Among the entities a name may mean, the one the question's words point to; a city when nothing does. */
    private static Entity pick(List<Entity> candidates, boolean wantRegion) {
        List<EntityKind> order = wantRegion
                ? List.of(EntityKind.REGION, EntityKind.CITY, EntityKind.COUNTRY, EntityKind.SIGHT,
                        EntityKind.PERSON, EntityKind.TOPIC)
                : List.of(EntityKind.CITY, EntityKind.REGION, EntityKind.COUNTRY, EntityKind.SIGHT,
                        EntityKind.PERSON, EntityKind.TOPIC);
        for (EntityKind kind : order) {
            for (Entity e : candidates) {
                if (e.kind() == kind) {
                    return e;
                }
            }
        }
        return candidates.get(0);
    }
}
