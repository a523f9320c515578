package kz.bot.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.answer.UnitFlags;
import kz.bot.answer.UnitKind;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.Document;
import kz.bot.knowledge.Passage;
import kz.bot.language.Durations;
import kz.bot.language.Language;
import kz.bot.language.UnitWords;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a knowledge base into index units: one per fact (an entity's attribute with its newest value, in every
 * language it is written in), one per passage of prose (with its translations), and one per sentence of each
 * passage in each language. Each unit's flags say what its text holds, worked out once here.
 */
final class UnitWriter {

    /** The words as written: only which words there are matters (no positions, frequencies or norms). */
    private static final FieldType SPELLING = spelling();
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\b[\\p{Lu}][\\p{L}\\p{M}’'\\-]*|\\b\\d[\\d.,]*");
    private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");
    /** The words of {@code language/unit-words.txt}: what says that a unit holds a figure, a date, a reason… */
    private static final Pattern FIGURE = Pattern.compile("\\d|(?iu)\\b(" + UnitWords.get("figure") + ")\\b");
    /** A number word that counts nothing ("one of the leading exporters"): no figure. */
    private static final Pattern FIGURE_IDIOM = Pattern.compile("(?iu)(?<!\\p{L})(?:" + UnitWords.get("figure.idiom")
            + ")(?!\\p{L})");
    /** A month's name, whole ("January", «қаңтарда»). */
    private static final Pattern MONTH = Pattern.compile("(?iu)\\b(?:" + UnitWords.get("month") + ")\\p{L}*");
    /** A day of the week ("on Fridays", «по пятницам»): says when, as a month does. */
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + UnitWords.get("weekday")
            + ")\\p{L}*");
    /** The day of a date ("26 November", «26 қарашада», "March 21"): part of a date, not a figure of anything. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)\\b\\d{1,2}(?:[–-]\\d{1,2})?\\s+(?:"
            + UnitWords.get("month") + ")\\p{L}*|\\b(?:" + UnitWords.get("month") + ")\\p{L}*\\s+\\d{1,2}\\b");
    /** A trailing "(…2024…)" or ", 2024" on a value: what may be the date its figure describes. */
    private static final Pattern DATED = Pattern.compile(
            "(?:\\(([^()]*\\b(?:1[0-9]{3}|20[0-9]{2})\\b[^()]*)\\)|[,;]\\s*((?:19|20)[0-9]{2}))\\s*$");
    /** What stands beside the year when it only dates a figure: day numbers, "as of", «год», «жылғы», «басы». */
    private static final Pattern DATING = Pattern.compile("(?iu)[\\s\\d.,;:–-]*(?:(?:" + UnitWords.get("dating")
            + ")(?![\\p{L}])[\\s\\d.,;:–-]*)*");
    private static final Pattern PERSON = Pattern.compile(
            "\\b[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?\\s+[\\p{Lu}][\\p{Ll}]{2,}(?:uly|ovich|evich|ov|ev|in|yev|"
                    + "ova|eva|ina|ұлы|улы|ов|ев|ин|ова|ева|ина|bayev|baev|aev|aly|ovna|evna)\\b");
    /**
     * Who did it, named after "by" or "the orders of" ("built on the orders of Timur", "founded by the sultans Kerei
     * and Zhanibek"): one name says who as well as a first and last name does.
     */
    private static final Pattern AGENT = Pattern.compile(
            "\\b(?:by|orders? of)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+");
    private static final Pattern PLACE_WORDS = Pattern.compile("(?iu)\\b(" + UnitWords.get("place") + "|"
            + UnitWords.get("place.venue") + ")");
    /** A fact's label whose last word says that its value is a place ("Burial Place"). */
    /** A fact's label whose last words say that its value is who did it ("Ordered By"). */
    private static final Pattern PERSON_LABEL = Pattern.compile("(?iu)\\b(" + UnitWords.get("person.label") + ")$");
    private static final Pattern PLACE_LABEL = Pattern.compile("(?iu)\\b(" + UnitWords.get("place.label") + ")$");
    /** A word that puts something at a named place, before the name ("in Turkistan", «в Туркестане»). */
    private static final Pattern AT_NAME = Pattern.compile("(?<![\\p{L}])(?iu:" + UnitWords.get("place.before_name")
            + ")\\s+(?:the\\s+)?(?!(?iu:" + UnitWords.get("month") + "))\\p{Lu}\\p{Ll}"); // not "in January"
    private static final Pattern REASON = Pattern.compile("(?iu)\\b(" + UnitWords.get("reason") + ")\\b");

    private final IndexWriter writer;
    private final Map<Language, LanguageAnalyzer> analyzers;
    private final Staleness staleness;
    private final OtherNames otherNames;
    private int count;

    UnitWriter(IndexWriter writer, Map<Language, LanguageAnalyzer> analyzers, Staleness staleness,
               OtherNames otherNames) {
        this.writer = writer;
        this.analyzers = analyzers;
        this.staleness = staleness;
        this.otherNames = otherNames;
    }

    int count() {
        return count;
    }

    /**
     * Whether {@code text} names a city or region other than {@code e} itself, and no figure: "Seat of Government:
     * Semipalatinsk" says where, "Travel Time from Astana: about 3 hours" says how far.
     */
    private boolean namesAnotherPlace(String text, Entity e) {
        return text.chars().noneMatch(Character::isDigit)
                && otherNames.placesIn(text).stream().anyMatch(name -> !name.equals(e.name()));
    }

    /** A fact the bot computes with but never gives whole: no search unit of its own (unit-words.txt). */
    private static final Pattern NOT_SEARCHED = Pattern.compile("(?iu)" + UnitWords.get("fact.not_searched"));

    /**
     * One unit per attribute of each entity, with the newest value; older values are not searched, nor the facts the
     * bot only computes with.
     */
    void facts(FactBook book) throws IOException {
        for (Entity e : book.entities()) {
            for (Map.Entry<String, List<Fact>> attribute : book.facts(e).entrySet()) {
                if (NOT_SEARCHED.matcher(attribute.getKey()).matches()) {
                    continue;
                }
                Fact newest = attribute.getValue().get(0);
                Map<Language, String> texts = new EnumMap<>(Language.class);
                StringBuilder names = new StringBuilder(e.name());
                e.names().values().forEach(list -> list.forEach(n -> names.append(" | ").append(n)));
                for (Language language : Language.values()) {
                    String value = newest.valueIn(language);
                    if (value == null) {
                        continue;
                    }
                    String label = book.label(newest.attributeKey(), newest.attribute(), language);
                    if (language == Language.EN && !label.equalsIgnoreCase(newest.attributeKey())) {
                        label = label + " (" + newest.attributeKey() + ")"; // "Major City" is the administrative center
                    }
                    texts.put(language, label + ": " + value);
                    names.append(" | ").append(capitalised(value));
                    if (!kz.bot.knowledge.Names.isNameAttribute(newest.attribute())) {
                        // a region's "Former Names: Tselinograd region" names the region, not the city Tselinograd
                        names.append(' ').append(otherNames.usualNamesIn(value));
                    }
                }
                if (newest.asOf() != null && !newest.asOf().isBlank()) {
                    names.append(" | ").append(newest.asOf()); // "Karaganda population 2023": the year it was counted
                }
                int undated = flags(texts.values().stream().map(UnitWriter::withoutDating).toList());
                int flags = (undated & UnitFlags.NUMBER) != 0 ? undated : flags(texts.values());
                if (newest.number() != null) {
                    flags |= UnitFlags.NUMBER;
                }
                if (!kz.bot.answer.ListValue.items(newest.value()).isEmpty()) {
                    flags |= UnitFlags.LIST;
                }
                if (e.kind() == kz.bot.knowledge.EntityKind.PERSON) {
                    flags |= UnitFlags.PERSON;
                }
                if (!kz.bot.knowledge.Names.isNameAttribute(newest.attribute())
                        && texts.values().stream().anyMatch(t -> namesAnotherPlace(t, e))) {
                    flags |= UnitFlags.PLACE_WORDS; // "Seat of Government: Semipalatinsk" says where
                }
                if (placeLabel(newest.attribute())) {
                    flags |= UnitFlags.PLACE_WORDS; // "Burial Place: Tashkent, …" says where as much
                }
                if (personLabel(newest.attribute())) {
                    flags |= UnitFlags.PERSON; // "Ordered By: Timur" says who as much
                }
                org.apache.lucene.document.Document doc = unit(UnitKind.FACT, texts, names.toString(), flags);
                doc.add(new StringField(Fields.ENTITY, Long.toString(e.id()), Field.Store.NO));
                doc.add(new NumericDocValuesField(Fields.ENTITY, e.id()));
                doc.add(new SortedDocValuesField(Fields.ATTRIBUTE, new BytesRef(newest.attributeKey())));
                add(doc);
            }
        }
    }

    /** A unit per prose passage, and one per sentence of it in each language; one that says what the document is. */
    void passages(Document d) throws IOException {
        Language own = Language.fromCode(d.language()).orElse(Language.EN);
        List<Passage> passages = d.passages();
        about(d);
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            if (!passage.prose()) {
                continue; // built from facts, which are units of their own
            }
            Map<Language, String> texts = new EnumMap<>(Language.class);
            Map<Language, String> sections = new EnumMap<>(Language.class);
            texts.put(own, passage.text());
            sections.put(own, passage.section());
            passage.translations().forEach((code, t) -> Language.fromCode(code).ifPresent(l -> {
                texts.put(l, t.text());
                sections.put(l, t.section());
            }));
            int stale = staleness.flags(d.file(), texts.get(own));
            org.apache.lucene.document.Document doc = unit(UnitKind.PASSAGE, texts, namesOf(texts),
                    flags(texts.values()) | stale);
            stored(doc, d, p, -1, texts, sections);
            add(doc);
            List<String> ownSentences = stale == 0 ? List.of() : Sentences.of(texts.get(own), own);
            for (var entry : texts.entrySet()) {
                List<String> sentences = Sentences.of(entry.getValue(), entry.getKey());
                if (sentences.size() < 2) {
                    continue; // the passage is its only sentence
                }
                // a sentence is stale when it repeats the old value itself (or, in a translation whose sentences do
                // not match the original's one for one, when its passage does): "National policy and defence stay
                // with the central government" is no less true for the sentence before it counting 14 provinces
                boolean aligned = sentences.size() == ownSentences.size();
                for (int s = 0; s < sentences.size(); s++) {
                    Map<Language, String> one = Map.of(entry.getKey(), sentences.get(s));
                    int staleSentence = stale == 0 || !aligned ? stale
                            : staleness.flags(d.file(), ownSentences.get(s));
                    org.apache.lucene.document.Document sd = unit(UnitKind.SENTENCE, one, namesOf(one),
                            flags(sentences.get(s)) | staleSentence);
                    stored(sd, d, p, s, one, Map.of(entry.getKey(), sections.getOrDefault(entry.getKey(), "")));
                    if (s > 0) {
                        sd.add(new StoredField(Fields.BEFORE, sentences.get(s - 1)));
                    }
                    add(sd);
                }
            }
        }
    }

    /**
     * A passage about the document itself — its title, date, source and what it covers — so that "who published
     * the article" or "when was the guide written" finds an answer.
     */
    private void about(Document d) throws IOException {
        if (d.passages().isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("«").append(d.title()).append("»");
        if (d.date() != null) {
            text.append(" is ").append(d.kind() == kz.bot.knowledge.DocumentKind.ARTICLE ? "an article published on "
                    : "a document dated ").append(d.date().getDayOfMonth()).append(' ')
                    .append(d.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                    .append(' ').append(d.date().getYear());
        }
        text.append('.');
        if (!d.source().isBlank()) {
            text.append(" Source: ").append(d.source()).append('.');
        }
        if (!d.covers().isBlank()) {
            text.append(" It covers ").append(d.covers()).append('.');
        }
        Map<Language, String> texts = Map.of(Language.EN, text.toString());
        org.apache.lucene.document.Document doc = unit(UnitKind.PASSAGE, texts, namesOf(texts),
                flags(text.toString()) | UnitFlags.ABOUT);
        stored(doc, d, 0, -1, texts, Map.of(Language.EN, ""));
        add(doc);
    }

    private org.apache.lucene.document.Document unit(UnitKind kind, Map<Language, String> texts, String names,
                                                     int flags) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(Fields.KIND, kind.name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.KIND, kind.ordinal()));
        int words = 0;
        int languages = 0;
        for (var t : texts.entrySet()) {
            languages |= 1 << t.getKey().ordinal();
            doc.add(new TextField(Fields.of(t.getKey()), t.getValue(), Field.Store.NO));
            doc.add(new Field(Fields.spelling(t.getKey()), t.getValue(), SPELLING));
            words = Math.max(words, t.getValue().split("\\s+").length);
        }
        doc.add(new TextField(Fields.NAMES, names, Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.FLAGS, flags));
        doc.add(new NumericDocValuesField(Fields.WORDS, words));
        doc.add(new NumericDocValuesField(Fields.LANGUAGES, languages));
        return doc;
    }

    private static void stored(org.apache.lucene.document.Document doc, Document d, int passage, int sentence,
                               Map<Language, String> texts, Map<Language, String> sections) {
        doc.add(new StoredField(Fields.FILE, d.file()));
        doc.add(new StoredField(Fields.PASSAGE, passage));
        doc.add(new StoredField(Fields.SENTENCE, sentence));
        doc.add(new StoredField(Fields.LINE, d.passages().get(passage).line()));
        doc.add(new StoredField(Fields.DATE, d.date() == null ? "" : d.date().toString()));
        doc.add(new StoredField(Fields.title(Language.EN), d.title()));
        d.translations().forEach((code, t) -> Language.fromCode(code)
                .ifPresent(l -> doc.add(new StoredField(Fields.title(l), t.title()))));
        texts.forEach((l, text) -> doc.add(new StoredField(Fields.text(l), text)));
        sections.forEach((l, text) -> doc.add(new StoredField(Fields.section(l), text == null ? "" : text)));
    }

    private void add(org.apache.lucene.document.Document doc) throws IOException {
        writer.addDocument(doc);
        count++;
    }

    /** The year the index is built: a text whose years are all before it tells of the past. */
    private static final int THIS_YEAR = java.time.Year.now().getValue();

    /** What a text holds, as {@link UnitFlags} bits. */
    static int flags(String text) {
        return flags(text, THIS_YEAR);
    }

    /**
     * What the texts of one unit in its languages hold: what any of them holds, except a year, which all must hold —
     * «залом на 1250 мест» is the Russian of "a hall of 1,250 seats", not a year.
     */
    static int flags(java.util.Collection<String> texts) {
        int any = 0;
        int all = ~0;
        for (String text : texts) {
            int f = flags(text);
            any |= f;
            all &= f;
        }
        int years = UnitFlags.YEAR | UnitFlags.PAST_YEARS;
        return texts.isEmpty() ? 0 : (any & ~years) | (all & years);
    }

    /** True for a fact's label whose last word says that its value is a place ("Burial Place"): it says where. */
    static boolean placeLabel(String attribute) {
        return PLACE_LABEL.matcher(attribute).find();
    }

    /** True when {@code attribute}'s last words say that its value is who did it ("Built By"). */
    static boolean personLabel(String attribute) {
        return PERSON_LABEL.matcher(attribute).find();
    }

    /** As {@link #flags(String)}, in {@code thisYear}. */
    static int flags(String text, int thisYear) {
        int flags = 0;
        String withoutYears = DAY_OF_MONTH.matcher(YEAR.matcher(text).replaceAll(" ")).replaceAll(" ");
        if (FIGURE.matcher(FIGURE_IDIOM.matcher(withoutYears).replaceAll(" ")).find()) {
            flags |= UnitFlags.NUMBER;
        }
        List<Integer> years = YEAR.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).toList();
        if (!years.isEmpty()) {
            flags |= UnitFlags.YEAR;
            if (years.stream().allMatch(year -> year < thisYear)) {
                flags |= UnitFlags.PAST_YEARS;
            }
        }
        if (MONTH.matcher(text).find() || WEEKDAY.matcher(text).find()) {
            flags |= UnitFlags.DATE;
        }
        if (PERSON.matcher(text).find() || AGENT.matcher(text).find()) {
            flags |= UnitFlags.PERSON;
        }
        if (PLACE_WORDS.matcher(text).find()) {
            flags |= UnitFlags.PLACE_WORDS;
        }
        if (AT_NAME.matcher(text).find()) {
            flags |= UnitFlags.AT_NAME;
        }
        if (Durations.said(text)) {
            flags |= UnitFlags.DURATION;
        }
        if (REASON.matcher(text).find()) {
            flags |= UnitFlags.REASON;
        }
        if (UnitFlags.namesMaterial(text)) {
            flags |= UnitFlags.MATERIAL;
        }
        if (UnitFlags.namesMoney(text)) {
            flags |= UnitFlags.MONEY;
        }
        if (UnitFlags.namesEra(text)) {
            flags |= UnitFlags.ERA;
        }
        if (UnitFlags.namesPart(text)) {
            flags |= UnitFlags.PART;
        }
        return flags;
    }

    /**
     * {@code text} without the year its figure describes ("over 111,000 (2024)", «2 347 924 (2026 жылғы 1 қаңтар)»,
     * "1.2M, 2024"): the dating of a figure does not say when something happened, so a "since what year" question
     * finds no year in it. Parentheses that say more than a date ("(since 2022)", «(с 2022 года)») stay: there the year
     * is what happened. A value that holds no figure but its year keeps it too (the caller checks).
     */
    static String withoutDating(String text) {
        Matcher m = DATED.matcher(text);
        if (!m.find()) {
            return text;
        }
        String inside = m.group(1) != null ? m.group(1) : m.group(2);
        String rest = MONTH.matcher(YEAR.matcher(inside).replaceAll(" ")).replaceAll(" ");
        return DATING.matcher(rest).matches() ? text.substring(0, m.start()).stripTrailing() : text;
    }

    /** The capitalised words and figures of {@code texts}: what the names field is made of. */
    /** The names a unit's texts hold: their capitalised words, and a city named by another name by its usual one. */
    private String namesOf(Map<Language, String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts.values()) {
            sb.append(capitalised(t)).append(' ').append(otherNames.usualNamesIn(t)).append(" | ");
        }
        return sb.toString();
    }

    static String capitalised(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            sb.append(m.group()).append(' ');
        }
        return sb.toString();
    }

    private static FieldType spelling() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
