package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.bot.language.Language;

/**
 * Greetings, thanks, goodbyes, "who are you", "what can you do", "help" without a slash: a short, friendly reply
 * with example questions to tap, in the question's language. A message that also asks something else ("hi, what is
 * the capital?") is a question, not small talk; a message made only of small-talk phrases is small talk whatever
 * names a typo-tolerant search finds in it («как дела» is not about Delhi).
 */
final class SmallTalk {

    /** Which reply a small-talk signal gets, the more specific first. */
    private static final List<Signal> ORDER = List.of(Signal.COMPLAINT, Signal.WHO_ARE_YOU, Signal.WHAT_CAN_YOU_DO,
            Signal.HELP, Signal.THANKS, Signal.PRAISE, Signal.BYE, Signal.HOW_ARE_YOU, Signal.GREETING, Signal.OK);
    /** The phrase lists of small talk (language/words_*.properties). */
    static final List<String> KEYS = List.of("smalltalk.who", "smalltalk.can", "smalltalk.help",
            "smalltalk.thanks", "smalltalk.bye", "smalltalk.how", "smalltalk.greeting", "smalltalk.ok",
            "smalltalk.praise", "smalltalk.complaint", "smalltalk.filler");

    /** The reply to {@code r}, or null when it is not small talk. */
    Answer reply(Reading r) {
        Signal signal = ORDER.stream().filter(r::has).findFirst().orElse(null);
        boolean whole = Phrases.of(r.language()).wholly(KEYS, Phrases.words(r.text()));
        if (signal == null || !whole && (namesAPlace(r) || !r.foreign().isEmpty() || asksMore(r) || asksOfIt(r))) {
            return null;
        }
        Language language = r.language();
        Messages say = Messages.get(language);
        String key = switch (signal) {
            case WHO_ARE_YOU -> "smalltalk_who";
            case WHAT_CAN_YOU_DO, HELP -> "smalltalk_can";
            case THANKS -> "smalltalk_thanks";
            case BYE -> "smalltalk_bye";
            case HOW_ARE_YOU -> "smalltalk_how";
            case OK -> "smalltalk_ok";
            case PRAISE -> "smalltalk_praise";
            case COMPLAINT -> "smalltalk_complaint";
            default -> "smalltalk_greeting";
        };
        List<Choice> examples = new ArrayList<>();
        if (signal != Signal.BYE) {
            for (String q : say.say("example_questions").split("\\|")) {
                examples.add(new Choice(q, q));
            }
        }
        return new Answer.Chat(say.say(key), examples, language);
    }

    /**
     * True when the question names a place outside its small-talk phrases: "добрый день" is a greeting even though
     * "добрый" is one letter swap from a name the knowledge has.
     */
    private static boolean namesAPlace(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        List<int[]> spans = new ArrayList<>();
        for (String key : KEYS) {
            spans.addAll(phrases.spans(key, r.text()));
        }
        return r.places().stream().anyMatch(p -> spans.stream().noneMatch(s -> s[0] <= p.start() && p.end() <= s[1]));
    }

    /**
     * True when the question asks something of what the conversation is about, beside its small-talk words: it points
     * back ("where can I see it?", whose "I see" is no acknowledgement), asks for more ("ok, tell me more") or asks
     * where, when, how many, how long or why ("ok, and when?").
     */
    private static boolean asksOfIt(Reading r) {
        return r.pointsBack() || r.says("asks.more") || ASKING.contains(r.kind());
    }

    /** The kinds of question no small talk asks ("how are you" is wholly small talk, so never weighed here). */
    private static final Set<AnswerKind> ASKING = EnumSet.of(AnswerKind.WHERE, AnswerKind.WHEN, AnswerKind.HOW_MANY,
            AnswerKind.HOW_LONG, AnswerKind.WHY);

    /** True when a content word of the question is not part of any small-talk phrase. */
    private static boolean asksMore(Reading r) {
        Phrases phrases = Phrases.of(r.language());
        String[] words = Phrases.words(r.text());
        boolean[] covered = new boolean[words.length];
        for (String key : KEYS) {
            for (int i = 0; i < words.length; i++) {
                int n = phrases.lengthAt(key, words, i);
                for (int k = 0; k < n; k++) {
                    covered[i + k] = true;
                }
            }
        }
        for (Word w : r.content()) {
            String[] own = Phrases.words(w.surface());
            for (String part : own) {
                boolean inPhrase = false;
                for (int i = 0; i < words.length; i++) {
                    if (covered[i] && words[i].equals(part.toLowerCase(Locale.ROOT))) {
                        inPhrase = true;
                    }
                }
                if (!inPhrase) {
                    return true;
                }
            }
        }
        return false;
    }
}
