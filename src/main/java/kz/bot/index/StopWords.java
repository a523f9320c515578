package kz.bot.index;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Words that carry no meaning for finding an answer, in the three languages, as people write them (before any
 * stemming, so that a stop word never removes a content word that happens to stem alike).
 */
final class StopWords {

    private static final List<String> ENGLISH_QUESTIONS = List.of(
            "what", "what's", "whats", "which", "who", "whom", "whose", "where", "why", "how", "do", "does",
            "did", "can", "could", "would", "should", "tell", "me", "about", "please", "i", "you", "we", "my", "your",
            "its", "it's", "has", "have", "had", "here", "give", "show", "some", "any", "from", "than",
            "been", "being", "am", "were", "so", "let", "us", "want", "like", "know", "one", "there's", "hi", "hello",
            "go", "goes", "going", "get", "gets", "got", "find", "look", "looking", "need", "come", "i'd", "i'm",
            "thing", "things", "really", "also", "just", "very", "mate", "pls", "thanks", "thank", "now", "today",
            "currently", "become", "became", "becomes", "many", "much", "exactly", "actually", "see", "saw", "seen",
            "say", "said", "says", "make", "made", "take", "took", "taken", "put", "use", "used", "happen",
            "happened", "get", "did", "done", "does", "anything", "something", "else", "other", "same", "located",
            "situated", "lie", "lies");
    private static final List<String> RUSSIAN_QUESTIONS = List.of(
            "какое", "какие", "каков", "какова", "каково", "каковы", "скажи", "скажите", "расскажи",
            "расскажите", "пожалуйста", "такое", "это", "сколько", "сейчас", "теперь", "стал", "стала", "стало", "ли", "является", "являются", "привет", "здравствуйте",
            "подскажи", "подскажите", "знаешь", "хочу", "узнать", "какие", "каких", "каким", "какими", "каком",
            "какую", "какого", "какому", "котором", "которой", "который", "какое-то", "вообще", "находится",
            "находятся", "расположен", "расположена", "расположено");
    private static final List<String> KAZAKH = List.of(
            "қандай", "қай", "не", "немен", "кім", "қанша", "неше", "нешеу", "қазір", "қайда", "және", "мен", "бен", "пен",
            "бұл", "ол", "осы", "сол", "ма", "ме", "ба", "бе", "па", "пе", "туралы", "айтып", "айтшы", "бер",
            "беріңіз", "маған", "бар", "еді", "болып", "болады", "деген", "ғой", "да", "де", "та", "те", "қалай",
            "нені", "неге", "сәлем", "сәлеметсіз", "ше", "шы", "ші", "алды", "алған", "болды", "болған", "деп",
            "орналасқан",
            // the same words typed without Kazakh letters, as many people do on a Russian keyboard
            "кандай", "қандаи", "кандаи", "канша", "кай", "калай", "кайда", "кім", "ким");

    /** Question words that decide which fact is meant ("when" asks for a year), taken out of the stock lists. */
    private static final List<String> MEANINGFUL = List.of("when", "когда");

    static final CharArraySet ALL = build();

    private StopWords() {
    }

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(512, true);
        for (Iterable<?> list : List.<Iterable<?>>of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ENGLISH_QUESTIONS,
                RussianAnalyzer.getDefaultStopSet(), RUSSIAN_QUESTIONS, KAZAKH)) {
            for (Object word : list) {
                String w = word instanceof char[] chars ? new String(chars) : word.toString();
                if (!MEANINGFUL.contains(w)) {
                    set.add(w);
                }
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
