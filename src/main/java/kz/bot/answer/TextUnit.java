package kz.bot.answer;

import java.time.LocalDate;
import java.util.Map;
import kz.bot.language.Language;

/**
 * The text of a passage or sentence unit, as stored in the index: what an answer quotes and cites.
 *
 * @param passage  the passage's number within its document
 * @param sentence the sentence's number within the passage, -1 for a whole passage
 * @param texts    the text in each language it exists in (a sentence exists in one)
 * @param sections the section title in each language
 * @param titles   the document's title in each language (English always)
 * @param before   for a sentence, the sentence before it in its passage (empty for the first, and for a passage)
 */
public record TextUnit(int unit, UnitKind kind, String file, int passage, int sentence, Map<Language, String> texts,
                       Map<Language, String> sections, Map<Language, String> titles, LocalDate date, int line,
                       String before) {

    public TextUnit {
        texts = Map.copyOf(texts);
        sections = Map.copyOf(sections);
        titles = Map.copyOf(titles);
    }

    /** "Title, 2026-02-13" in {@code language} (English when the title has no translation). */
    public String citation(Language language) {
        String title = titles.getOrDefault(language, titles.get(Language.EN));
        return date == null ? title : title + ", " + date;
    }
}
