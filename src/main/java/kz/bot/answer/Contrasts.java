package kz.bot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Two places compared by what is not their size: "which is older, Taraz or Turkistan?" (their founding years, as
 * {@link Ages} counts them), "is Astana colder than Almaty?" (their average January temperatures; in summer, or asked
 * which is warmer, July's). Null when either place lacks the fact: the question is then left unanswered, never
 * answered by population. Thread-safe.
 */
final class Contrasts {

    /** The first temperature in a value: "about −15 °C (−15.2 °C)" is −15. */
    private static final Pattern DEGREES = Pattern.compile("([−+-]?)(\\d+(?:\\.\\d+)?)\\s*°");
    /** The unit after a value's first figure ("7,010 m", «1 439 км», "16,400 km²"). */
    private static final Pattern UNIT = Pattern.compile("\\d[\\d\\s\u00a0\u202f.,]*?\\s*([\\p{L}²³]+)");
    /** The facts that say when a building or a sight began, in the order looked for: what "which is older" compares. */
    private static final List<String> STARTS = List.of("built", "opened");
    /** A figure in English writing: groups of three after commas, a decimal point. */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?");
    private static final String WINTER = "average january temperature";
    private static final String SUMMER = "average july temperature";

    private final FactBook book;
    private final Ages ages;

    Contrasts(FactBook book, Ages ages) {
        this.book = book;
        this.ages = ages;
    }

    /**
     * The comparison of {@code a} and {@code b} that {@code r} asks for, or null. The conversation stays with
     * {@code context} when it is one of the two, else goes to the first named.
     */
    Answer answer(Reading r, Entity a, Entity b, Entity context) {
        boolean older = r.says("compare.older");
        boolean younger = r.says("compare.younger");
        if (older != younger) {
            Answer byAge = byAge(r.language(), a, b, older, context);
            return byAge != null || a.kind() != EntityKind.PERSON || b.kind() != EntityKind.PERSON ? byAge
                    : byBirth(r.language(), a, b, older, context); // "which of them was born earlier": Abai, dead
        }
        boolean colder = r.says("compare.colder");
        boolean warmer = r.says("compare.warmer");
        if (colder != warmer) {
            boolean summer = r.says("season.summer");
            boolean winter = r.says("season.winter");
            String key = summer && !winter ? SUMMER : winter && !summer ? WINTER : colder ? WINTER : SUMMER;
            return byTemperature(r.language(), a, b, key, colder, context);
        }
        if (asksMeasure(r)) { // "a higher population" is no height
            for (String measure : MEASURES) {
                if (r.says("compare." + measure)) {
                    boolean lower = measure.equals("lower");
                    return byMeasure(r, a, b, lower ? "higher" : measure, lower ? "lower" : measure, !lower,
                            context);
                }
            }
        }
        return null;
    }

    /**
     * True when {@code r} compares by a measure that is neither population nor area ("which is higher", «қайсысы
     * ұзынырақ»): a height, a length, a depth.
     */
    static boolean asksMeasure(Reading r) {
        return !r.has(Signal.BY_POPULATION) && !r.has(Signal.BY_AREA)
                && MEASURES.stream().anyMatch(m -> r.says("compare." + m));
    }

    /** The comparatives of a measure ({@code compare.*} in the vocabulary files), in the order they are looked for. */
    private static final List<String> MEASURES = List.of("higher", "lower", "longer", "deeper");

    /**
     * The two compared by the first figure of the first fact each has of the attributes that hold {@code measure}
     * ({@code measure.*} in the English vocabulary: height or elevation, length, depth), "which is higher, Khan Tengri
     * or Belukha", "which of the two is longer"; null when either has no such figure. A place read as one of two of
     * the same name is measured as the other when only that one has the figure: "which is deeper, Alakol or Balkhash"
     * is Lake Balkhash, not the town.
     */
    private Answer byMeasure(Reading r, Entity a, Entity b, String measure, String said, boolean more,
                             Entity context) {
        Language language = r.language();
        List<String> keys = Phrases.of(Language.EN).singleWords("measure." + measure);
        Fact fa = measured(r, a, keys);
        Fact fb = measured(r, b, keys);
        Double xa = fa == null ? null : figure(fa.value());
        Double xb = fb == null ? null : figure(fb.value());
        if (xa == null || xb == null || xa.equals(xb)) {
            return null;
        }
        boolean aFirst = xa > xb == more;
        Fact first = aFirst ? fa : fb;
        Fact second = aFirst ? fb : fa;
        // the places measured: Lake Balkhash, not the town, talked about next
        return compared(language, first, second, "compare_" + said, fa.entity(), fb.entity(), context,
                difference(Math.abs(xa - xb), Computations.shown(first, language), language));
    }

    /**
     * How much one figure exceeds the other, written as {@code language} writes numbers, with the unit that follows
     * the first figure of {@code shown} (a fact's value in that language: "7,010 m …", «7010 м …»): "2,504 m".
     */
    static String difference(double by, String shown, Language language) {
        Matcher m = UNIT.matcher(shown);
        String unit = m.find() ? " " + m.group(1) : "";
        long whole = Math.round(by);
        if (Math.abs(by - whole) < 1e-9) {
            return Computations.number(whole, language) + unit;
        }
        String one = String.format(java.util.Locale.ROOT, "%.1f", by);
        return (language == Language.EN ? one : one.replace('.', ',')) + unit;
    }

    /**
     * The newest fact of the first of {@code keys} that {@code e} has, or else one of the places of its name that
     * {@code r} might have meant ({@link Place#alternatives}) has.
     */
    private Fact measured(Reading r, Entity e, List<String> keys) {
        List<Entity> meant = new java.util.ArrayList<>(List.of(e));
        r.places().stream().filter(p -> p.entity().equals(e)).forEach(p -> meant.addAll(p.alternatives()));
        for (Entity one : meant) {
            for (String key : keys) {
                Fact f = newest(one, key);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Answer byAge(Language language, Entity a, Entity b, boolean older, Entity context) {
        Ages.Age x = ages.age(a, language);
        Ages.Age y = ages.age(b, language);
        if (x == null || y == null) {
            return byStart(language, a, b, older, context);
        }
        if (x.since() == y.since()) {
            return null;
        }
        boolean aFirst = x.since() < y.since() == older;
        Ages.Age first = aFirst ? x : y;
        Ages.Age second = aFirst ? y : x;
        String line = Localizer.lineStart(Messages.get(language).say(ofTwo(older ? "compare_older"
                : "compare_younger", a, b), Localizer.fullName(first.fact().entity(), language),
                Localizer.fullName(second.fact().entity(), language)));
        return answer(language, List.of(line, first.line(), second.line()), first.fact(), second.fact(), a, b,
                context);
    }

    /**
     * Two buildings or sights, which have no founding, compared by the first year of their Built or else Opened fact:
     * "which of the two is older" after the Astana Opera (opened in 2013) and the Palace of Peace and Reconciliation
     * (2006). Null when either has none, or both the same year.
     */
    private Answer byStart(Language language, Entity a, Entity b, boolean older, Entity context) {
        Fact fa = started(a);
        Fact fb = started(b);
        Integer ya = fa == null ? null : Ages.year(fa.value());
        Integer yb = fb == null ? null : Ages.year(fb.value());
        if (ya == null || yb == null || ya.equals(yb)) {
            return null;
        }
        boolean aFirst = ya < yb == older;
        return compared(language, aFirst ? fa : fb, aFirst ? fb : fa, ofTwo(older ? "compare_older"
                : "compare_younger", a, b), a, b, context);
    }

    /** {@code e}'s Built fact, else its Opened one; null when it has neither. */
    private Fact started(Entity e) {
        for (String key : STARTS) {
            Fact f = newest(e, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Two people by the year each was born, the earlier first when {@code earlier}: their ages are not told of the
     * dead ("who was born first, Abai or Auezov"); null when either has no year of birth or both the same.
     */
    private Answer byBirth(Language language, Entity a, Entity b, boolean earlier, Entity context) {
        Fact fa = newest(a, "born");
        Fact fb = newest(b, "born");
        Integer ya = fa == null ? null : Ages.year(fa.value());
        Integer yb = fb == null ? null : Ages.year(fb.value());
        if (ya == null || yb == null || ya.equals(yb)) {
            return null;
        }
        boolean aFirst = ya < yb == earlier;
        return compared(language, aFirst ? fa : fb, aFirst ? fb : fa,
                earlier ? "compare_born_earlier" : "compare_born_later", a, b, context);
    }

    private Answer byTemperature(Language language, Entity a, Entity b, String key, boolean colder, Entity context) {
        Fact fa = newest(a, key);
        Fact fb = newest(b, key);
        Double ta = fa == null ? null : degrees(fa.value());
        Double tb = fb == null ? null : degrees(fb.value());
        if (ta == null || tb == null || ta.equals(tb)) {
            return null;
        }
        boolean aFirst = ta < tb == colder;
        return compared(language, aFirst ? fa : fb, aFirst ? fb : fa, colder ? "compare_colder" : "compare_warmer",
                a, b, context);
    }

    /**
     * The message {@code key} for two cities («Тараз Шымкент қаласынан көнерек»), its {@code _of_two} form for any other
     * two («Балқаш көлі және Зайсан көлі: үлкені — Балқаш көлі»): Kazakh names the second with a city's word.
     */
    static String ofTwo(String key, Entity a, Entity b) {
        return a.kind() == EntityKind.CITY && b.kind() == EntityKind.CITY ? key : key + "_of_two";
    }

    /**
     * "{@code first} is … than {@code second}" ({@code message}, with {@code more} after the two names: by how much),
     * then each one's fact.
     */
    private Answer compared(Language language, Fact first, Fact second, String message, Entity a, Entity b,
                            Entity context, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = Localizer.fullName(first.entity(), language);
        args[1] = Localizer.fullName(second.entity(), language);
        System.arraycopy(more, 0, args, 2, more.length);
        String line = Localizer.lineStart(Messages.get(language).say(message, args));
        return answer(language, List.of(line, factLine(first, language), factLine(second, language)), first, second,
                a, b, context);
    }

    /** "Lake Balkhash — Area: about 16,400 km²": one of two compared, with the fact it is compared by. */
    String factLine(Fact f, Language language) {
        return Localizer.lineStart(Localizer.fullName(f.entity(), language)) + " — "
                + book.label(f.attributeKey(), f.attribute(), language) + ": " + Computations.shown(f, language);
    }

    private static Answer answer(Language language, List<String> lines, Fact first, Fact second, Entity a, Entity b,
                                 Entity context) {
        Set<String> sources = new LinkedHashSet<>(List.of(first.source().citation(language),
                second.source().citation(language)));
        Entity stays = b.equals(context) ? b : a;
        Entity other = stays == a ? b : a;
        return new Answer.FactAnswer("", String.join("\n", lines), List.copyOf(sources), List.of(), language,
                new Topic(stays.id(), first.attributeKey(), -1, other.id()));
    }

    private Fact newest(Entity e, String key) {
        List<Fact> facts = book.facts(e).get(key);
        return facts == null ? null : facts.get(0);
    }

    /** The first figure of {@code value}, as the English knowledge writes it ("7,010 m", "up to 26 m"), or null. */
    static Double figure(String value) {
        Matcher m = FIGURE.matcher(value);
        return m.find() ? Double.valueOf(m.group().replace(",", "")) : null;
    }

    /** The first temperature of {@code value} in degrees, or null when it gives none. */
    static Double degrees(String value) {
        Matcher m = DEGREES.matcher(value);
        if (!m.find()) {
            return null;
        }
        double t = Double.parseDouble(m.group(2));
        return m.group(1).equals("−") || m.group(1).equals("-") ? -t : t;
    }
}
