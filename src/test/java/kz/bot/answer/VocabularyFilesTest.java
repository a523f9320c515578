package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import kz.bot.knowledge.Labels;
import kz.bot.language.Language;
import org.junit.jupiter.api.Test;

/** The resource files of words and messages: every key in every language, and each one used the way it should be. */
class VocabularyFilesTest {

    @Test
    void everyMessageKeyIsInEveryLanguage() {
        Set<String> english = Messages.get(Language.EN).keys();
        assertTrue(english.size() > 50, english.toString());
        for (Language l : Language.values()) {
            assertEquals(english, Messages.get(l).keys(), "messages_" + l.code());
        }
    }

    @Test
    void everyPhraseKeyIsInEveryLanguage() {
        Set<String> english = Phrases.keys(Language.EN);
        assertTrue(english.contains("kind.how_many") && english.contains("smalltalk.thanks"), english.toString());
        for (Language l : Language.values()) {
            assertEquals(english, Phrases.keys(l), "words_" + l.code());
        }
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() throws java.io.IOException {
        // a second line with the same key silently replaces the first (java.util.Properties): a list added under a
        // name already taken ("word.superlative") had changed what the first one meant
        for (String file : java.util.List.of("language/words_en.properties", "language/words_ru.properties",
                "language/words_kk.properties", "i18n/messages_en.properties", "i18n/messages_ru.properties",
                "i18n/messages_kk.properties")) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertTrue(in != null, file);
                String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    int eq = line.indexOf('=');
                    if (line.isEmpty() || line.startsWith("#") || eq < 0) {
                        continue;
                    }
                    Integer before = seen.putIfAbsent(line.substring(0, eq).strip(), i + 1);
                    assertEquals(null, before, file + ":" + (i + 1) + " repeats the key of line " + before);
                }
            }
        }
    }

    @Test
    void builtInLabelsCoverTheSameAttributesInRussianAndKazakh() {
        assertEquals(Labels.defaults("ru").keySet(), Labels.defaults("kk").keySet());
        assertEquals("Население", Labels.defaults("ru").get("population"));
        assertEquals("Әкімшілік орталығы", Labels.defaults("kk").get("administrative center"));
    }

    @Test
    void phrasesMatchWholeWordsAndEndingsOnlyWhereStarred() {
        Phrases ru = Phrases.of(Language.RU);
        assertTrue(ru.has("kind.how_many", Phrases.words("Сколько людей живёт в Алматы?")));
        assertTrue(ru.has("kind.how_many", Phrases.words("Скольких?")), "скольк* takes any ending");
        assertFalse(ru.has("kind.who", Phrases.words("Кто-то")) && !ru.has("kind.who", Phrases.words("кто")));
        Phrases en = Phrases.of(Language.EN);
        assertTrue(en.startsWith("kind.yes_no", Phrases.words("Is Almaty the capital?")));
        assertFalse(en.startsWith("kind.yes_no", Phrases.words("What is the capital?")));
        assertEquals(2, en.lengthAt("smalltalk.thanks", Phrases.words("thank you, bye"), 0));
    }

    @Test
    void phrasesForgiveHeldDownLettersMissingKazakhLettersAndChatSpellings() {
        assertEquals("hi", PhraseWords.form("hiiii"));
        assertEquals("вечера", PhraseWords.form("вечераа"));
        assertEquals("салем", PhraseWords.form("салееем"));
        assertEquals("good", PhraseWords.form("good"), "a letter doubled inside a word stays");
        assertEquals("кимсин", PhraseWords.form("кімсің"));
        Phrases kk = Phrases.of(Language.KK);
        assertTrue(kk.has("smalltalk.who", Phrases.words("сен кимсин?")));
        assertTrue(kk.has("smalltalk.how", Phrases.words("калын калай")));
        Phrases en = Phrases.of(Language.EN);
        assertTrue(en.has("smalltalk.who", Phrases.words("who r u")), "r is are, u is you");
        assertTrue(en.has("smalltalk.can", Phrases.words("what can u do")));
        assertFalse(en.has("smalltalk.who", Phrases.words("who r they")));
        assertTrue(en.wholly(SmallTalk.KEYS, Phrases.words("hows it going lol")));
        assertFalse(en.wholly(SmallTalk.KEYS, Phrases.words("hows it going in almaty")));
    }

    @Test
    void chatSpellingsAreWrittenOutBeforeAQuestionIsRead() {
        assertEquals("how many people live in Almaty?", Phrases.of(Language.EN).respell("how many ppl live in Almaty?"));
        assertEquals("когда Казахстан стал независимым", Phrases.of(Language.RU).respell("када Казахстан стал независимым"));
        assertEquals("что za valuta", Phrases.of(Language.RU).respell("che za valuta"), "the slang word only");
        assertEquals("Upper Ural", Phrases.of(Language.EN).respell("Upper Ural"), "only whole words are respelled");
        // two words of which neither means anything alone ("get" and "around" are stop words) stand for one that does
        assertEquals("how do people transport Kazakhstan", Phrases.of(Language.EN).respell("how do ppl get around Kazakhstan"));
        assertEquals("how do i reach from almaty to astana", Phrases.of(Language.EN).respell("how do i get from almaty to astana"),
                "«from» stays: it says where the way starts");
        assertEquals("reaching Almaty", Phrases.of(Language.EN).respell("Getting to Almaty"));
        // three words that stand for one, before two and one
        assertEquals("how many countries border with kazakhstan",
                Phrases.of(Language.EN).respell("how many countries share a border with kazakhstan"));
        assertEquals("Going to Almaty", Phrases.of(Language.EN).respell("Going to Almaty"), "only the listed pairs");
    }

}
