package kz.bot.index;

import java.util.List;
import kz.bot.answer.Field;
import kz.bot.language.Language;

/** Names of the Lucene fields of a unit: one place, never string literals elsewhere. */
final class Fields {
    /** Text in each language, analysed by that language's chain. */
    static final String EN = "en";
    static final String RU = "ru";
    static final String KK = "kk";
    /** Capitalised words and figures of every language, in one spelling-independent form. */
    static final String NAMES = "names";
    /** What the unit is ({@code UnitKind}); indexed for filtering and as doc values for reading. */
    static final String KIND = "kind";
    /** A fact's entity id: indexed for filtering, doc values for reading. */
    static final String ENTITY = "entity";
    /** A fact's attribute key, as doc values. */
    static final String ATTRIBUTE = "attribute";
    /** {@code UnitFlags} bits and the length in words, as doc values. */
    static final String FLAGS = "flags";
    static final String WORDS = "words";
    /** Which languages the unit has text in: bit 1 English, 2 Russian, 4 Kazakh (doc values). */
    static final String LANGUAGES = "languages";
    /** The fields a question's words are searched in: the text of each language and the names. */
    static final List<String> SEARCHED = List.of(EN, RU, KK, NAMES);
    /** Stored for passage and sentence units. */
    static final String FILE = "file";
    static final String PASSAGE = "passage";
    static final String SENTENCE = "sentence";
    static final String LINE = "line";
    static final String DATE = "date";
    /** For a sentence, the sentence before it. */
    static final String BEFORE = "before";

    private Fields() {
    }

    static String of(Language language) {
        return language.code();
    }

    /** The Lucene field of one of the answering core's searchable fields. */
    static String of(Field field) {
        return switch (field) {
            case EN -> EN;
            case RU -> RU;
            case KK -> KK;
            case NAMES -> NAMES;
        };
    }

    static String text(Language language) {
        return "text_" + language.code();
    }

    /** The text's words as written (not stemmed): what a misspelt word is compared with. */
    static String spelling(Language language) {
        return "spell_" + language.code();
    }

    static String section(Language language) {
        return "section_" + language.code();
    }

    static String title(Language language) {
        return "title_" + language.code();
    }
}
