package kz.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import kz.bot.language.Lookalikes;
import kz.bot.language.Transliteration;

/**
 * Reads a question once into a {@link Reading}: its language, the places it names (ours and other countries'), its
 * words with their forms in every field ({@link WordReader}), the answer kind it asks for and its signals ({@link
 * SignalReader}). Built once per knowledge base; thread-safe.
 */
final class Reader {

    /** A word in Latin letters standing alone (not a figure's unit such as "km2"). */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z][A-Za-z']+(?![\\p{L}\\d])");

    private final TextIndex index;
    private final NameFinder names;
    private final ForeignPlaces foreign;
    private final LatinReading latin;
    private final WordReader wordReader;
    private final Entity country;

    Reader(TextIndex index, NameFinder names, ForeignPlaces foreign, Entity country) {
        this.index = index;
        this.names = names;
        this.foreign = foreign;
        this.latin = new LatinReading(index);
        this.wordReader = new WordReader(index, country);
        this.country = country;
    }

    /**
     * True when every content word names a figure of a place ("population", «площадь», «биіктігі», "naselenie"):
     * "aktobe population" or "what is the area of Aktobe" asks for a figure as "how many people live in Aktobe" does,
     * and a text that names the place beside "people" but gives no such figure does not answer it.
     */
    private static boolean figureNounsOnly(List<Word> words, Phrases phrases) {
        boolean any = false;
        for (Word w : words) {
            if (w.role() == Word.Role.CONTENT) {
                if (!phrases.has("kind.figure_noun", Phrases.words(w.surface()))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * {@code text} with the words typed on the other keyboard in Cyrillic, when {@code guess} reads it as Russian or
     * Kazakh in Cyrillic: «skolko людей в астане zhivet» is «сколько людей в астане живет». Abbreviations and names
     * with capitals inside ("KZ", "GDP", "eGov") stay as typed; a text in Latin letters is left to its own reading.
     */
    private String otherKeyboard(String text, LanguageGuess guess) {
        if (guess.how() != TextIndex.Reading.RU && guess.how() != TextIndex.Reading.KK) {
            return text;
        }
        TextIndex.Reading typed = guess.how() == TextIndex.Reading.RU ? TextIndex.Reading.RU_LATIN
                : TextIndex.Reading.KK_LATIN;
        Matcher m = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            boolean asWord = word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
            String cyrillic = asWord ? index.cyrillic(word, typed).strip() : word;
            m.appendReplacement(out, Matcher.quoteReplacement(cyrillic));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Reads {@code text}.
     *
     * @param preferred the language to fall back on when the text does not tell (the conversation's or the user's),
     *                  or null
     */
    Reading read(String asTyped, Language preferred) {
        String lookalikes = Lookalikes.unmix(asTyped); // «Kакая» typed with a Latin K
        LanguageGuess first = latin.of(lookalikes, LanguageGuess.of(lookalikes, preferred));
        String unmixed = otherKeyboard(lookalikes, first); // «skolko людей в астане zhivet»
        LanguageGuess guess = unmixed.equals(lookalikes) ? first
                : latin.of(unmixed, LanguageGuess.of(unmixed, preferred));
        Language language = guess.language();
        Phrases phrases = Phrases.of(language);
        String respelled = phrases.respell(unmixed); // "how many ppl", «када»
        String[] surface = Phrases.words(respelled);
        Set<Signal> signals = SignalReader.signals(phrases, surface);
        AnswerKind kind = SignalReader.kind(phrases, surface, language);
        if (kind == AnswerKind.WHAT && language != Language.EN && !phrases.has("kind.what", surface)) {
            // Kazakh typed without Kazakh letters reads as Russian: «токаев кашан президент болды» still asks when
            Language other = language == Language.RU ? Language.KK : Language.RU;
            AnswerKind asked = SignalReader.kind(Phrases.of(other), surface, other);
            kind = asked == AnswerKind.YES_NO ? kind : asked;
        }
        SignalReader.price(phrases, surface, kind, signals);
        String greeted = withoutGreeting(phrases, respelled);
        boolean latin = guess.how() == TextIndex.Reading.RU_LATIN || guess.how() == TextIndex.Reading.KK_LATIN;
        String transliterated = latin ? index.cyrillic(greeted, guess.how()) : null;
        // "kto posle nego" says what «кто после него» says: who came next
        String text = latin ? phrases.respellAlong(greeted, transliterated) : greeted;
        // transliterated again only where a spelling was written out («преемник» stays as it is)
        String spelled = !latin ? null : text.equals(greeted) ? transliterated : index.cyrillic(text, guess.how());
        // the words as typed, and typed in Latin letters also as Cyrillic: "abai otkuda rodom" speaks of a birth
        String[] inCyrillic = latin ? Phrases.words(spelled) : new String[0];
        if (latin) { // "samyi bolshoi gorod" says what «самый большой город» says
            signals.addAll(SignalReader.signals(phrases, inCyrillic));
            kind = kind == AnswerKind.WHAT ? SignalReader.kind(phrases, inCyrillic, language) : kind;
        }

        List<Token> tokens = index.analyze(text, guess.how());
        List<Token> nameTokens = index.nameForms(text);
        List<String> nameForms = NameFinder.firstForms(nameTokens);
        List<Map<Field, Set<String>>> meanings = index.synonyms(tokens, language);
        List<NameFinder.Mention> mentions = names.find(nameForms, i -> ordinaryWord(nameTokens.get(i), tokens,
                language), i -> abbreviationOk(text.substring(nameTokens.get(i).start(), nameTokens.get(i).end()),
                nameForms.get(i)) || besideAKindWord(phrases, text, nameTokens.get(i)),
                i -> text.substring(nameTokens.get(i).start(), nameTokens.get(i).end()));
        boolean wantRegion = containsAny(phrases, "word.region", surface)
                || containsAny(phrases, "word.region", inCyrillic);
        // a name both a person's and a place's («Абай») is the person's when the question asks who or when, or
        // speaks of what people do (born, wrote, buried)
        boolean wantPerson = kind == AnswerKind.WHO || kind == AnswerKind.WHEN
                || containsAny(phrases, "word.deeds", surface) || containsAny(phrases, "word.deeds", inCyrillic);
        List<Place> places = new ArrayList<>();
        List<Place> mentioned = new ArrayList<>();
        List<int[]> countryWords = phrases.countryWords(text);
        boolean countryNamed = false;
        List<int[]> notNames = phrases.spans("not.names", text);
        for (NameFinder.Mention m : mentions) {
            Entity e = wantPerson
                    ? m.entities().stream().filter(x -> x.kind() == EntityKind.PERSON).findFirst()
                            .orElse(pick(m.entities(), wantRegion))
                    : pick(m.entities(), wantRegion);
            int start = nameTokens.get(m.start()).start();
            int end = nameTokens.get(m.end() - 1).end();
            if (notNames.stream().anyMatch(span -> span[0] <= start && end <= span[1])) {
                continue; // «Қазақстанның астанасы» asks for a capital, not about the city of Astana
            }
            if (phrases.endsWith("ending.verb", text.substring(start, end))
                    && (m.fuzzy() || !spelt(text.substring(start, end), m.entities()))) {
                // «кататься» (to ride) is a verb, not a misspelt Karatau; «баруға» (to go) is not the snow leopard
                // Barys, whose English stem it shares, though «Ақтауға» (to Aktau) is Aktau
                continue;
            }
            if (m.end() - m.start() == 1 && !spelt(text.substring(start, end), m.entities())
                    && ofOurWords(start, end, tokens, meanings)) {
                // a word of our vocabulary that shares a name's stem without being spelt as the name: «барамын» and
                // "barady" (I go, goes) are no snow leopard Barys
                continue;
            }
            if (latin && m.end() - m.start() == 1 && !spelt(text.substring(start, end), m.entities())
                    && tokens.stream().noneMatch(t -> t.start() < end && start < t.end())) {
                // a stop word of the question's language typed in Latin letters: "kesene bar" (there is a mausoleum)
                // is no snow leopard, «барс» to the Russian stemmer
                continue;
            }
            if (acrossAWord(phrases, text.substring(start, end), m.end() - m.start())) {
                continue; // "the north of Kazakhstan" is a part of the country, not the North Kazakhstan region
            }
            if (m.fuzzy() && phrases.has("asks.not_a_place", Phrases.words(text.substring(start, end)))) {
                continue; // «қаншаға» ("to how many") asks, it is no misspelt Konaev
            }
            if (e.kind() == EntityKind.COUNTRY) {
                countryNamed = true;
            }
            Place named = new Place(e, m.entities(), start, end, m.fuzzy());
            Place before = places.stream().filter(p -> p.entity().equals(e)).findFirst().orElse(null);
            boolean own = before != null && names.ownName(e, nameForms.subList(m.start(), m.end()));
            if (before == null) {
                places.add(named);
                mentioned.add(named);
            } else if (own && names.ownName(e, text.substring(before.start(), before.end()))) {
                mentioned.add(named); // «Боровое (Бурабай)»: both names are the place's words
            } else if (own) {
                // "is it Nur-Sultan or Astana now": the place is named by its name, the other name is asked about
                places.set(places.indexOf(before), named);
                mentioned.set(mentioned.indexOf(before), named);
            }
        }
        // "Kazakhstan" names the country unless it is a word of another place's name: "South Kazakhstan region"
        countryNamed |= countryWords.stream().anyMatch(span -> places.stream().noneMatch(p ->
                p.entity().kind() != EntityKind.COUNTRY && p.start() <= span[0] && span[1] <= p.end()));
        // «Қазақстанның», "kz": the country in a form its names do not list is as much a place of the question as
        // "Kazakhstan" ("is almaty the capital of kz" checks Almaty against the country's capital)
        for (int[] span : countryWords) {
            if (country != null && places.stream().noneMatch(p -> p.entity().equals(country)
                    || p.start() < span[1] && span[0] < p.end())) {
                places.add(new Place(country, List.of(country), span[0], span[1], false));
            }
        }
        if (countryWords.isEmpty() && phrases.has("word.country", surface)) {
            countryNamed = true; // the two tokenizations disagreed on an odd character: as before, by the words
        }
        List<String> foreignNames = new ArrayList<>();
        List<int[]> foreignSpans = new ArrayList<>();
        List<int[]> notForeign = new ArrayList<>(phrases.spans("not.foreign", text));
        if (latin) { // "russkih v kazahstane": «русских» of Kazakhstan, in Latin letters as in Cyrillic
            notForeign.addAll(ForeignPlaces.respan(phrases.spans("not.foreign", spelled), spelled, text));
        }
        List<ForeignPlaces.Found> found = foreign.find(text, spelled);
        Travellers travellers = found.isEmpty() ? null : Travellers.in(phrases, text); // most questions name none
        // "do canadians need a visa", «нужна ли виза японцу»: a people's name says whose passport it is
        boolean visa = !phrases.spans("asks.visa", text).isEmpty();
        List<Travellers.Demonym> demonyms = visa ? Travellers.demonyms(phrases, text) : List.of();
        List<String> passports = new ArrayList<>();
        demonyms.forEach(d -> passports.add(d.country()));
        for (ForeignPlaces.Found f : found) {
            int start = f.start();
            int end = f.end();
            boolean demonym = demonyms.stream().anyMatch(d -> d.start() < end && start < d.end());
            if (notForeign.stream().anyMatch(span -> span[0] <= start && end <= span[1]) && !demonym) {
                continue; // "Russian" is a language of Kazakhstan before it is Russia's adjective
            }
            if (travellers.nationality(start, end) || demonym) {
                if (!passports.contains(f.name())) {
                    passports.add(f.name());
                }
                continue; // "do US citizens need a visa": the passport of who asks, not the topic
            }
            if (places.stream().noneMatch(p -> p.start() < end && start < p.end())) {
                foreignNames.add(f.names().getOrDefault(language, f.name()));
                foreignSpans.add(new int[] {start, end});
            }
        }
        mentioned.addAll(places.stream().filter(p -> !mentioned.contains(p)).toList()); // the country by its word
        List<Word> words = wordReader.read(text, guess, tokens, meanings, nameTokens, mentioned, foreignSpans,
                kind == AnswerKind.HOW_MANY && signals.contains(Signal.MEASURE) && !signals.contains(Signal.TERM));
        if (kind == AnswerKind.HOW_LONG) {
            words = asking(words, phrases, "how_long.verb", text); // "how long does the train … take": "take" asks
        }
        words = asking(words, phrases, "asks.colour", text); // «туы қандай түсті»: what colour is asked, not a topic
        // "the largest lake apart from the Caspian": the Caspian is no place the question is about
        Exclusions.Found left = Exclusions.in(phrases, text, places);
        places.removeAll(left.places());
        words = left.lighten(words);
        if (kind == AnswerKind.WHAT && figureNounsOnly(words, phrases)) {
            kind = AnswerKind.HOW_MANY; // "kulsary population", «высота хан-тенгри»: a figure, as "how many" asks
        }
        List<String> unknown = words.stream().filter(w -> !w.known() && w.role() == Word.Role.CONTENT)
                .map(Word::surface).toList();
        if (SignalReader.weakDistance(phrases, surface, kind, words)) {
            signals.add(Signal.DISTANCE);
        }
        long placesNamed = mentioned.stream().filter(p -> p.entity().kind() != EntityKind.COUNTRY).count();
        if (placesNamed == 2 && phrases.has("distance.unit", surface) && kind != AnswerKind.WHEN
                && kind != AnswerKind.WHO) {
            signals.add(Signal.DISTANCE); // «скока ехать из шымкента в туркестан, км»: two places and a unit of length
        }
        CyrillicSpelling cyrillic = latin ? CyrillicSpelling.of(text, spelled, words, index, guess.how())
                : CyrillicSpelling.NONE;
        return new Reading(text, language, guess.how(), words, places, foreignNames, kind, signals, unknown,
                countryNamed, cyrillic, visa ? passports : List.of(), left.places().stream().map(Place::entity).toList());
    }

    /**
     * {@code words} with the words of {@code key}'s phrases in {@code text} as question words: the verbs that ask how
     * long (how_long.verb: take, «занимает», «алады»), the phrases that ask a colour (asks.colour: "what colour",
     * «какого цвета», «қандай түсті»).
     */
    private static List<Word> asking(List<Word> words, Phrases phrases, String key, String text) {
        List<int[]> spans = phrases.spans(key, text);
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            boolean asks = w.role() == Word.Role.CONTENT
                    && spans.stream().anyMatch(s -> s[0] <= w.start() && w.end() <= s[1]);
            out.add(asks ? w.withRole(Word.Role.QUESTION) : w);
        }
        return out;
    }

    /**
     * {@code text} with the chat around the question blanked out: the greetings, thanks and openers that begin it
     * ("hello, what is the capital?", «спасибо! а население Алматы?», "real quick: …", «ребят, …», «сұрақ бар еді,
     * …») and the thanks or closing words that end it after a mark ("…? thanks in advance", «…, рақмет»). They are no
     * part of the question, while "hello" or "thank you" inside a question is a word like any other ("how do you say
     * thank you in Kazakh"). Blanked with spaces, so that every character keeps its place; a greeting or thanks alone
     * is left as it is.
     */
    static String withoutGreeting(Phrases phrases, String text) {
        String out = text;
        String before;
        do { // "всем привет, не подскажете, …": one opening after another
            before = out;
            out = withoutOpening(phrases, "smalltalk.greeting", out, false);
            if (!opensWith(phrases, "asks.more", out)) { // "tell me more" is no opening "tell me" before "more"
                out = withoutOpening(phrases, "chat.opening", out, false);
            }
            // thanks and a name for the people asked must stand apart from what follows by a mark or an "and"
            // («спасибо! а …», "guys, …"): "thank you in Kazakh" asks about the words, «люди» may be the topic
            out = withoutOpening(phrases, "chat.address", out, true);
            out = withoutOpening(phrases, "smalltalk.thanks", out, true);
            out = withoutOpening(phrases, "chat.closing", out, true); // «заранее спасибо, …» said first
        } while (!out.equals(before));
        return withoutClosing(phrases, "chat.closing", withoutClosing(phrases, "smalltalk.thanks", out));
    }

    /**
     * True when {@code typed}, a name found in {@code tokens} words, begins with a direction and holds a word the
     * name skipped ("north of kazakhstan": a side of the country, where "north kazakhstan" names the region).
     */
    private static boolean acrossAWord(Phrases phrases, String typed, int tokens) {
        String[] words = Phrases.words(typed);
        return words.length > tokens && DIRECTIONS.stream().anyMatch(d -> phrases.has("name.direction." + d,
                new String[] {words[0]}));
    }

    /** The directions that begin a place's name ({@code name.direction.*}: "north", «солтүстік»). */
    private static final List<String> DIRECTIONS = List.of("north", "south", "east", "west");

    /** True when a phrase of {@code key} begins {@code text}, nothing but marks and spaces before it. */
    private static boolean opensWith(Phrases phrases, String key, String text) {
        List<int[]> spans = phrases.spans(key, text);
        return !spans.isEmpty() && text.substring(0, spans.get(0)[0]).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The marks that set a closing apart from the question before it ("…, thanks", "…? cheers"). */
    private static final String CLOSING_MARKS = ",.?!;:-–—)";

    /**
     * {@code text} with the phrase of {@code key} that ends it blanked out, when a question stands before it and a
     * mark between them.
     */
    private static String withoutClosing(Phrases phrases, String key, String text) {
        // the longest phrase that ends the text: «заранее спасибо», not its last word «спасибо» alone
        int[] last = phrases.spans(key, text).stream()
                .filter(span -> text.substring(span[1]).codePoints().noneMatch(Character::isLetterOrDigit))
                .findFirst().orElse(null);
        if (last == null) {
            return text;
        }
        String head = text.substring(0, last[0]);
        int asked = head.length();
        while (asked > 0 && !Character.isLetterOrDigit(head.charAt(asked - 1))) {
            asked--;
        }
        if (asked == 0 || head.substring(asked).chars().noneMatch(c -> CLOSING_MARKS.indexOf(c) >= 0)) {
            return text;
        }
        return head + " ".repeat(text.length() - last[0]);
    }

    /**
     * {@code text} with the phrase of {@code key} that opens it blanked out, when more follows — and, if {@code
     * apartOnly}, only when a mark or an "and" (word.and) stands between them.
     */
    private static String withoutOpening(Phrases phrases, String key, String text, boolean apartOnly) {
        List<int[]> spans = phrases.spans(key, text);
        if (spans.isEmpty() || text.substring(0, spans.get(0)[0]).codePoints().anyMatch(Character::isLetterOrDigit)) {
            return text;
        }
        int end = spans.get(0)[1];
        String rest = text.substring(end);
        if (rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return text;
        }
        String[] next = Phrases.words(rest);
        String blanked = " ".repeat(end) + rest;
        // «спасибо, друг, а …» and «спасибо друг, а …» alike: a name for the one asked may stand between, when a mark
        // or an "and" sets it apart in turn
        boolean apart = !Character.isLetterOrDigit(rest.strip().codePointAt(0))
                || next.length > 0 && phrases.has("word.and", new String[] {next[0]})
                || !key.equals("chat.address") && next.length > 1 && phrases.lengthAt("chat.address", next, 0) > 0
                && !withoutOpening(phrases, "chat.address", blanked, true).equals(blanked);
        if (apartOnly && !apart) {
            return text;
        }
        return blanked;
    }

    /**
     * A word of three letters or fewer names a place only when typed in capitals (СКО, ВКО, KZ), and so does a longer
     * word whose form is that short: «енді» (entered) cut to «ен» is not «ЕНУ».
     */
    private static boolean abbreviationOk(String word, String form) {
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || word.codePointCount(0, word.length()) > NameFinder.ABBREVIATION
                && form.codePointCount(0, form.length()) >= NameFinder.ABBREVIATION;
    }

    /**
     * True when the word {@code t} of {@code text} stands right before or after a word saying what kind of place it
     * is ("ili river", «іле өзені», «иле озени»): a short name typed in small letters is then a name, not an
     * abbreviation that must be typed in capitals.
     */
    private static boolean besideAKindWord(Phrases phrases, String text, Token t) {
        String[] before = Phrases.words(text.substring(0, t.start()));
        String[] after = Phrases.words(text.substring(t.end()));
        return before.length > 0 && phrases.has("word.sight", new String[] {before[before.length - 1]})
                || after.length > 0 && phrases.has("word.sight", new String[] {after[0]});
    }

    /**
     * A name word that is an ordinary known word is never read as a misspelt name ("oral" is not "Aral"). A Kazakh
     * word may be known from the Russian texts: Kazakh borrows Russian words whole («туристке», to a tourist, is not
     * a typo of Turkistan even where the Kazakh texts only say «туристер»).
     */
    private boolean ordinaryWord(Token nameToken, List<Token> tokens, Language language) {
        for (Token t : tokens) {
            if (t.start() < nameToken.end() && nameToken.start() < t.end()) {
                return t.forms().stream().anyMatch(f -> index.docFreq(Field.of(language), f) > 0
                        || language == Language.KK && index.docFreq(Field.RU, f) > 0);
            }
        }
        return true; // a stop word of the question's language
    }

    /**
     * True when the word at characters {@code [start, end)} belongs to one of the word groups of our vocabulary or the
     * knowledge's synonyms ({@code meanings}, per token of {@code tokens}).
     */
    private static boolean ofOurWords(int start, int end, List<Token> tokens, List<Map<Field, Set<String>>> meanings) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < end && start < t.end() && !meanings.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code surface} begins with a name of one of {@code entities} as written, in any language, or as read
     * in the other script.
     */
    private static boolean spelt(String surface, List<Entity> entities) {
        String typed = surface.toLowerCase(Locale.ROOT);
        String plain = Transliteration.plain(typed); // "dombyra" spells «Домбыра»
        for (Entity e : entities) {
            for (String name : e.allNames()) {
                if (typed.startsWith(name.toLowerCase(Locale.ROOT)) || plain.startsWith(Transliteration.plain(name))) {
                    return true;
                }
            }
        }
        return false;
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
