package kz.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.bot.knowledge.Problem;
import org.junit.jupiter.api.Test;

/** The analysis chain on its own: word forms, spellings and languages meet; synonyms expand. */
class AnalyzerTest {

    private static final BotAnalyzer PLAIN = BotAnalyzer.forIndexing();

    private static List<String> forms(String text) {
        return Analysis.forms(PLAIN, text);
    }

    private static List<String> kazakh(String text, Set<String> vocabulary) {
        return Analysis.forms(BotAnalyzer.forQuestions(true, null, vocabulary::contains, vocabulary::contains), text);
    }

    @Test
    void aSearchPrefixIsFoldedLikeTheIndexedWords() {
        LanguageAnalyzer kazakh = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK);
        assertEquals("ондир", kazakh.normalize("kk", "Өндір").utf8ToString());
        assertTrue(Analysis.forms(kazakh, "өндіріледі").stream().anyMatch(f -> f.startsWith("ондир")));
        assertEquals("ондир", LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK_LATIN).normalize("kk", "öndir")
                .utf8ToString());
        assertEquals("металл", LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU).normalize("ru", "Металл")
                .utf8ToString());
    }

    @Test
    void aRussianWordInEnMeetsItsOtherForms() {
        // Snowball cuts «тюлень» to «тюл» but «тюленей» to «тюлен»: the word as it is stands beside its stem
        LanguageAnalyzer russian = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU);
        assertEquals(List.of(Set.of("тюл", "тюлен")), Analysis.positions(russian, "тюлень"));
        assertEquals(List.of(Set.of("тюлен")), Analysis.positions(russian, "тюленей"));
        assertTrue(Analysis.positions(russian, "построен").get(0).contains("построен"));
        assertEquals(List.of(Set.of("ол")), Analysis.positions(russian, "олень"), "a short word is left to the stemmer");
    }

    @Test
    void aFigureInGroupsOfThreeIsOneNumberAsPeopleTypeIt() {
        LanguageAnalyzer english = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN);
        LanguageAnalyzer russian = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU);
        assertEquals(List.of("10000", "teng"), Analysis.forms(english, "10,000 tenge"));
        assertEquals(List.of("10000", "тенг"), Analysis.forms(russian, "10 000 тенге"));
        assertEquals(List.of("2347924"), Analysis.forms(russian, "2\u00a0347\u00a0924"));
        assertEquals(List.of("2347924"), Analysis.forms(english, "2,347,924"));
        // a year beside a figure stays a year; a decimal or a list is no figure in groups
        assertEquals(List.of("2024", "год", "111000"), Analysis.forms(russian, "в 2024 году 111 000"));
        assertEquals(List.of("2,3", "млн"), Analysis.forms(russian, "2,3 млн"));
        assertEquals(List.of("1997", "1998"), Analysis.forms(english, "1997, 1998"));
    }

    @Test
    void aPercentSignIsReadAsTheWordInEachLanguage() {
        assertEquals(List.of("63", "percent", "kazakh"), Analysis.forms(LanguageAnalyzer.forText(
                LanguageAnalyzer.Kind.EN), "63% of Kazakhs"));
        List<String> ru = Analysis.forms(LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU), "71,3% населения");
        assertTrue(ru.stream().anyMatch(f -> f.startsWith("процент")), ru.toString());
        List<String> kk = Analysis.forms(LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK), "халықтың 71,3%-ы");
        assertTrue(kk.contains("паиыз"), kk.toString()); // й is folded to и
    }

    @Test
    void anArabicNamesArticleIsReadWithTheNameSoItsLastPartIsNoWordOfItsOwn() {
        // «дін» (religion) folds to «дин»; «Шараф ад-Дин» must not answer «қай дін басым»
        List<String> kk = Analysis.forms(LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK), "Шараф ад-Дин Әли");
        assertFalse(kk.contains("дин"), kk.toString());
        assertTrue(Analysis.forms(LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK), "қай дін").contains("дин"));
        List<String> ru = Analysis.forms(LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU), "Шараф ад-Дина Али");
        assertFalse(ru.stream().anyMatch(f -> f.startsWith("дин")), ru.toString());
    }

    @Test
    void aShortKazakhStemThatIsAlsoAVerbIsNotCutFromTheVerbsForms() {
        // жаз is summer and жазу to write; ту is a flag and туу to be born (kazakh-verb-stems.txt)
        assertFalse(KazakhStemFilter.stems("жазды").contains("жаз"), "wrote is no summer");
        assertFalse(KazakhStemFilter.stems("туды").contains("ту"), "was born is no flag");
        assertTrue(KazakhStemFilter.stems("жазда").contains("жаз"), "in summer: " + KazakhStemFilter.stems("жазда"));
        assertTrue(KazakhStemFilter.stems("тудың").contains("ту"), "of the flag: " + KazakhStemFilter.stems("тудың"));
    }

    @Test
    void aLongerStemThatIsAlsoAVerbIsNotCutFromTheVerbsFormsEither() {
        // Орал is the city and оралу to return
        assertFalse(KazakhStemFilter.stems("оралды").contains("орал"), "came back is not Oral");
        assertFalse(KazakhStemFilter.stems("оралып").contains("орал"));
        assertTrue(KazakhStemFilter.stems("оралда").contains("орал"), "in Oral: " + KazakhStemFilter.stems("оралда"));
        assertTrue(KazakhStemFilter.stems("оралдың").contains("орал"));
    }

    @Test
    void aRussianAdjectiveMeetsTheNounItIsMadeFrom() {
        LanguageAnalyzer russian = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU);
        assertEquals(List.of(Set.of("президентск", "президент"), Set.of("срок")),
                Analysis.positions(russian, "президентский срок"));
        assertEquals(List.of(Set.of("президент")), Analysis.positions(russian, "президента"));
        assertEquals(List.of(Set.of("городск"), Set.of("населен")), Analysis.positions(russian, "городское население"),
                "«город» is too short a remain to be cut: a question's «в этом городе» points back to a city");
        assertEquals(List.of(Set.of("морск")), Analysis.positions(russian, "морской"));
    }

    @Test
    void anEnglishAdjectiveMeetsTheNounItIsMadeFrom() {
        LanguageAnalyzer english = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN);
        assertEquals(Analysis.forms(english, "president term"), Analysis.forms(english, "presidential terms"));
        assertEquals(Analysis.forms(english, "history museum"), Analysis.forms(english, "historical museums"));
        assertEquals(Analysis.forms(english, "parliament election"),
                Analysis.forms(english, "parliamentary elections"));
        assertEquals(Analysis.forms(english, "coast town"), Analysis.forms(english, "coastal towns"));
    }

    @Test
    void aSuperlativeIsNoFormOfItsAdjective() {
        LanguageAnalyzer english = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN);
        // "is Astana the biggest city" ranks cities; "big" is a size, which the knowledge's synonyms make the area
        assertEquals(List.of("biggest", "citi"), Analysis.forms(english, "biggest city"));
        assertEquals(List.of("largest", "lake"), Analysis.forms(english, "the largest lake"));
        assertEquals(Analysis.forms(english, "big"), Analysis.forms(english, "bigger"), "a comparative still is");
    }

    @Test
    void millionsWrittenShortAreReadAsTheWord() {
        LanguageAnalyzer english = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN);
        assertEquals(List.of("almati", "1.8", "million"), Analysis.forms(english, "Almaty, 1.8M"));
        assertEquals(List.of("popul", "20", "million"), Analysis.forms(english, "a population of 20mn"));
        assertEquals(List.of("peak", "5m", "high"), Analysis.forms(english, "a peak 5m high"), "metres stay");
    }

    @Test
    void kazakhTypedInLatinLosesItsEndingOnlyDownToAOneWordName() {
        Set<String> names = Set.copyOf(forms("Astana Semey"));
        List<String> read = Analysis.forms(BotAnalyzer.forQuestions(true, null, names::contains, names::contains),
                "astanada semeyde");
        assertEquals(forms("Astana Semey"), read);
        // a word of a longer name is a stem only where a possessive ends it, as the last word of a Kazakh name does:
        // "koline" is «көлі» + -не (Үлкен Алматы көлі), "kolde" («көлде», in a lake) no name's word
        Set<String> lakeWord = Set.copyOf(forms("көлі"));
        BotAnalyzer lake = BotAnalyzer.forQuestions(true, null, lakeWord::contains, f -> false);
        assertEquals(forms("көлі"), Analysis.forms(lake, "koline"));
        assertEquals(forms("kolde"), Analysis.forms(lake, "kolde"));
    }

    @Test
    void aKazakhNameTypedInLatinIsReadAsItsCyrillicSpellingAndAnEndingIsCutToAOneWordName() {
        List<String> names = List.of("Шығыс Қазақстан", "Батыс Қазақстан", "Қазақстан", "Қазақстанның Ұлттық музейі");
        BotAnalyzer analyzer = KnownNames.of(names).analyzer();
        assertEquals(Analysis.forms(analyzer, "Шығыс Қазақстан"), Analysis.forms(analyzer, "shygys qazaqstan"),
                "not the English stemmer's 'shygi'");
        assertEquals(Analysis.forms(analyzer, "Батыс Қазақстан"), Analysis.forms(analyzer, "batys kazakstan"));
        assertEquals(Analysis.forms(analyzer, "Қазақстан"), Analysis.forms(analyzer, "Қазақстанның"),
                "the genitive of the country, though a longer name has the whole word");
    }

    @Test
    void russianInflectionsReduceToOneForm() {
        assertEquals(forms("Караганда"), forms("Караганде"));
        assertEquals(forms("Мангистауская"), forms("Мангистауской"));
        assertEquals(forms("население"), forms("населения"));
        assertEquals(forms("ёлка"), forms("елка"));
    }

    @Test
    void aRussianWordSnowballCutsTooFarKeepsTheStemOfItsOtherForms() {
        LanguageAnalyzer russian = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU);
        assertEquals(List.of("казах", "казах", "казах"), Analysis.forms(russian, "казах казахов казаха"));
        assertEquals(List.of("казы"), Analysis.forms(russian, "казы"), "the sausage is a word of its own, not «каз»");
        assertNotEquals(Analysis.forms(russian, "метр"), Analysis.forms(russian, "метро"), "a metro is no metre");
        assertEquals(Analysis.forms(russian, "уран"), Analysis.forms(russian, "урана"));
    }

    @Test
    void aWordWhoseVowelDropsOutOfItsOtherFormsMeetsThem() {
        LanguageAnalyzer russian = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.RU);
        assertEquals(List.of("дворц", "дворц", "дворц"), Analysis.forms(russian, "дворец дворца дворцом"));
        assertEquals(Analysis.forms(russian, "посёлка"), Analysis.forms(russian, "посёлок"));
        assertEquals(Analysis.forms(russian, "иностранцам"), Analysis.forms(russian, "иностранец"));
        assertEquals(forms("Дворец"), forms("Дворца"), "a name's forms meet too");
    }

    @Test
    void aBritishSpellingMeetsTheAmericanOne() {
        LanguageAnalyzer english = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.EN);
        assertEquals(Analysis.forms(english, "color theaters symbolize organization"),
                Analysis.forms(english, "colour theatres symbolise organisation"));
    }

    @Test
    void aWordSnowballCutsToANamesStemIsNoFormOfTheName() {
        assertEquals(forms("уран"), forms("урана"));
        assertNotEquals(forms("Урал"), forms("урана"), "uranium is no form of the Ural");
        assertEquals(forms("Урал"), forms("Урала"));
    }

    /**
     * Spellings of one name in the two scripts usually reduce to one form. Where Snowball cuts a Cyrillic name like a
     * Russian word («Өскемен», «Жамбыл») they do not, and the place is still found because every place is known under
     * its names in both scripts — see {@code answer.CommandsTest#everySpellingFindsThePlace}.
     */
    @Test
    void latinAndCyrillicSpellingsMeet() {
        assertEquals(forms("Алматы"), forms("Almaty"));
        assertEquals(forms("Шымкент"), forms("Shymkent"));
        assertEquals(forms("Қарағанды"), forms("Qaragandy"));
        assertEquals(forms("Қарағанды"), forms("Karagandy"));
        assertEquals(forms("Zhambyl"), forms("Jambyl"));
        assertEquals(forms("Семей"), forms("Semey"));
        assertEquals(forms("Қостанай"), forms("Kostanay"));
        assertEquals(forms("Абай"), forms("Abai"));
        assertEquals(forms("Усть-Каменогорск"), forms("Ust-Kamenogorsk"));
        assertEquals(forms("Уральск"), forms("Uralsk"));
        assertEquals(forms("Целиноград"), forms("Tselinograd"));
    }

    @Test
    void kazakhEndingsAreStrippedToAWordTheKnowledgeKnows() {
        Set<String> vocabulary = Set.copyOf(forms("Алматы облыс астана халқы Қазақстан Атырау"));
        assertEquals(forms("Алматы"), kazakh("Алматының", vocabulary));
        assertEquals(forms("Алматы"), kazakh("Алматыда", vocabulary));
        assertEquals(forms("облыс"), kazakh("облысының", vocabulary));
        assertEquals(forms("облыс"), kazakh("облысы", vocabulary));
        assertEquals(forms("Қазақстан"), kazakh("Қазақстанның", vocabulary));
        assertEquals(forms("Атырау"), kazakh("Атыраудан", vocabulary));
        assertEquals(forms("Алматы"), kazakh("Алматынын", vocabulary), "typed without Kazakh letters");
    }

    @Test
    void aRussianCaseFormOfANameInYMeetsTheName() {
        Set<String> names = Set.copyOf(forms("Костанай Семей"));
        assertEquals(forms("Костанай"), kazakh("Костаная", names));
        assertEquals(forms("Костанай"), kazakh("Костанае", names));
        assertEquals(forms("Семей"), kazakh("Семею", names));
        assertEquals(forms("Семей"), kazakh("Семеем", names));
        assertEquals(forms("большая"), kazakh("большая", names), "no name: the word is read as it is");
        assertEquals("большой", CanonicalForms.ofNameInY("большое"));
        assertEquals(null, CanonicalForms.ofNameInY("река"), "a consonant before the ending: not a name in -й");
    }

    @Test
    void aThreeLetterStemIsKeptOnlyWhenItIsAWordOfItsOwn() {
        assertTrue(KazakhStemFilter.stems("жылдың").contains("жыл"), "жыл, a year, is listed");
        assertTrue(KazakhStemFilter.stems("жылы").contains("жыл"));
        assertTrue(!KazakhStemFilter.stems("астана").contains("аст"), "аст + ана is no cut: аст is not listed");
        assertTrue(KazakhStemFilter.stems("тауы").contains("тау"));
        assertTrue(KazakhStemFilter.stems("елмен").contains("ел"), "ел, a country: «неше елмен шекаралас»");
        assertTrue(KazakhStemFilter.stems("туында").contains("ту"), "ту, a flag");
        assertTrue(KazakhStemFilter.stems("суын").contains("су"), "су, water: «құбыр суын ішуге бола ма»");
        assertTrue(KazakhStemFilter.stems("суы").contains("су"));
        assertTrue(!KazakhStemFilter.stems("сурет").contains("су"), "a picture is no water");
        assertTrue(!KazakhStemFilter.stems("астана").contains("ас"), "ас is not listed: астана is not ас + та + на");
        assertTrue(KazakhStemFilter.stems("жүзі").contains("жуз"), "жүз, a zhuz: «үш жүзі» meets «Ұлы жүз»");
    }

    @Test
    void aKazakhEndingCutOffByAHyphenIsNoWordButAWordThatFoldsLikeOneStays() {
        LanguageAnalyzer kk = LanguageAnalyzer.forText(LanguageAnalyzer.Kind.KK);
        assertEquals(Analysis.forms(kk, "ЖІӨ"), Analysis.forms(kk, "ЖІӨ-сі"));
        assertEquals(Analysis.forms(kk, "ЕАЭО"), Analysis.forms(kk, "ЕАЭО-ға"));
        assertEquals(Analysis.forms(kk, "ЮНЕСКО"), Analysis.forms(kk, "ЮНЕСКО-ның"));
        assertEquals(List.of("дин"), Analysis.forms(kk, "дін"), "дін, religion, folds like дің, which is kept");
        assertEquals(List.of("нан"), Analysis.forms(kk, "нан"), "нан, bread");
        assertEquals(List.of("тын"), Analysis.forms(kk, "тың"), "тың, virgin land: «Тың игеру»");
    }

    @Test
    void stopWordsOfTheThreeLanguagesAreDropped() {
        assertEquals(forms("capital Kazakhstan"), forms("What is the capital of Kazakhstan?"));
        assertEquals(forms("столица"), forms("Какая столица?"));
        assertEquals(forms("астанасы"), forms("астанасы қандай?"));
    }

    @Test
    void synonymsExpandAcrossLanguagesAndBadRulesAreReportedByLine() {
        List<Problem> problems = new ArrayList<>();
        Synonyms synonyms = Synonyms.parse("synonyms.txt", """
                # comment
                population, население, халқы
                capital, the
                oil, нефть
                """, problems);
        assertEquals(List.of(new Problem("synonyms.txt", 3,
                "bad synonym rule: term: the was completely eliminated by analyzer")), problems);
        BotAnalyzer questions = BotAnalyzer.forQuestions(false, synonyms.map(), f -> false, f -> false);
        List<Set<String>> positions = Analysis.positions(questions, "населения нефть");
        assertEquals(2, positions.size());
        assertTrue(positions.get(0).containsAll(forms("population население халқы")), positions.toString());
        assertTrue(positions.get(1).containsAll(forms("oil")), positions.toString());
    }

    @Test
    void questionsAreCutToABoundedNumberOfWords() {
        String huge = "word ".repeat(100_000);
        assertEquals(BotAnalyzer.MAX_QUESTION_TOKENS,
                Analysis.forms(BotAnalyzer.forQuestions(false, null, f -> false, f -> false), huge).size());
    }
}
