package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges translation files ({@code cities.ru.txt} translating {@code cities.txt}) into their originals. Facts are
 * matched by entity and attribute, passages by their order within the sections that hold prose. What cannot be
 * matched, and a figure that differs from the original's, is a problem; what the original has and a translation
 * lacks is a warning.
 */
final class Translations {

    /** The languages every original should be translated into. */
    static final List<String> LANGUAGES = List.of("ru", "kk");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("ru", "Russian", "kk", "Kazakh");

    private final List<Problem> problems;
    private final List<Problem> warnings;
    private final Map<String, Map<String, String>> labels = new TreeMap<>();

    private Translations(List<Problem> problems, List<Problem> warnings) {
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The outcome of a merge: the originals with their translations, and the labels of every language. */
    record Merged(List<Document> documents, Map<String, Map<String, String>> labels) {
    }

    /**
     * Merges the translations among {@code documents} into their originals.
     *
     * @param translatesLines translation file → the line of its {@code translates:} key, where problems about the
     *                        whole file are reported
     */
    static Merged merge(List<Document> documents, Map<String, Integer> translatesLines, List<Problem> problems,
                        List<Problem> warnings) {
        return new Translations(problems, warnings).run(documents, translatesLines);
    }

    private Merged run(List<Document> documents, Map<String, Integer> translatesLines) {
        Map<String, Document> originals = new LinkedHashMap<>();
        List<Document> translations = new ArrayList<>();
        for (Document d : documents) {
            if (d.isTranslation()) {
                translations.add(d);
            } else {
                originals.put(d.file(), d);
            }
        }
        Map<String, Map<String, Document>> byOriginal = new HashMap<>();
        for (Document t : translations) {
            String target = sibling(t.file(), t.translates());
            Document original = originals.get(target);
            int line = translatesLines.getOrDefault(t.file(), 1);
            if (original == null) {
                problems.add(new Problem(t.file(), line, "translates '" + t.translates()
                        + "', which is not a document in the knowledge directory"));
                continue;
            }
            if (!LANGUAGES.contains(t.language())) {
                continue; // the parser reported the language already
            }
            Document earlier = byOriginal.computeIfAbsent(target, k -> new HashMap<>()).put(t.language(), t);
            if (earlier != null) {
                problems.add(new Problem(t.file(), line, "a second " + LANGUAGE_NAMES.get(t.language())
                        + " translation of " + target + " (the first is " + earlier.file() + ")"));
            }
            labels.computeIfAbsent(t.language(), k -> new TreeMap<>());
            t.labels().forEach((attribute, label) ->
                    labels.get(t.language()).put(Names.attributeKey(attribute), label));
        }
        List<Document> merged = new ArrayList<>();
        for (Document original : originals.values()) {
            merged.add(mergeOne(original, byOriginal.getOrDefault(original.file(), Map.of())));
        }
        warnLabels(merged);
        return new Merged(merged, labels);
    }

    private Document mergeOne(Document original, Map<String, Document> byLanguage) {
        Map<String, Map<String, String>> factTexts = new HashMap<>(); // statement index → language → value
        Map<Integer, Map<String, Passage.Text>> passageTexts = new HashMap<>();
        Map<String, Document.Text> docTexts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (language.equals(original.language())) {
                continue;
            }
            Document t = byLanguage.get(language);
            if (t == null) {
                warnings.add(new Problem(original.file(), 0, "no " + LANGUAGE_NAMES.get(language) + " translation ("
                        + translationName(original.file(), language) + ")"));
                continue;
            }
            docTexts.put(language, new Document.Text(t.title(),
                    t.source().isBlank() ? original.source() : t.source(),
                    t.covers().isBlank() ? original.covers() : t.covers()));
            new FactMatcher(original, t, problems).match(factTexts);
            matchPassages(original, t, passageTexts);
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < original.statements().size(); i++) {
            Statement s = original.statements().get(i);
            Map<String, String> texts = factTexts.getOrDefault(String.valueOf(i), Map.of());
            statements.add(s.withTranslations(texts));
            for (String language : byLanguage.keySet()) {
                if (!texts.containsKey(language) && !Names.isRecognitionOnly(s.attribute())) {
                    warnings.add(new Problem(original.file(), s.line(), "'" + s.attribute() + "' of '"
                            + s.entity().name() + "' has no " + LANGUAGE_NAMES.get(language) + " translation"));
                }
            }
        }
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < original.passages().size(); i++) {
            Passage p = original.passages().get(i);
            Map<String, Passage.Text> texts = passageTexts.getOrDefault(i, Map.of());
            passages.add(p.withTranslations(texts));
            for (String language : byLanguage.keySet()) {
                if (p.prose() && !texts.containsKey(language)) {
                    warnings.add(new Problem(original.file(), p.line(), "passage has no "
                            + LANGUAGE_NAMES.get(language) + " translation"));
                }
            }
        }
        return original.merged(passages, statements, docTexts);
    }

    /** Pairs the n-th passage of the n-th section with prose in the translation with the original's. */
    private void matchPassages(Document original, Document t, Map<Integer, Map<String, Passage.Text>> out) {
        List<List<Integer>> originalSections = proseSections(original.passages());
        List<List<Integer>> translatedSections = proseSections(t.passages());
        for (int s = 0; s < translatedSections.size(); s++) {
            List<Integer> translated = translatedSections.get(s);
            if (s >= originalSections.size()) {
                Passage first = t.passages().get(translated.get(0));
                problems.add(new Problem(t.file(), first.line(), "section '" + first.section() + "' has no"
                        + " counterpart in " + original.file() + ", which has " + originalSections.size()
                        + " section(s) with text"));
                continue;
            }
            List<Integer> originals = originalSections.get(s);
            for (int i = 0; i < translated.size(); i++) {
                Passage p = t.passages().get(translated.get(i));
                if (i >= originals.size()) {
                    problems.add(new Problem(t.file(), p.line(), "passage " + (i + 1) + " of section '" + p.section()
                            + "' has no counterpart: that section of " + original.file() + " has " + originals.size()
                            + " passage(s)"));
                    continue;
                }
                out.computeIfAbsent(originals.get(i), k -> new HashMap<>())
                        .put(t.language(), new Passage.Text(p.section(), p.text()));
            }
        }
    }

    /** Indexes of the prose passages, grouped by section, for the sections that hold any. */
    private static List<List<Integer>> proseSections(List<Passage> passages) {
        Map<Integer, List<Integer>> bySection = new TreeMap<>();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).prose()) {
                bySection.computeIfAbsent(passages.get(i).sectionNo(), k -> new ArrayList<>()).add(i);
            }
        }
        return new ArrayList<>(bySection.values());
    }

    /** Every attribute the originals use needs a label in every language, from a translation or the defaults. */
    private void warnLabels(List<Document> documents) {
        Map<String, Statement> firstUse = new LinkedHashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Document d : documents) {
            for (Statement s : d.statements()) {
                String key = Names.attributeKey(s.attribute());
                if (!Names.isRecognitionOnly(s.attribute()) && firstUse.putIfAbsent(key, s) == null) {
                    fileOf.put(key, d.file());
                }
            }
        }
        Set<String> translated = labels.keySet();
        for (String language : translated) {
            for (var e : firstUse.entrySet()) {
                if (!labels.get(language).containsKey(e.getKey()) && !Labels.defaults(language).containsKey(e.getKey())) {
                    warnings.add(new Problem(fileOf.get(e.getKey()), e.getValue().line(), "attribute '"
                            + e.getValue().attribute() + "' has no " + LANGUAGE_NAMES.get(language)
                            + " label (add it to a [LABELS] block of a ." + language + ".txt file)"));
                }
            }
        }
    }

    /** {@code name} resolved next to {@code file}: "dir/cities.ru.txt" translating "cities.txt" → "dir/cities.txt". */
    static String sibling(String file, String name) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? name : file.substring(0, slash + 1) + name;
    }

    static String translationName(String file, String language) {
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") ? file.substring(0, file.length() - 4) + "." + language + ".txt" : file;
    }
}
