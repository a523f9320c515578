package kz.bot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bot.language.Language;

/**
 * An in-memory {@link TextIndex} for tests of the answering core without Lucene: words are lower-cased and cut at
 * a trailing "s" (so "regions" meets "region"); units are added by the test, facts with their entity and attribute,
 * texts with their words; synonyms are groups of words that stand for each other in every field; a "search" ranks
 * units by how many query words they contain.
 */
final class FakeTextIndex implements TextIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "of", "is", "what", "a", "in", "how", "many", "who", "when",
            "where", "does", "do", "and", "to", "which", "are", "there", "hi", "it", "for", "from", "far");

    private record Unit(Hit hit, Map<Field, Set<String>> terms, TextUnit text) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final List<Set<String>> synonyms = new ArrayList<>();

    static String form(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    FakeTextIndex synonyms(String... words) {
        Set<String> group = new LinkedHashSet<>();
        for (String w : words) {
            group.add(form(w));
        }
        synonyms.add(group);
        return this;
    }

    private static Set<String> forms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens(text)) {
            out.addAll(t.forms());
        }
        return out;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!STOP.contains(m.group().toLowerCase(Locale.ROOT))) {
                out.add(new Token(m.start(), m.end(), Set.of(form(m.group()))));
            }
        }
        return out;
    }

    /** Adds a fact unit: entity {@code entity}'s {@code attribute}, whose label and value read {@code text}. */
    FakeTextIndex fact(long entity, String attribute, String text, String names, int flags) {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        terms.put(Field.EN, forms(attribute + " " + text));
        terms.put(Field.NAMES, forms(names));
        int id = units.size();
        units.add(new Unit(new Hit(id, UnitKind.FACT, 0, 0, entity, attribute, flags, 0, 1), terms, null));
        return this;
    }

    /** Adds a passage unit in English. */
    FakeTextIndex passage(String text, int flags) {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        terms.put(Field.EN, forms(text));
        terms.put(Field.NAMES, forms(text));
        int id = units.size();
        TextUnit u = new TextUnit(id, UnitKind.PASSAGE, "test.txt", id, -1, Map.of(Language.EN, text), Map.of(),
                Map.of(Language.EN, "Test document"), null, 1, "");
        units.add(new Unit(new Hit(id, UnitKind.PASSAGE, 0, 0, -1, "", flags, text.split(" ").length, 1), terms, u));
        return this;
    }

    /** Adds a passage unit in English under the section heading {@code section}; passages are numbered as added. */
    FakeTextIndex passageIn(String section, String text) {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        terms.put(Field.EN, forms(text));
        int id = units.size();
        TextUnit u = new TextUnit(id, UnitKind.PASSAGE, "test.txt", id, -1, Map.of(Language.EN, text),
                Map.of(Language.EN, section), Map.of(Language.EN, "Test document"), null, 1, "");
        units.add(new Unit(new Hit(id, UnitKind.PASSAGE, 0, 0, -1, "", 0, text.split(" ").length, 1), terms, u));
        return this;
    }

    /** The hit of the unit added as number {@code id}. */
    Hit hit(int id) {
        return units.get(id).hit();
    }

    /** Adds a passage unit that only a translation into {@code language} has (its words are matched as English). */
    FakeTextIndex translatedPassage(Language language, String text, int flags) {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        terms.put(Field.EN, forms(text));
        int id = units.size();
        TextUnit u = new TextUnit(id, UnitKind.PASSAGE, "test.txt", id, -1, Map.of(language, text), Map.of(),
                Map.of(language, "Test document"), null, 1, "");
        units.add(new Unit(new Hit(id, UnitKind.PASSAGE, 0, 0, -1, "", flags, text.split(" ").length,
                1 << language.ordinal()), terms, u));
        return this;
    }

    @Override
    public List<Token> analyze(String text, Reading how) {
        return tokens(text);
    }

    @Override
    public List<Map<Field, Set<String>>> synonyms(List<Token> tokens, Language language) {
        List<Map<Field, Set<String>>> out = new ArrayList<>();
        for (Token t : tokens) {
            Map<Field, Set<String>> byField = new EnumMap<>(Field.class);
            for (Set<String> group : synonyms) {
                if (group.containsAll(t.forms())) {
                    byField.computeIfAbsent(Field.EN, k -> new LinkedHashSet<>()).addAll(group);
                }
            }
            out.add(byField);
        }
        return out;
    }

    @Override
    public List<Token> nameForms(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), Set.of(form(m.group()))));
        }
        return out;
    }

    @Override
    public Set<String> closeTerms(Field field, String form) {
        return Set.of();
    }

    @Override
    public Set<String> closeWords(Field field, Reading how, String typed) {
        return Set.of();
    }

    @Override
    public boolean typoOfStopWord(kz.bot.language.Language language, String typed) {
        return false; // the fake knows no stop words: every word it is given is searched
    }

    @Override
    public int docFreq(Field field, String term) {
        int n = 0;
        for (Unit u : units) {
            if (u.terms().getOrDefault(field, Set.of()).contains(term)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int docCount(Field field) {
        return units.size();
    }

    private record Prepared(List<QueryWord> words) implements TextIndex.Prepared {
    }

    @Override
    public TextIndex.Prepared prepare(List<QueryWord> words) {
        return new Prepared(words);
    }

    @Override
    public List<Hit> search(TextIndex.Prepared prepared, UnitKind kind, List<Long> entities, int limit) {
        List<QueryWord> words = prepared.words();
        List<Hit> out = new ArrayList<>();
        for (Unit u : units) {
            Hit h = u.hit();
            if (kind != null && h.kind() != kind || !entities.isEmpty() && !entities.contains(h.entity())) {
                continue;
            }
            long covered = 0;
            for (int i = 0; i < words.size(); i++) {
                for (var e : words.get(i).terms().entrySet()) {
                    for (String t : e.getValue()) {
                        if (u.terms().getOrDefault(e.getKey(), Set.of()).contains(t)) {
                            covered |= 1L << i;
                        }
                    }
                }
            }
            if (covered != 0) {
                out.add(new Hit(h.unit(), h.kind(), Long.bitCount(covered), covered, h.entity(), h.attribute(),
                        h.flags(), h.words(), h.languages()));
            }
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    @Override
    public List<Hit> find(String query, Language language, int limit) {
        return List.of();
    }

    @Override
    public TextUnit unit(int unit) {
        return units.get(unit).text();
    }

    @Override
    public Set<String> nameFormsNear(String form, int maxEdits, boolean samePrefix) {
        return Set.of();
    }

    @Override
    public int edits(String a, String b, int max) {
        return a.equals(b) ? 0 : max + 1;
    }

    @Override
    public List<String> nameFormsStartingWith(String prefix, int limit) {
        return List.of();
    }

    /** The entities' names for a fact book. */
    static Map<String, Long> ids(Map<String, Long> ids) {
        return new HashMap<>(ids);
    }
}
