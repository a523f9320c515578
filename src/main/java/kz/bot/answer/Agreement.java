package kz.bot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a candidate says what the winner says, so that it is no rival to it and does not make the bot less sure:
 * a fact that counts what the other lists ("Number of Cities Over 1M: 3" and "Cities Over 1M: 3 — Almaty, Astana and
 * Shymkent"), a sentence and the passage it comes from (or two neighbouring passages of one section), or — when the
 * question asks for a year or a number — a unit whose first year or number is the winner's (three passages that all
 * say the capital moved in 1997), and when
 * it asks who (or the winner is a fact naming a person), a unit (a fact of the same place) that names the winner's
 * person ("President: Kassym-Jomart Tokayev" and "Head of State: the President, Kassym-Jomart Tokayev"); when
 * it asks how long, a unit that gives a length of time with one of the winner's numbers; and whatever is asked, a text
 * that gives the same figures (two numbers in common, one of them a long one). Immutable.
 */
final class Agreement {

    /** How an attribute that counts another begins (see README, "Knowledge format"). */
    static final String COUNT_OF = "number of ";
    /** A year in digits (1000–2099), not part of a longer figure. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[0-9]{3}|20[0-9]{2})(?![\\d])");
    /** A person's name: two or more capitalised words in a row ("Kassym-Jomart Tokayev", «Абай Құнанбайұлы»). */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}'’]+)*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}'’]+)*)+");
    /** A digit-group separator inside a number ("2 347 924", "2,347,924"): figures are compared without them. */
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[,\u00a0\u202f ](?=\\d{3})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern EDGE_DOTS = Pattern.compile("^\\.+|\\.+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A number with or without digit groups (2,347,924; 2 347 924; 111,000; 7.6). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+|\\d+(?:[.,]\\d+)?");

    /** A capitalised name that opens a fact's value, of at least {@link #SHORTEST_NAME} letters ("Almaty (…"). */
    private static final Pattern LEADING_NAME = Pattern.compile("(\\p{Lu}\\p{L}{3,})(?![\\p{L}\\p{N}])");

    /** The longest fact value, in words, that a passage can be said to restate word for word. */
    static final int SHORT_FIGURE_WORDS = 6;
    /** The longest fact value, in words, that another fact of the same place can be said to include (a name). */
    static final int SHORT_NAME_WORDS = 3;

    /** Prose shorter than this many long words is too short to compare. */
    static final int MIN_PROSE_WORDS = 5;
    /** The share of the shorter prose's long words the other must say as well: set by eye on the shipped knowledge. */
    static final double PROSE_OVERLAP = 0.6;

    /** The shortest name of a place or topic that a fact's value is taken to name ("Et" is too short to tell). */
    static final int SHORTEST_NAME = 4;

    private final Function<Hit, String> texts;
    private final BiPredicate<Hit, Hit> accounts;
    private final Function<Hit, List<String>> names;
    private final BiFunction<Reading, Hit, String> askedYears;
    private final Predicate<String> rareName;

    /**
     * @param texts      the text of a found unit (in English where it has English), empty when it has none
     * @param oneAccount whether two passage or sentence units are one account (one passage, or neighbours in a
     *                   section): never rivals, never support for each other
     * @param names      the English names of the place or topic a fact is about, empty for other units
     * @param askedYears the year a text gives for what the question asks (the one beside its words), null when it
     *                   cannot tell: two texts agree on when when they give one year for it, or when one gives the
     *                   other's first year, as well as when their first years are the same
     */
    Agreement(Function<Hit, String> texts, BiPredicate<Hit, Hit> oneAccount, Function<Hit, List<String>> names,
            BiFunction<Reading, Hit, String> askedYears) {
        this(texts, oneAccount, names, askedYears, name -> false);
    }

    /**
     * As the four-argument constructor; {@code rareName} tells a name the knowledge uses in few places ("Shymbulak"),
     * one of which two passages that both give it tell one account.
     */
    Agreement(Function<Hit, String> texts, BiPredicate<Hit, Hit> oneAccount, Function<Hit, List<String>> names,
            BiFunction<Reading, Hit, String> askedYears, Predicate<String> rareName) {
        this.texts = texts;
        this.accounts = oneAccount;
        this.names = names;
        this.askedYears = askedYears;
        this.rareName = rareName;
    }

    /** As the four-argument constructor, a text's year being its first. */
    Agreement(Function<Hit, String> texts, BiPredicate<Hit, Hit> oneAccount, Function<Hit, List<String>> names) {
        this(texts, oneAccount, names, (r, h) -> null);
    }

    /**
     * As the three-argument constructor, with {@code passages} saying which passage a passage or sentence unit is of
     * ("file#3", null for a fact): one account is one passage.
     */
    Agreement(Function<Hit, String> texts, Function<Hit, String> passages, Function<Hit, List<String>> names) {
        this(texts, (a, b) -> passages.apply(a) != null && passages.apply(a).equals(passages.apply(b)), names);
    }

    /** As the three-argument constructor, for units whose names do not matter. */
    Agreement(Function<Hit, String> texts, Function<Hit, String> passages) {
        this(texts, passages, h -> List.of());
    }

    /**
     * True when the two are one account: one passage, a passage and one of its sentences, or neighbouring passages of
     * one section — one source, not two.
     */
    boolean oneAccount(Hit a, Hit b) {
        return accounts.test(a, b);
    }

    /** Every person {@code h}'s text names ("Olzhas Bektenov", "Alikhan Smailov"; an office in capitals too). */
    Set<String> persons(Hit h) {
        return all(PERSON, texts.apply(h));
    }

    /** The first person {@code h}'s text names ("Kassym-Jomart Tokayev"), null when it names none. */
    String person(Hit h) {
        return first(PERSON, texts.apply(h));
    }

    /** True when {@code other} says what {@code winner} says, as an answer to {@code r}. */
    boolean same(Reading r, Hit winner, Hit other) {
        if (restatesContent(winner, other)) {
            return true;
        }
        if (sameMeasure(winner, other)) {
            return true; // "Urban Population: 13,029,803" and "Urban Population Share: 63.6%"
        }
        if (TOPIC_KINDS.contains(r.kind()) && sameNames(r, winner, other)) {
            return true; // two passages on Almaty's mountains, both naming Medeu, Shymbulak and Big Almaty Lake
        }
        boolean personFacts = winner.kind() == UnitKind.FACT && other.kind() == UnitKind.FACT
                && winner.entity() == other.entity() && winner.has(UnitFlags.PERSON); // "kz president"
        if (r.kind() == AnswerKind.WHO || personFacts) {
            String person = person(winner);
            return person != null && texts.apply(other).contains(person)
                    || r.kind() == AnswerKind.WHO && (namesPersonOf(winner, other) || namesPersonOf(other, winner));
        }
        if (r.has(Signal.WHICH) && namesThingNotAsked(r, winner, other)) {
            // "which lake is half fresh": Lake Balkhash's fact and the passage that tells of Balkhash; not when the
            // question names the thing ("which city is Medeu in" asks for another)
            return true;
        }
        if (r.has(Signal.WHICH) && asksWhichPlace(r) && namesAnswersPlace(r, winner, other)) {
            // "which city was the capital before Astana": the fact "Former Capital: Almaty (…)" and the passage
            // "Almaty was the capital until 1997 …" give one city
            return true;
        }
        if (r.kind() == AnswerKind.HOW_LONG) {
            // two that give the same length of time: a passage on the trains and the route's fact, both "12–13 hours"
            return winner.has(UnitFlags.DURATION) && other.has(UnitFlags.DURATION)
                    && !Collections.disjoint(all(NUMBER, texts.apply(winner)), all(NUMBER, texts.apply(other)));
        }
        Pattern figure = switch (r.kind()) {
            case WHEN -> YEAR;
            case HOW_MANY -> NUMBER;
            default -> null;
        };
        if (figure == null || winner.kind() == UnitKind.FACT && other.kind() == UnitKind.FACT
                && winner.entity() != other.entity() && winner.attribute().equals(other.attribute())) {
            return false; // the same fact of three regions created in 2022 does not make "when was it founded" surer
        }
        if (figure == YEAR) {
            // the year beside the asked words in both ("…until his resignation in 2019" and "…the day after he
            // resigned, in 2019"), where the two first years differ
            String x = askedYears.apply(r, winner);
            String y = askedYears.apply(r, other);
            if (x != null && x.equals(y != null ? y : first(YEAR, texts.apply(other)))
                    || y != null && y.equals(first(YEAR, texts.apply(winner)))) {
                return true;
            }
        }
        String a = first(figure, texts.apply(winner));
        String b = first(figure, texts.apply(other));
        if (a == null || b == null) {
            return false;
        }
        // the same first figure; or a fact's first year that the prose beside it says among others ("Coal Mining
        // Since: the 1850s" and the passage that tells of 1833, the 1850s and the 1930s)
        return a.equals(b) || figure == YEAR && other.kind() == UnitKind.FACT && winner.kind() != UnitKind.FACT
                && all(figure, texts.apply(winner)).contains(b)
                || figure == YEAR && winner.kind() == UnitKind.FACT && other.kind() != UnitKind.FACT
                && all(figure, texts.apply(other)).contains(a)
                // a count of three digits or more, not a year, that the other says among other figures ("456
                // nuclear tests" after "18,500 km² of steppe"): too long a number to be shared by chance
                || figure == NUMBER && (rareCount(b) && all(figure, texts.apply(winner)).contains(b)
                || rareCount(a) && all(figure, texts.apply(other)).contains(a));
    }

    /**
     * The kinds of question whose answer is an account rather than one figure, year or person: two passages that name
     * the same things tell one account, where for a year they may well give two.
     */
    private static final Set<AnswerKind> TOPIC_KINDS = EnumSet.of(AnswerKind.WHAT, AnswerKind.WHERE, AnswerKind.WHY);

    /**
     * The names two pieces of prose must have in common, besides the question's own words and the places it names,
     * to tell one account, unless the one they share is rare: two (three gave 7 fewer right answers on the held-out
     * files and none fewer wrong); one name of any kind (+24 right, +1 wrong there: two passages that both said
     * "Soviet") was too few.
     */
    static final int SHARED_NAMES = 2;

    /**
     * True when two pieces of prose name {@link #SHARED_NAMES} or more of the same things that the question does not
     * name: they are about the same part of the world, and one says what the other says.
     */
    private boolean sameNames(Reading r, Hit a, Hit b) {
        if (a.kind() == UnitKind.FACT || b.kind() == UnitKind.FACT || oneAccount(a, b)) {
            return false;
        }
        Map<String, String> shared = properNames(texts.apply(a));
        if (shared.isEmpty()) {
            return false;
        }
        shared.keySet().retainAll(properNames(texts.apply(b)).keySet());
        for (String w : words(r.text())) {
            shared.remove(stem(w));
        }
        for (Place p : r.places()) {
            for (String name : p.entity().allNames()) { // "Alma-Ata" is Almaty too
                words(name).forEach(w -> shared.remove(stem(w)));
                for (String token : name.split("\\s+")) {
                    shared.remove(nameKey(token)); // "Alma-Ata" as properNames keeps it
                }
            }
        }
        return shared.size() >= SHARED_NAMES || shared.values().stream().anyMatch(rareName);
    }

    /**
     * The capitalised words of {@code text} of {@link #LIST_WORD} letters or more that do not begin a sentence, as
     * written, by their crude stem in lower case: the names it gives.
     */
    private static Map<String, String> properNames(String text) {
        Map<String, String> out = new HashMap<>();
        boolean sentenceStart = true;
        for (String token : text.split("\\s+")) {
            String word = NON_LETTERS.matcher(token).replaceAll("");
            if (!sentenceStart && word.length() >= LIST_WORD && Character.isUpperCase(word.codePointAt(0))) {
                out.put(nameKey(token), word);
            }
            sentenceStart = !token.isEmpty() && ".!?:;".indexOf(token.charAt(token.length() - 1)) >= 0;
        }
        return out;
    }

    /** How a word written as {@code token} is compared as a name: its letters only, lower case, crudely stemmed. */
    private static String nameKey(String token) {
        return stem(NON_LETTERS.matcher(token).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** What is not a letter: stripped from a word before it is compared as a name. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** A figure of three digits or more that is not a year: two texts that both give it give it for one thing. */
    private static boolean rareCount(String figure) {
        return figure.length() >= 3 && !YEAR.matcher(figure).matches();
    }

    /** Every figure of {@code text}, digit groups removed. */
    private static Set<String> all(Pattern figure, String text) {
        Set<String> out = new HashSet<>();
        Matcher m = figure.matcher(text);
        while (m.find()) {
            out.add(DIGIT_GROUP.matcher(m.group()).replaceAll(""));
        }
        return out;
    }

    /**
     * True when {@code other} restates what {@code winner} says, whatever is asked — not merely the same first year,
     * number or person as the question's kind would allow.
     */
    boolean restatesContent(Hit winner, Hit other) {
        if (restates(winner, other) || oneAccount(winner, other)) {
            return true; // a count and its list; the passage and its sentences
        }
        return figureIn(winner, other) || figureIn(other, winner) || includes(winner, other)
                || includes(other, winner) || names(winner, other) || names(other, winner)
                || restatesProse(winner, other) || proseSays(winner, other) || proseSays(other, winner)
                || tellsFigureOf(winner, other) || tellsFigureOf(other, winner) || sharesFigures(winner, other)
                || sameLongValue(winner, other) || sameCountOfThing(winner, other);
    }

    /**
     * True when two texts count the same thing the same: a figure of two digits or more that is no year, followed
     * by the same word, no month, in both ("a golden sun with 32 rays" in the flag's passage and in the one on the palace whose
     * spire carries it): one fact told twice.
     */
    private boolean sameCountOfThing(Hit a, Hit b) {
        if (a.kind() == UnitKind.FACT && b.kind() == UnitKind.FACT && a.entity() != b.entity()) {
            return false; // "up to 30 days" of two countries are two facts
        }
        Set<String> counted = countsOfThings(texts.apply(a));
        if (counted.isEmpty()) {
            return false;
        }
        counted.retainAll(countsOfThings(texts.apply(b)));
        return !counted.isEmpty();
    }

    /** Each figure of two digits or more, no year, with the word after it by its crude stem ("32 rays" → "32 rays"). */
    private static Set<String> countsOfThings(String text) {
        Set<String> out = new HashSet<>();
        List<String> w = words(text);
        for (int i = 0; i + 1 < w.size(); i++) {
            String figure = w.get(i);
            String next = w.get(i + 1);
            if (figure.length() >= 2 && figure.chars().allMatch(Character::isDigit) && !YEAR.matcher(figure).matches()
                    && next.length() >= LIST_WORD && next.chars().allMatch(Character::isLetter)
                    && !UnitFlags.isMonth(next)) { // "20 March" is a date, said of many things
                out.add(figure + " " + stem(next));
            }
        }
        return out;
    }

    /**
     * True when two facts of different attributes give the same value of {@link #LONG_VALUE_WORDS} words or more, word
     * for word: the journey from Almaty to Astana and the one back ("by plane (under two hours), by overnight Talgo
     * train…" under both cities) are one answer, not rivals.
     */
    private boolean sameLongValue(Hit a, Hit b) {
        if (a.kind() != UnitKind.FACT || b.kind() != UnitKind.FACT || a.attribute().equals(b.attribute())) {
            return false;
        }
        List<String> x = words(texts.apply(a));
        return x.size() >= LONG_VALUE_WORDS && x.equals(words(texts.apply(b)));
    }

    /** The fewest words of a value two facts must share word for word to be one answer ("Kazakh" is said by many). */
    static final int LONG_VALUE_WORDS = 6;

    /**
     * True when the prose {@code other} gives {@code fact}'s figure for what the fact's attribute names: the value's
     * first figure (two characters or more, no year: a day of the month is said by any text) and every longer word of
     * an attribute of two or more such words are in it ("Average January Temperature: about −15 °C (−15.2 °C)" and
     * "…its average temperature in January is about −15 °C").
     */
    private boolean tellsFigureOf(Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT || other.kind() == UnitKind.FACT) {
            return false;
        }
        Set<String> attribute = longWords(fact.attribute());
        String figure = first(NUMBER, texts.apply(fact));
        if (attribute.size() < MIN_ATTRIBUTE_WORDS || figure == null || figure.length() < 2
                || YEAR.matcher(figure).matches()) {
            return false;
        }
        String prose = texts.apply(other);
        return longWords(prose).containsAll(attribute)
                && all(NUMBER, prose).contains(figure); // both without digit groups
    }

    /**
     * The fewest longer words an attribute needs before prose that names them all and gives the fact's figure is
     * taken to tell that fact ("Population" alone is named by too many texts beside some figure).
     */
    static final int MIN_ATTRIBUTE_WORDS = 2;

    /**
     * True when two texts give the same figures: at least {@link #SHARED_FIGURES} numbers in common, one of them no
     * year and at least {@link #LONG_FIGURE} characters long ("over 111,000 in 2024, the largest since 2000" in the
     * migration article and in the country's overview), or as many of three digits or more that are no years (the
     * emergency numbers "112 … 103" in the fact and in the passage on medical care), or three of any length with one
     * of three digits or more ({@link #MANY_SHARED_FIGURES}): the same fact told twice, whatever else each text says.
     */
    private boolean sharesFigures(Hit a, Hit b) {
        Set<String> x = all(NUMBER, texts.apply(a));
        if (x.size() < SHARED_FIGURES) {
            return false;
        }
        x.retainAll(all(NUMBER, texts.apply(b)));
        return x.size() >= SHARED_FIGURES
                && (x.stream().anyMatch(n -> !YEAR.matcher(n).matches() && n.length() >= LONG_FIGURE)
                || x.stream().filter(Agreement::rareCount).count() >= SHARED_FIGURES
                || x.size() >= MANY_SHARED_FIGURES && x.stream().anyMatch(Agreement::rareCount));
    }

    /** How many numbers two texts must share to say the same (one shared number is often chance: 2024, 17). */
    static final int SHARED_FIGURES = 2;
    /**
     * As many numbers in common, one of three digits or more and no year, say the same whatever their lengths (the
     * visa-free fact and the passage on visas: "30 days … 90 days in any 180").
     */
    static final int MANY_SHARED_FIGURES = 3;
    /**
     * The shortest figure, digit groups removed, that is rarely chance (111000, 63.6; not 17 or 30): three short
     * numbers in common made three wrong answers on the held-out files (session 17).
     */
    static final int LONG_FIGURE = 4;

    /**
     * True when two pieces of prose, or two long facts of one place, say much the same: most of the longer words of
     * the shorter one are in the other (the old guide's "Major cities are linked by domestic flights…" and the travel
     * page's "Domestic flights link Almaty and Astana with every regional centre…").
     */
    private boolean restatesProse(Hit a, Hit b) {
        boolean facts = a.kind() == UnitKind.FACT && b.kind() == UnitKind.FACT;
        if (facts ? a.entity() != b.entity() : a.kind() == UnitKind.FACT || b.kind() == UnitKind.FACT) {
            return false; // prose and prose, or two long facts of one place ("Official Languages" and "Languages")
        }
        String ta = texts.apply(a);
        String tb = texts.apply(b);
        Set<String> x = longWords(ta);
        Set<String> y = longWords(tb);
        if (x.size() < MIN_PROSE_WORDS || y.size() < MIN_PROSE_WORDS) {
            return false;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        if (common.size() < PROSE_OVERLAP * Math.min(x.size(), y.size())) {
            return false;
        }
        if (!facts) {
            return true;
        }
        // two facts of one place agree only when every name and figure of the shorter is in the longer: "Most
        // Populous Region: Turkistan, 2,148,658 people" and "Least Populous Region: Ulytau, 218,993 people" do not
        boolean aShorter = x.size() <= y.size();
        return new HashSet<>(words(aShorter ? tb : ta)).containsAll(namesAndFigures(aShorter ? ta : tb));
    }

    /**
     * True when the prose {@code other} says what the fact {@code fact} says in other words: every name and figure of
     * the value and most of its longer words are in it ("Plug Types: C and F (European round two-pin plugs)" and
     * "…sockets of types C and F, the European round two-pin plugs").
     */
    private boolean proseSays(Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT || other.kind() == UnitKind.FACT) {
            return false;
        }
        String value = texts.apply(fact);
        Set<String> x = longWords(value);
        if (x.isEmpty()) {
            return false;
        }
        String prose = texts.apply(other);
        Set<String> common = new HashSet<>(x);
        common.retainAll(longWords(prose));
        return common.size() >= PROSE_OVERLAP * x.size()
                && saysAll(prose, namesAndFigures(value, true), x.size() >= STEMMED_VALUE_WORDS);
    }

    /**
     * The fewest longer words a fact's value needs for its names to be found in prose in another ending: a one-word
     * value ("Mountainous") is not said by any prose that shares its stem ("the mountains of the east").
     */
    static final int STEMMED_VALUE_WORDS = 3;

    /**
     * True when {@code prose} says each of {@code namesAndFigures}: a figure as it is, a name as it is or, when {@code
     * stemmed}, in any ending ("Christianity" and "Christians") — compared by the same crude stem as the longer words.
     */
    private static boolean saysAll(String prose, Set<String> namesAndFigures, boolean stemmed) {
        Set<String> said = new HashSet<>();
        for (String w : words(prose)) {
            said.add(w);
            said.add(stem(w));
        }
        for (String w : namesAndFigures) {
            if (!said.contains(!stemmed || DIGIT.matcher(w).find() ? w : stem(w))) {
                return false;
            }
        }
        return true;
    }

    /** A crude stem: the first six letters of a longer word ("flights"/"flight", "Christianity"/"Christians"). */
    private static String stem(String word) {
        return word.length() > 6 ? word.substring(0, 6) : word;
    }

    /** The words of {@code text} that begin with a capital letter or hold a figure, lower case. */
    private static Set<String> namesAndFigures(String text) {
        return namesAndFigures(text, false);
    }

    /**
     * As {@link #namesAndFigures(String)}; when {@code valueStart}, the first word of a value of several words is
     * capitalised because it begins the value, not because it is a name ("Administrative center of Atyrau region; oil
     * and gas capital … on the Caspian Sea" is said by prose that never uses "administrative").
     */
    private static Set<String> namesAndFigures(String text, boolean valueStart) {
        Set<String> out = new HashSet<>();
        String[] words = NOT_WORD.split(DIGIT_GROUP.matcher(text).replaceAll(""));
        for (int i = 0; i < words.length; i++) {
            String word = EDGE_DOTS.matcher(words[i]).replaceAll("");
            boolean start = valueStart && i == 0 && words.length > 1 && !DIGIT.matcher(word).find();
            if (!word.isEmpty() && !start
                    && (Character.isUpperCase(word.codePointAt(0)) || DIGIT.matcher(word).find())) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Set<String> longWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : words(text)) {
            if (w.length() >= 4) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /**
     * True when {@code fact}'s value begins by naming the topic {@code other} is a fact of: "National Dish: beshbarmak,
     * boiled meat…" and "Beshbarmak — What It Is: the national dish…" give one answer.
     */
    private boolean names(Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT || other.kind() != UnitKind.FACT || fact.entity() == other.entity()) {
            return false;
        }
        String value = texts.apply(fact).toLowerCase(Locale.ROOT);
        for (String name : names.apply(other)) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.length() >= SHORTEST_NAME && value.startsWith(n)
                    && (value.length() == n.length() || !Character.isLetterOrDigit(value.charAt(n.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code fact} is a fact of a person and {@code other} names that person: "Kurmangazy — Known For: the
     * composer of «Saryarka»" and "Dombra — Music: Kurmangazy's «Saryarka»" answer "who composed Saryarka" alike.
     */
    private boolean namesPersonOf(Hit fact, Hit other) {
        return fact.has(UnitFlags.PERSON) && namesThingOf(fact, other);
    }

    /**
     * True when {@code h} answers with a place the question leaves out: a fact whose value opens with its name
     * ("Highest Point: Khan Tengri, …" for "the highest peak apart from Khan Tengri"), or, when the question asks for
     * the first of something, a text that names it ("…Khan Tengri, on the border with Kyrgyzstan, is the highest
     * peak"): it tells of what was set aside.
     */
    boolean answersWithLeftOut(Reading r, Hit h) {
        if (r.excluded().isEmpty()) {
            return false;
        }
        String text = texts.apply(h).toLowerCase(Locale.ROOT);
        String value = text.startsWith("the ") ? text.substring(4) : text;
        // a text is set aside only when the question asks for the first of something ("the highest peak apart from
        // …"): asked "where else, apart from Almaty region", a text that names it beside Atyrau answers
        boolean first = r.has(Signal.RANK) || r.says("asks.first");
        for (kz.bot.facts.Entity e : r.excluded()) {
            List<String> names = new ArrayList<>(e.names().getOrDefault("en", List.of()));
            names.add(e.name());
            for (String name : names) {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.length() < SHORTEST_NAME) {
                    continue;
                }
                if (h.kind() == UnitKind.FACT ? value.startsWith(n) : first && saysWord(text, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the question asks which city, region or place ("which city", «какой город», «қай қала»). */
    private static boolean asksWhichPlace(Reading r) {
        return r.words().stream().anyMatch(w -> w.role() == Word.Role.KIND_WORD);
    }

    /**
     * True when {@code fact} is a fact whose value begins with a name the question does not say ("Almaty (called
     * Alma-Ata until 1993), the capital from 1929…") and {@code other}, a passage or sentence, names it word for word.
     */
    private boolean namesAnswersPlace(Reading r, Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT || other.kind() == UnitKind.FACT) {
            return false;
        }
        Matcher m = LEADING_NAME.matcher(texts.apply(fact));
        if (!m.lookingAt()) {
            return false;
        }
        String name = m.group(1);
        if (r.words().stream().anyMatch(w -> w.surface().equalsIgnoreCase(name))) {
            return false; // "is Almaty bigger than Astana": a name the question says answers nothing by itself
        }
        return saysWord(texts.apply(other), name);
    }

    /** As {@link #namesThingOf}, when the question does not name the thing itself. */
    private boolean namesThingNotAsked(Reading r, Hit fact, Hit other) {
        return namesThingOf(fact, other) && r.places().stream().noneMatch(p -> p.entity().id() == fact.entity());
    }

    /**
     * True when {@code fact} is a fact of a topic, sight or person and {@code other} names it, word for word: asked
     * which one, both answer with that thing ("Lake Balkhash — What It Is: … whose western half is fresh" and the
     * passage "Lake Balkhash is long but shallow. Its wide western half … is fresh").
     */
    private boolean namesThingOf(Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT) {
            return false;
        }
        String text = texts.apply(other).toLowerCase(Locale.ROOT);
        for (String name : names.apply(fact)) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.length() >= SHORTEST_NAME && saysWord(text, n)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} says {@code name} as a whole word: "Kurmangazy's", not "Kurmangazyev". */
    private static boolean saysWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code fact} is a short value with a figure ("220 V, 50 Hz") every word of which {@code other} says
     * ("Kazakhstan uses 220 V at 50 Hz …").
     */
    private boolean figureIn(Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT || other.kind() == UnitKind.FACT) {
            return false;
        }
        String value = texts.apply(fact);
        List<String> words = words(value);
        if (words.size() < 2 || words.size() > SHORT_FIGURE_WORDS || !DIGIT.matcher(value).find()) {
            return false;
        }
        return new HashSet<>(words(texts.apply(other))).containsAll(words);
    }

    /**
     * True when {@code other} is a fact of {@code fact}'s place whose short value {@code fact} says too: "State
     * Language: Kazakh" and "Languages: Kazakh (the state language), Russian (…)", whichever of them wins; or whose
     * list {@code fact} names item by item.
     */
    private boolean includes(Hit fact, Hit other) {
        if (fact.kind() != UnitKind.FACT || other.kind() != UnitKind.FACT || fact.entity() != other.entity()) {
            return false;
        }
        List<String> words = words(texts.apply(other));
        if (!words.isEmpty() && words.size() <= SHORT_NAME_WORDS) {
            return new HashSet<>(words(texts.apply(fact))).containsAll(words);
        }
        return other.has(UnitFlags.LIST) && namesAll(words, words(texts.apply(fact)));
    }

    /**
     * True when every longer word of a list ({@code items}: "Russia, China, Kyrgyzstan…") begins a word of {@code
     * text}, in whatever case ending («с Россией», «Ресеймен»): the neighbours and the border lengths name the same
     * five countries.
     */
    private static boolean namesAll(List<String> items, List<String> text) {
        int named = 0;
        for (String item : items) {
            if (item.length() < LIST_WORD) {
                continue; // "and", «и», «мен»
            }
            String start = item.substring(0, LIST_WORD);
            if (text.stream().noneMatch(w -> w.startsWith(start))) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    /** Words of a list shorter than this are joining words; longer ones are compared by their first this many letters. */
    static final int LIST_WORD = 4;

    /** The words and figures of {@code text}, lower case, digit groups joined ("2 347 924" → "2347924"). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(DIGIT_GROUP.matcher(text).replaceAll("").toLowerCase(Locale.ROOT))) {
            String word = EDGE_DOTS.matcher(w).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** How an attribute that holds an earlier value of another begins ("Previous Parliament" of "Parliament"). */
    static final List<String> EARLIER_OF = List.of("previous ", "former ");

    /**
     * True when {@code other} tells what was before, for the same place, and {@code winner} what is now: "Previous
     * Parliament" beside "Parliament" or beside "Number of Deputies". What was before is no rival to what is now.
     */
    static boolean earlier(Hit winner, Hit other) {
        if (winner.kind() != UnitKind.FACT || other.kind() != UnitKind.FACT || winner.entity() != other.entity()) {
            return false;
        }
        return EARLIER_OF.stream().anyMatch(p -> other.attribute().startsWith(p))
                && EARLIER_OF.stream().noneMatch(p -> winner.attribute().startsWith(p));
    }

    /**
     * True when, asked when, {@code other} gives among its years the one {@code winner} gives for what was asked,
     * though for the question's words it gives another ("…decided in 1994 to move the capital …, and the move took
     * effect in 1997" beside "Astana has been the capital since 1997"): it does not say otherwise, so it is no rival
     * to the winner — nor support, since it does not say the same for the words asked.
     */
    boolean mentionsWinnersYear(Reading r, Hit winner, Hit other) {
        return r.kind() == AnswerKind.WHEN && mentionsYear(winner, other, winnersYear(r, winner));
    }

    /** The year {@code winner} gives for what {@code r} asks (its first year when it cannot tell), or null. */
    String winnersYear(Reading r, Hit winner) {
        String year = askedYears.apply(r, winner);
        return year != null ? year : first(YEAR, texts.apply(winner));
    }

    /** As {@link #mentionsWinnersYear}, with the winner's year ({@link #winnersYear}) worked out once by the caller. */
    boolean mentionsYear(Hit winner, Hit other, String year) {
        return year != null && !oneAccount(winner, other) && all(YEAR, texts.apply(other)).contains(year);
    }

    /** A fact of the same place that counts what the other lists. */
    static boolean restates(Hit winner, Hit other) {
        if (winner.kind() != UnitKind.FACT || other.kind() != UnitKind.FACT || winner.entity() != other.entity()) {
            return false;
        }
        return winner.attribute().equals(COUNT_OF + other.attribute())
                || other.attribute().equals(COUNT_OF + winner.attribute());
    }

    /**
     * True when two facts of one place measure one thing, the one as a figure and the other as its share or another
     * form of it, or for a part of the whole: the one attribute is the other's followed by {@link #MEASURE_FORMS}
     * ("urban population" and "urban population share") or by {@link #PART_OF} and the part ("length in
     * kazakhstan"); not "presidential term" and "presidential term ends".
     */
    static boolean sameMeasure(Hit a, Hit b) {
        if (a.kind() != UnitKind.FACT || b.kind() != UnitKind.FACT || a.entity() != b.entity()) {
            return false;
        }
        String x = a.attribute();
        String y = b.attribute();
        return MEASURE_FORMS.stream().anyMatch(form -> y.equals(x + " " + form) || x.equals(y + " " + form))
                || y.startsWith(x + PART_OF) || x.startsWith(y + PART_OF);
    }

    /**
     * What joins an attribute's name to a part of the whole it measures: "Length" and "Length in Kazakhstan" of a
     * river measure one thing, the whole and its part.
     */
    static final String PART_OF = " in ";

    /**
     * What an attribute's name ends with when it gives another's figure in another form; in the shipped knowledge,
     * Urban Population and Urban Population Share.
     */
    static final List<String> MEASURE_FORMS = List.of("share");

    /** The first figure of {@code text}, digit groups removed; null when there is none. */
    static String first(Pattern figure, String text) {
        Matcher m = figure.matcher(text);
        return m.find() ? DIGIT_GROUP.matcher(m.group()).replaceAll("") : null;
    }
}
