package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.answer.Field;
import kz.bot.answer.Hit;
import kz.bot.answer.QueryWord;
import kz.bot.answer.TextIndex;
import kz.bot.answer.TextUnit;
import kz.bot.answer.Token;
import kz.bot.answer.UnitFlags;
import kz.bot.answer.UnitKind;
import kz.bot.facts.FactBook;
import kz.bot.facts.FactStore;
import kz.bot.knowledge.Knowledge;
import kz.bot.knowledge.KnowledgeLoader;
import kz.bot.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of the translated fixture: facts, passages and sentences, a field per language, one search. */
class KnowledgeIndexTest {

    @TempDir
    static Path tmp;
    private static KnowledgeIndex index;
    private static FactBook book;

    @BeforeAll
    static void build() throws Exception {
        Knowledge k = KnowledgeLoader.load(Path.of("src/test/resources/knowledge/translated"));
        assertEquals(List.of(), k.problems());
        FactStore.write(tmp.resolve("facts.db"), k, Map.of());
        book = FactStore.read(tmp.resolve("facts.db")).book();
        Files.createDirectories(tmp.resolve("index"));
        int units = KnowledgeIndex.build(tmp.resolve("index"), k.documents(), book);
        // 9 attributes (Pavlodar's Russian name included), 2 passages, no sentence units (each passage is one sentence),
        // and the document's own passage (its title and what it covers)
        assertEquals(9, book.factCount());
        assertEquals(12, units, "one unit per attribute with its newest value, one per passage, one per document");
        index = KnowledgeIndex.open(tmp.resolve("index"), List.of(List.of("river", "река", "өзен")),
                List.of("Pavlodar", "Павлодар", "Bayanaul", "Irtysh"));
    }

    /** The question {@code text} as query words in {@code how}, with synonyms, as the reader builds them. */
    private static List<QueryWord> words(String text, TextIndex.Reading how) {
        List<Token> tokens = index.analyze(text, how);
        List<Map<Field, Set<String>>> synonyms = index.synonyms(tokens, how.language());
        List<QueryWord> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
            terms.put(Field.of(how.language()), new LinkedHashSet<>(tokens.get(i).forms()));
            synonyms.get(i).forEach((f, forms) -> terms.computeIfAbsent(f, x -> new LinkedHashSet<>()).addAll(forms));
            out.add(new QueryWord(terms, 1));
        }
        return out;
    }

    private static String text(Hit h, Language l) {
        return index.unit(h.unit()).texts().get(l);
    }

    @Test
    void aPassageIsFoundInItsTranslationAndSaysWhichWordsItHolds() {
        List<QueryWord> words = words("Иртыш течёт в Россию", TextIndex.Reading.RU);
        Hit top = index.search(words, UnitKind.PASSAGE, -1, 3).get(0);
        assertEquals("Иртыш течёт на север через Павлодар в Россию.", text(top, Language.RU));
        assertEquals("The Irtysh flows north through Pavlodar into Russia.", text(top, Language.EN));
        assertEquals(0b111, top.covered(), "all three words of the question are in it");
        TextUnit u = index.unit(top.unit());
        assertEquals("towns.txt", u.file());
        assertEquals("Реки", u.sections().get(Language.RU));
        assertEquals("Два степных города, 2026-11-29", u.citation(Language.RU));
    }

    @Test
    void synonymsCarryAQuestionAcrossLanguages() {
        List<QueryWord> words = words("Какие реки текут через Павлодар?", TextIndex.Reading.RU);
        Map<Field, Set<String>> river = words.get(0).terms();
        assertTrue(river.get(Field.EN).contains("river"), river.toString());
        assertTrue(river.get(Field.KK).contains("озен"), "Kazakh letters folded: " + river);
    }

    @Test
    void factsAreUnitsOfTheirEntityWithLabelAndValueInEachLanguage() {
        long pavlodar = book.entities().stream().filter(e -> e.name().equals("Pavlodar")).findFirst().get().id();
        List<Hit> hits = index.search(words("known for aluminium", TextIndex.Reading.EN), UnitKind.FACT, pavlodar, 5);
        assertEquals("known for", hits.get(0).attribute());
        assertEquals(pavlodar, hits.get(0).entity());
        assertEquals(0b11, hits.get(0).covered());
        Hit population = index.search(words("население", TextIndex.Reading.RU), UnitKind.FACT, pavlodar, 5).get(0);
        assertEquals("population", population.attribute(), "the Russian label of the attribute is searchable");
        assertTrue(population.has(UnitFlags.NUMBER));
    }

    @Test
    void kazakhEndingsAndLatinTypingMeetTheKnowledge() {
        assertEquals(List.of(Set.of("астананын", "астанан", "астана")).get(0),
                index.analyze("Астананың", TextIndex.Reading.KK).get(0).forms());
        assertEquals(index.analyze("население", TextIndex.Reading.RU).get(0).forms(),
                index.analyze("naselenie", TextIndex.Reading.RU_LATIN).get(0).forms());
        assertEquals(index.analyze("жителей", TextIndex.Reading.RU).get(0).forms(),
                index.analyze("zhitelei", TextIndex.Reading.RU_LATIN).get(0).forms());
        assertEquals(index.analyze("халқы", TextIndex.Reading.KK).get(0).forms(),
                index.analyze("halqy", TextIndex.Reading.KK_LATIN).get(0).forms());
    }

    @Test
    void englishWordsAreStemmedAsEnglish() {
        assertEquals(index.analyze("tracked", TextIndex.Reading.EN), List.of(new Token(0, 7, Set.of("track"))));
        assertEquals(index.analyze("grew", TextIndex.Reading.EN).get(0).forms(),
                index.analyze("growth", TextIndex.Reading.EN).get(0).forms());
        assertEquals(index.analyze("surrounding", TextIndex.Reading.EN).get(0).forms(),
                index.analyze("surrounds", TextIndex.Reading.EN).get(0).forms());
        // Porter keeps "service" apart from "serve" ("how long do you serve in the army" — "Military Service")
        assertEquals(index.analyze("serve", TextIndex.Reading.EN).get(0).forms(),
                index.analyze("service", TextIndex.Reading.EN).get(0).forms());
        // an adjective in -y is its noun: "a salty lake" answers "salt lake", "icy" meets "ice"
        assertEquals(index.analyze("salt", TextIndex.Reading.EN).get(0).forms(),
                index.analyze("salty", TextIndex.Reading.EN).get(0).forms());
        assertEquals(index.analyze("ice", TextIndex.Reading.EN).get(0).forms(),
                index.analyze("icy", TextIndex.Reading.EN).get(0).forms());
        // Porter cuts "authorities" to "author", a writer's word
        assertEquals(List.of(new Token(0, 11, Set.of("authority"))), index.analyze("authorities", TextIndex.Reading.EN));
        // and "nationalities" and "national" to "nation", a word for a country: ethnic groups and national parks
        assertEquals(List.of(new Token(0, 13, Set.of("nationality"))),
                index.analyze("nationalities", TextIndex.Reading.EN));
        assertEquals(List.of(new Token(0, 8, Set.of("national"))), index.analyze("national", TextIndex.Reading.EN));
    }

    @Test
    void aTypoThatSpoilsTheEndingIsFoundAmongTheWordsAsWrittenAndGivenTheirStems() {
        Set<String> population = Set.copyOf(index.analyze("population", TextIndex.Reading.EN).get(0).forms());
        assertEquals(Set.of(), index.closeTerms(Field.EN, index.analyze("populaton", TextIndex.Reading.EN).get(0)
                .forms().iterator().next()), "the stems are four letters apart");
        assertTrue(index.closeWords(Field.EN, TextIndex.Reading.EN, "populaton").containsAll(population));
        Set<String> naselenie = Set.copyOf(index.analyze("население", TextIndex.Reading.RU).get(0).forms());
        assertTrue(index.closeWords(Field.RU, TextIndex.Reading.RU_LATIN, "naselenije").containsAll(naselenie));
        assertEquals(Set.of(), index.closeWords(Field.EN, TextIndex.Reading.EN, "oal"), "too short to be a typo");
        assertEquals(Set.of(), index.closeWords(Field.EN, TextIndex.Reading.EN, "the"), "a stop word");
    }

    @Test
    void aTypoOfAVocabularyWordNoTextWritesIsFoundAmongTheVocabularysWords() {
        // no text of the fixture says "famous" or «знаменит»: the built-in vocabulary does ("famous, known for, …")
        assertEquals(0, index.docFreq(Field.EN, "famou"));
        assertEquals(Set.of("famou"), index.closeWords(Field.EN, TextIndex.Reading.EN, "famouse"));
        assertTrue(index.closeWords(Field.RU, TextIndex.Reading.RU, "знаменита").containsAll(
                index.analyze("знаменит", TextIndex.Reading.RU).get(0).forms()));
        // and then stands for the vocabulary's group, "known" and «известен» among them
        List<Map<Field, Set<String>>> group = index.synonyms(List.of(new Token(0, 7, Set.of("famou"))), Language.EN);
        assertTrue(group.get(0).get(Field.RU).contains("известн"), group.toString());
        // a real word is no typo of one that shares less than its first four letters with it: "leaving" is not the
        // vocabulary's "leading", «прибавила» not «правила»
        assertEquals(Set.of(), index.closeWords(Field.EN, TextIndex.Reading.EN, "leaving"));
        assertEquals(Set.of(), index.closeWords(Field.RU, TextIndex.Reading.RU, "прибавила"));
    }

    @Test
    void typosReachCloseTermsOnlyFromFiveLetters() {
        assertTrue(index.closeTerms(Field.EN, "aluminum").contains("aluminium"));
        assertEquals(Set.of(), index.closeTerms(Field.EN, "oal"));
        assertEquals(1, index.edits("astana", "astanа".replace('а', 'a').replace("astana", "asatna"), 2));
        assertEquals(3, index.edits("astana", "kostanay", 2));
    }

    @Test
    void searchBoxSyntaxNeverThrowsAndPhrasesAndExclusionsWork() {
        for (String text : List.of("*:*", "a~~", "\"unclosed", "(((", "\\", "/regex/", "field:value", "oil AND OR NOT",
                "+-&&||!(){}[]^\"~*?:\\/", "")) {
            index.find(text, Language.EN, 3); // must not throw
        }
        assertEquals(2, index.find("flows", Language.EN, 3).size());
        assertEquals(1, index.find("\"flows north\"", Language.EN, 3).size());
        assertEquals(0, index.find("\"north flows\"", Language.EN, 3).size());
        assertEquals(0, index.find("Irtysh -Russia", Language.EN, 3).size());
        assertEquals(1, index.find("Irty*", Language.EN, 3).size());
        assertFalse(index.find("Ишим", Language.RU, 3).isEmpty());
    }
}
