package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** Groups of words that mean the same: what each word of a group is searched as. */
class ConceptsTest {

    private static Map<Language, LanguageAnalyzer> analyzers() {
        Map<Language, LanguageAnalyzer> out = new EnumMap<>(Language.class);
        out.put(Language.EN, LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN));
        out.put(Language.RU, LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU));
        out.put(Language.KK, LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK));
        return out;
    }

    @Test
    void aWordOfAGroupStandsForItsStemsButNotForAStemThatIsACitysName() {
        List<List<String>> capital = List.of(List.of("capital", "елордасы", "астанасы"));
        Set<String> plain = Concepts.of(capital, analyzers()).forms(0, Language.KK);
        assertTrue(plain.contains("астана"), "without names the stem of «астанасы» is searched: " + plain);
        assertTrue(plain.contains("елорда"), plain.toString());

        Set<String> named = Concepts.of(capital, analyzers(), Set.of("астана")).forms(0, Language.KK);
        assertFalse(named.contains("астана"), "«астанасы» is 'its capital', not the city Astana: " + named);
        assertTrue(named.contains("астанасы"), "the word itself stays: " + named);
        assertTrue(named.contains("елорда"), "other stems stay: " + named);
    }

    /** The English forms of the built-in groups {@code word} of {@code language} stands for. */
    private static Set<String> english(Concepts c, String word, Language language) {
        Set<String> out = new java.util.TreeSet<>();
        for (int id : c.match(Analysis.positions(analyzers().get(language), word), language).concepts().get(0)) {
            out.addAll(c.forms(id, Language.EN));
        }
        return out;
    }

    @Test
    void everydayWordsOfTheSeedDocumentsReachTheirEnglishTextFromRussianAndKazakh() {
        // with an admin's English articles alone, a Russian or Kazakh question meets them through these groups only
        Concepts c = Concepts.of(BuiltInConcepts.groups(), analyzers());
        assertTrue(english(c, "районы", Language.RU).contains("district"), english(c, "районы", Language.RU).toString());
        assertTrue(english(c, "аудандары", Language.KK).contains("district"));
        assertTrue(english(c, "хлопок", Language.RU).contains("cotton"));
        assertTrue(english(c, "дороги", Language.RU).contains("road"));
        // «ауданы» is also an area, and «жолы» of «темір жолы» a railway, not a road
        assertFalse(english(c, "ауданы", Language.KK).contains("district"), english(c, "ауданы", Language.KK).toString());
        assertFalse(english(c, "жолы", Language.KK).contains("road"), english(c, "жолы", Language.KK).toString());
    }

    @Test
    void movingOutAndArrivingReachTheArticlesDeparturesAndArrivals() {
        // "arrivals minus departures" of the migration article, asked "moved out", «выбыли», «келгендер»
        Concepts c = Concepts.of(BuiltInConcepts.groups(), analyzers());
        assertTrue(english(c, "moved out", Language.EN).contains("departur"), english(c, "moved out", Language.EN)
                .toString());
        assertTrue(english(c, "выбыли", Language.RU).contains("departur"));
        assertTrue(english(c, "прибывших", Language.RU).contains("arriv"));
        assertTrue(english(c, "келгендер", Language.KK).contains("arriv"));
        // "moved in" is "moved" to the analyser ("in" is a stop word): no arrival, or every move would be one
        assertFalse(english(c, "moves", Language.EN).contains("arriv"), english(c, "moves", Language.EN).toString());
    }

    @Test
    void aKazakhVerbInAGroupStandsInItsOtherFormsInKazakhOnly() {
        Concepts c = Concepts.of(List.of(List.of("wrote", "написал", "жазған")), analyzers());
        LanguageAnalyzer kk = analyzers().get(Language.KK);
        List<Set<String>> asked = Analysis.positions(kk, "жазды");
        assertEquals(Set.of(0), c.match(asked, Language.KK).concepts().get(0), "«кім жазды» asks for the writer");
        assertEquals(Set.of(), c.match(Analysis.positions(analyzers().get(Language.RU), "жазды"), Language.RU)
                .concepts().get(0), "Kazakh only");
        // searched as the group says it, not as every form of the verb
        assertFalse(c.forms(0, Language.KK).contains("жазды"), c.forms(0, Language.KK).toString());
        assertTrue(c.forms(0, Language.KK).contains("жазган"), c.forms(0, Language.KK).toString());
    }

    @Test
    void theWordsAfterAnArrowAreSearchedForTheGroupButDoNotStandForIt() {
        List<String> grain = BuiltInConcepts.split("grain, зерно => wheat, пшеница, grain");
        assertEquals(List.of("grain", "зерно", Concepts.SEARCHED_ONLY + "wheat", Concepts.SEARCHED_ONLY + "пшеница"),
                grain, "grain is before the arrow already");
        Concepts c = Concepts.of(List.of(List.of("wheat", "пшеница"), grain), analyzers());
        LanguageAnalyzer en = analyzers().get(Language.EN);
        assertEquals(List.of(Set.of(1)), c.match(Analysis.positions(en, "grain"), Language.EN).concepts());
        assertTrue(c.forms(1, Language.EN).contains("wheat"), "a question about grain searches wheat: "
                + c.forms(1, Language.EN));
        assertTrue(c.forms(1, Language.RU).contains("пшениц"), c.forms(1, Language.RU).toString());
        assertEquals(List.of(Set.of(0)), c.match(Analysis.positions(en, "wheat"), Language.EN).concepts(),
                "wheat means wheat, not all grain");
    }

    @Test
    void aWordTaggedWithItsLanguageIsThatLanguagesOnly() {
        Concepts c = Concepts.of(List.of(List.of("name", "kk:аты")), analyzers());
        assertTrue(c.forms(0, Language.KK).contains("аты"), c.forms(0, Language.KK).toString());
        assertTrue(c.forms(0, Language.RU).isEmpty(), "«аты» is no Russian word: " + c.forms(0, Language.RU));
        assertEquals(List.of(Language.RU, Language.KK), Concepts.languagesOf("аты"));
        assertEquals(List.of(Language.KK), Concepts.languagesOf("kk:аты"));
    }

    @Test
    void theShippedGroupsLetSkiingInRussianAndKazakhMeetTheEnglishWord() {
        // with only English knowledge (the seed documents), «покататься на лыжах» had met nothing
        Concepts c = Concepts.of(BuiltInConcepts.groups(), analyzers());
        for (Language language : List.of(Language.RU, Language.KK)) {
            String asked = language == Language.RU ? "лыжах" : "шаңғы";
            var groups = c.match(Analysis.positions(analyzers().get(language), asked), language).concepts().get(0);
            assertTrue(groups.stream().anyMatch(g -> c.forms(g, Language.EN).contains("ski")), asked + ": " + groups);
        }
    }

    @Test
    void aWordWrittenInAGroupMeansThatGroupNotAnotherWithWhichItSharesAStem() {
        // «басым» (predominant) and «басшы» (leader) share the Kazakh stem «бас»; «басым» is written in the group of
        // "main", so it is read as that group only, and «басшы», written in none, is read through its stem
        Concepts c = Concepts.of(List.of(List.of("main", "басым"), List.of("leader", "басшы")), analyzers());
        LanguageAnalyzer kk = analyzers().get(Language.KK);
        assertEquals(List.of(Set.of(0)), c.match(Analysis.positions(kk, "басым"), Language.KK)
                .concepts());
        assertEquals(List.of(Set.of(1)), c.match(Analysis.positions(kk, "басшысы"), Language.KK)
                .concepts());
    }

    @Test
    void aPhraseOfAGroupStandsWordForWordForTheGroupsOtherPhrasesAsLong() {
        Concepts c = Concepts.of(List.of(List.of("median age", "average age", "медианный возраст", "old")),
                analyzers());
        var forms = c.match(Analysis.positions(analyzers().get(Language.EN), "average age"), Language.EN)
                .phraseForms();
        assertTrue(forms.get(0).get(Language.EN).contains("median"), "average stands for median: " + forms);
        assertTrue(forms.get(1).get(Language.EN).contains("ag"), "age for age (Porter's stem): " + forms);
        assertTrue(forms.get(0).get(Language.RU).containsAll(Analysis.positions(analyzers().get(Language.RU),
                "медианный").get(0)), "and for «медианный»: " + forms);
        assertFalse(forms.get(0).get(Language.EN).contains("old"), "a one-word entry is no word of a phrase");
        assertEquals(List.of(Map.of()), c.match(Analysis.positions(analyzers().get(Language.EN), "old"),
                Language.EN).phraseForms(), "a word matched alone takes no phrase's words");
    }

    @Test
    void aSchoolOrAHospitalIsSearchedAsEducationOrHealthCareButNotTheOtherWayRound() {
        // with the seed documents alone, «кто отвечает за школы, больницы» had met only "responsible" of the central
        // government; the provinces are "responsible for … education, healthcare"
        Concepts c = Concepts.of(BuiltInConcepts.groups(), analyzers());
        LanguageAnalyzer ru = analyzers().get(Language.RU);
        Set<Integer> school = c.match(Analysis.positions(ru, "школы"), Language.RU).concepts().get(0);
        assertTrue(school.stream().anyMatch(g -> c.forms(g, Language.EN).contains("educ")), school.toString());
        Set<Integer> hospital = c.match(Analysis.positions(ru, "больницы"), Language.RU).concepts().get(0);
        assertTrue(hospital.stream().anyMatch(g -> c.forms(g, Language.EN).contains("healthcar")), hospital.toString());
        Set<Integer> education = c.match(Analysis.positions(analyzers().get(Language.EN), "education"), Language.EN)
                .concepts().get(0);
        assertFalse(education.stream().anyMatch(g -> c.forms(g, Language.EN).contains("school")),
                "education is more than schools");
    }
}
