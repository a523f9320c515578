package kz.bot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.answer.Field;
import kz.bot.answer.Hit;
import kz.bot.answer.QueryWord;
import kz.bot.answer.TextIndex;
import kz.bot.answer.TextUnit;
import kz.bot.answer.Token;
import kz.bot.answer.UnitKind;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.Document;
import kz.bot.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a knowledge base: facts, passages and sentences as units with a field per language and a
 * field of names, searched by one query whose hits say which question words they contain. Built once by
 * {@link #build}, then opened read-only; all methods of an open index are thread-safe.
 *
 * <p>This class opens, builds and closes the index and hands each call to the part that does it: {@link UnitSearch}
 * with {@link PreparedWords} for questions, {@link SearchBox} for typed searches, {@link UnitReader} for what a hit
 * or unit holds, {@link DocFrequencies} for term statistics, {@link CloseTerms}, {@link Spelling} and
 * {@link KnownNames} for typos and names, {@link Concepts} for synonyms.
 */
public final class KnowledgeIndex implements TextIndex, Closeable {

    /** The stop words' misspellings: the same for every knowledge base, built once. */
    private static final StopWordTypos STOP_WORD_TYPOS = new StopWordTypos();

    private final Directory directory;
    private final DirectoryReader reader;
    private final UnitSearch unitSearch;
    private final UnitReader units;
    private final DocFrequencies docFrequencies;
    private final Map<Reading, LanguageAnalyzer> analyzers = new EnumMap<>(Reading.class);
    private final BotAnalyzer names;
    private final Concepts concepts;
    private final NameDictionary nameDictionary;
    private final Levenshtein levenshtein = new Levenshtein();
    private final Spelling spelling;
    /** The vocabulary's words ({@link Concepts}) as written: a misspelt "famouse" is "famous" of "known for". */
    private final Spelling vocabularySpelling;
    private final CloseTerms closeTerms;
    private final SearchBox searchBox;

    private KnowledgeIndex(Directory directory, List<List<String>> synonymGroups, Collection<String> nameList,
                           Collection<String> cityNames) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // every question is different: caching costs more than it saves
        if (reader.leaves().size() != 1) {
            throw new IOException("the index in " + directory + " has " + reader.leaves().size()
                    + " segments; a knowledge base's index is merged into one when it is built");
        }
        this.unitSearch = new UnitSearch(searcher, reader.leaves().get(0).reader(), Fields.SEARCHED, Fields.KIND,
                Fields.ENTITY);
        this.units = new UnitReader(searcher);
        this.docFrequencies = DocFrequencies.read(reader);
        for (Reading how : Reading.values()) {
            analyzers.put(how, LanguageAnalyzer.forQuestions(kind(how)));
        }
        Map<Language, LanguageAnalyzer> byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            byLanguage.put(l, LanguageAnalyzer.forText(kind(Reading.valueOf(l.name()))));
        }
        List<List<String>> groups = new ArrayList<>(BuiltInConcepts.groups());
        groups.addAll(synonymGroups);
        Set<String> nameForms = new HashSet<>();
        for (String name : cityNames) {
            for (LanguageAnalyzer analyzer : byLanguage.values()) {
                List<Set<String>> words = Analysis.positions(analyzer, name);
                if (words.size() == 1) { // "Astana", not the «облысы» of «Абай облысы»
                    nameForms.addAll(words.get(0));
                }
            }
        }
        this.concepts = Concepts.of(groups, byLanguage, nameForms);
        KnownNames known = KnownNames.of(nameList);
        this.names = known.analyzer();
        this.nameDictionary = known.dictionary();
        this.spelling = new Spelling(searcher, byLanguage);
        this.vocabularySpelling = Spelling.ofWords(concepts::writtenWords, byLanguage);
        this.closeTerms = new CloseTerms(searcher);
        this.searchBox = new SearchBox(searcher, analyzers, names, units);
        warmUpFuzzing();
    }

    /**
     * Looks a made-up word up once the ways a typo is looked up: the first such lookup loads and compiles Lucene's
     * Levenshtein automata (60-120 ms on a cold JVM), which would otherwise be charged to the first question with a
     * typo and spend its fuzzing budget, so that it was read differently from the same question asked later.
     */
    private void warmUpFuzzing() {
        String word = "qazaqstann";
        nameDictionary.near(word, 2, false);
        for (Field field : Field.values()) {
            closeTerms.near(field, word);
        }
        for (Language language : Language.values()) {
            spelling.closeForms(language, LanguageAnalyzer.Kind.valueOf(language.name()), word);
            vocabularySpelling.closeForms(language, LanguageAnalyzer.Kind.valueOf(language.name()), word);
        }
    }

    private static LanguageAnalyzer.Kind kind(Reading how) {
        return LanguageAnalyzer.Kind.valueOf(how.name());
    }

    /** The analyzer that writes each field. */
    static Analyzer writingAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(Fields.EN, LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN));
        perField.put(Fields.RU, LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU));
        perField.put(Fields.KK, LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK));
        perField.put(Fields.NAMES, BotAnalyzer.forIndexing());
        for (Language l : Language.values()) {
            perField.put(Fields.spelling(l), LanguageAnalyzer.forSpelling(LanguageAnalyzer.Kind.valueOf(l.name())));
        }
        return new PerFieldAnalyzerWrapper(LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN), perField);
    }

    /**
     * Writes the units of {@code documents} and {@code book} as a new index in {@code dir} and commits it.
     *
     * @return the number of units written
     */
    public static int build(Path dir, Collection<Document> documents, FactBook book) {
        IndexWriterConfig config = new IndexWriterConfig(writingAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(false);
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            Map<Language, LanguageAnalyzer> analyzers = new EnumMap<>(Language.class);
            UnitWriter units = new UnitWriter(writer, analyzers, new Staleness(book), OtherNames.of(book.names()));
            units.facts(book);
            for (Document d : documents) {
                units.passages(d);
            }
            writer.forceMerge(1); // a read-only index is fastest as one segment
            writer.commit();
            return units.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index in " + dir, e);
        }
    }

    /**
     * Opens the index in {@code dir} for searching.
     *
     * @param synonymGroups the knowledge's synonyms, each group a list of words and phrases that mean the same
     * @param names         names of entities: what the name dictionary holds
     */
    public static KnowledgeIndex open(Path dir, List<List<String>> synonymGroups, Collection<String> names) {
        return open(dir, synonymGroups, names, List.of());
    }

    /**
     * As {@link #open(Path, List, Collection)}; {@code cityNames} are the names of cities, which a word of the
     * vocabulary is never searched as («астанасы», "its capital", is not «астана»).
     */
    public static KnowledgeIndex open(Path dir, List<List<String>> synonymGroups, Collection<String> names,
                                      Collection<String> cityNames) {
        try {
            return new KnowledgeIndex(FSDirectory.open(dir), synonymGroups, names, cityNames);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir, e);
        }
    }

    public int size() {
        return reader.numDocs();
    }

    @Override
    public List<Token> analyze(String text, Reading how) {
        boolean latin = how == Reading.RU_LATIN || how == Reading.KK_LATIN;
        // the transliteration rules are written in lower case, and mark a word's end by the space added here
        String input = latin ? text.toLowerCase(java.util.Locale.ROOT) + " " : text;
        return Analysis.tokens(analyzers.get(how), input);
    }

    @Override
    public String cyrillic(String text, Reading how) {
        return switch (how) {
            case RU_LATIN -> LanguageAnalyzer.transliterate(text, LanguageAnalyzer.Kind.RU_LATIN);
            case KK_LATIN -> LanguageAnalyzer.transliterate(text, LanguageAnalyzer.Kind.KK_LATIN);
            default -> text;
        };
    }

    @Override
    public List<Map<Field, Set<String>>> synonyms(List<Token> tokens, Language language) {
        List<Set<String>> positions = new ArrayList<>(tokens.size());
        tokens.forEach(t -> positions.add(t.forms()));
        Concepts.Matched matched = concepts.match(positions, language);
        List<Map<Field, Set<String>>> out = new ArrayList<>(tokens.size());
        for (int at = 0; at < positions.size(); at++) {
            Set<Integer> ids = matched.concepts().get(at);
            Map<Field, Set<String>> byField = new EnumMap<>(Field.class);
            matched.phraseForms().get(at).forEach((l, forms) -> byField.computeIfAbsent(Field.of(l), k -> new HashSet<>())
                    .addAll(forms));
            for (int id : ids) {
                for (Language l : Language.values()) {
                    Set<String> forms = concepts.forms(id, l);
                    if (!forms.isEmpty()) {
                        byField.computeIfAbsent(Field.of(l), k -> new HashSet<>()).addAll(forms);
                    }
                }
            }
            out.add(byField);
        }
        return out;
    }

    @Override
    public List<Token> nameForms(String text) {
        return Analysis.tokens(names, text);
    }

    @Override
    public Set<String> closeTerms(Field field, String form) {
        return closeTerms.near(field, form);
    }

    @Override
    public Set<String> closeWords(Field field, Reading how, String typed) {
        if (field == Field.NAMES) {
            return Set.of();
        }
        Language language = Language.valueOf(field.name());
        Set<String> close = new HashSet<>(spelling.closeForms(language, kind(how), typed));
        close.addAll(vocabularySpelling.closeForms(language, kind(how), typed));
        return close;
    }

    @Override
    public boolean typoOfStopWord(Language language, String typed) {
        return STOP_WORD_TYPOS.of(language, typed);
    }

    @Override
    public int docFreq(Field field, String term) {
        return docFrequencies.docFreq(field, term);
    }

    @Override
    public int docCount(Field field) {
        return docFrequencies.docCount(field);
    }

    @Override
    public Prepared prepare(List<QueryWord> words) {
        try {
            return new PreparedWords(words, docFrequencies, unitSearch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Hit> search(Prepared prepared, UnitKind kind, List<Long> entities, int limit) {
        PreparedWords p = (PreparedWords) prepared;
        if (limit <= 0 || p.isEmpty()) {
            return List.of();
        }
        long[] entityFilter = entities.stream().mapToLong(Long::longValue).toArray();
        UnitSearch.Found found = unitSearch.search(p.byWord(), kind == null ? -1 : kind.ordinal(), entityFilter, limit);
        try {
            return units.hits(found.docs(), found.scores(), found.covered());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Hit> find(String text, Language language, int limit) {
        return searchBox.find(text, language, limit);
    }

    @Override
    public TextUnit unit(int unit) {
        return units.unit(unit);
    }

    @Override
    public Set<String> nameFormsNear(String form, int maxEdits, boolean samePrefix) {
        return nameDictionary.near(form, maxEdits, samePrefix);
    }

    @Override
    public int edits(String a, String b, int max) {
        return levenshtein.edits(a, b, max);
    }

    @Override
    public List<String> nameFormsStartingWith(String prefix, int limit) {
        return nameDictionary.startingWith(prefix, limit);
    }

    /** Fuzzy lookups remembered so far (each computed one is): how much fuzzing the questions have cost. */
    int fuzzLookupsCached() {
        return closeTerms.cached() + nameDictionary.cached();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
