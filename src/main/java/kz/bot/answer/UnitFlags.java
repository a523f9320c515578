package kz.bot.answer;

import java.util.regex.Pattern;
import kz.bot.language.UnitWords;

/** Bits of {@link Hit#flags}, worked out once when the index is built. */
public final class UnitFlags {

    /** The text holds a figure other than a year. */
    public static final int NUMBER = 1;
    /** The text holds a year (1000–2099). */
    public static final int YEAR = 2;
    /** The text names a month, a full date or a day of the week ("every week on Thursday or Friday"). */
    public static final int DATE = 4;
    /** The text names a person: two or more capitalised words in a row that are not a known place. */
    public static final int PERSON = 8;
    /** The unit's document is older than another on at least one point (the old guide's 14 provinces). */
    public static final int OUTDATED = 16;
    /** The unit repeats a value that a newer document replaced ("14 provinces", "Baikonur" as a special city). */
    public static final int STALE = 32;
    /** The text names a direction or a distance: north, south-east, 200 km. */
    public static final int PLACE_WORDS = 64;

    /** The passage that says what a document is (its title, date, source): for questions about the document. */
    public static final int ABOUT = 128;

    /** A fact whose value names several things ({@link ListValue}): "how many" is answered by counting them. */
    public static final int LIST = 256;

    /** The text gives a length of time: "12–13 hours", «около двух часов», «30 күн». */
    public static final int DURATION = 512;

    /** The text gives a reason: because, due to, «потому что», «из-за», «себебі», «байланысты». */
    public static final int REASON = 1024;

    /**
     * Every year the text names is before the year the index was built: it tells of the past, and does not say when
     * something will happen ("the 2011 Asian Winter Games" for "when will Kazakhstan host the Olympics?").
     */
    public static final int PAST_YEARS = 2048;

    /**
     * The text puts something at a named place ("in Turkistan", «в Туркестане»): a fact with one may say where, though
     * it names no direction ("Burial Place: the Mausoleum of Khoja Ahmed Yasawi in Turkistan").
     */
    public static final int AT_NAME = 4096;

    /**
     * The text names a material or an ingredient (milk, wood, felt, «мука», «ағаш»): it may say what a thing is made
     * of.
     */
    public static final int MATERIAL = 8192;

    /**
     * The text gives an amount of money, or says that something is free ("35,596 tenge", «1,2 млн теңге», "$115
     * million", «тегін»): it may say what something costs.
     */
    public static final int MONEY = 16384;

    /**
     * The text names a century, an era or a season ("in the 15th century", «в XV веке», "in spring"): without a year
     * or a month it may still say when.
     */
    public static final int ERA = 32768;

    /**
     * The text speaks of a part of a people: the urban or the rural population, men or women («сельское население»,
     * «қала халқы»): its figure is the part's, not the whole's that a question naming no part asks for.
     */
    public static final int PART = 65536;

    /** An amount of money, from the {@code money.*} lines of {@code /language/unit-words.txt}. */
    private static final Pattern MONEY_WORDS = Pattern.compile("(?iu)\\d(?:[\\d\\s\u00a0.,]*\\d)?\\s?(?:(?:"
            + UnitWords.get("money.multiplier") + ")\\.?\\s?)?(?:" + UnitWords.get("money.currency") + ")(?![\\p{L}])"
            + "|(?:" + UnitWords.get("money.sign") + ")\\s?\\d"
            + "|(?<![\\p{L}-])(?:" + UnitWords.get("money.free") + ")(?![\\p{L}])");

    /** A material or an ingredient, from the {@code material} line of {@code /language/unit-words.txt}. */
    private static final Pattern MATERIAL_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(" + UnitWords.get("material") + ")(?![\\p{L}])");

    /** A month's name, whole ("March", «наурызда»), from the {@code month} line of {@code /language/unit-words.txt}. */
    private static final Pattern MONTH_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + UnitWords.get("month") + ")\\p{L}*");

    /** A part of a people, from the {@code part} line of {@code /language/unit-words.txt}. */
    private static final Pattern PART_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + UnitWords.get("part") + ")(?![\\p{L}])");

    /** A century, an era or a season, from the {@code era} line of {@code /language/unit-words.txt}. */
    private static final Pattern ERA_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + UnitWords.get("era") + ")(?![\\p{L}])");

    private UnitFlags() {
    }

    /**
     * True when {@code text} says when: a year in digits or a month's name (what {@link #YEAR} says, and {@link #DATE}
     * but for a day of the week, which a summary's line does not give as its date).
     */
    public static boolean saysWhen(String text) {
        return Agreement.YEAR.matcher(text).find() || MONTH_WORDS.matcher(text).find();
    }

    /** True when {@code word} is a month's name in one of its forms ("march", «ноября», «наурызда»). */
    static boolean isMonth(String word) {
        return MONTH_WORDS.matcher(word).matches();
    }

    /** True when {@code text} names a century, an era or a season: what the {@link #ERA} bit says of a unit. */
    public static boolean namesEra(String text) {
        return ERA_WORDS.matcher(text).find();
    }

    /** True when {@code text} gives an amount of money or says a thing is free: what the {@link #MONEY} bit says. */
    public static boolean namesMoney(String text) {
        return MONEY_WORDS.matcher(text).find();
    }

    /** True when {@code text} names a material or an ingredient: what the {@link #MATERIAL} bit says of a unit. */
    public static boolean namesMaterial(String text) {
        return MATERIAL_WORDS.matcher(text).find();
    }

    /** True when {@code text} speaks of a part of a people ({@link #PART}). */
    public static boolean namesPart(String text) {
        return PART_WORDS.matcher(text).find();
    }
}
