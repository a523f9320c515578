package kz.bot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for each fact of a translation, the fact of the original it translates: the same entity (by its original
 * name, of any kind when the name is unique) and the same attribute. Reports a translated fact the original does not
 * have, and one whose figures differ from the original's.
 */
final class FactMatcher {

    private final Document original;
    private final Document translation;
    private final List<Problem> problems;
    /** "kind|name|attribute key" and "name|attribute key" → index of the original's statement. */
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, List<EntityKind>> kindsByName = new HashMap<>();
    private final EntityName subject;

    FactMatcher(Document original, Document translation, List<Problem> problems) {
        this.original = original;
        this.translation = translation;
        this.problems = problems;
        EntityName country = null;
        for (int i = 0; i < original.statements().size(); i++) {
            Statement s = original.statements().get(i);
            String name = key(s.entity().name());
            String attribute = Names.attributeKey(s.attribute());
            byKey.putIfAbsent(s.entity().kind() + "|" + name + "|" + attribute, i);
            List<EntityKind> kinds = kindsByName.computeIfAbsent(name, k -> new ArrayList<>());
            if (!kinds.contains(s.entity().kind())) {
                kinds.add(s.entity().kind());
            }
            if (country == null && s.entity().kind() == EntityKind.COUNTRY) {
                country = s.entity();
            }
        }
        this.subject = country;
    }

    /** Adds the translation's values to {@code out}: statement index (as text) → language → value. */
    void match(Map<String, Map<String, String>> out) {
        for (Statement t : translation.statements()) {
            EntityName entity = t.entity().name().isEmpty() && subject != null ? subject : t.entity();
            String name = key(entity.name());
            List<EntityKind> kinds = kindsByName.get(name);
            if (kinds == null) {
                problem(t, "'" + entity.name() + "' is not in " + original.file()
                        + " (write the original's English name of the entry)");
                continue;
            }
            EntityKind kind = kinds.contains(entity.kind()) || kinds.size() > 1 ? entity.kind() : kinds.get(0);
            Integer index = byKey.get(kind + "|" + name + "|" + Names.attributeKey(t.attribute()));
            if (index == null) {
                problem(t, "'" + t.attribute() + "' of '" + entity.name() + "' is not in " + original.file()
                        + " (write the original's English attribute name)");
                continue;
            }
            Statement o = original.statements().get(index);
            if (!sameFigures(o, t)) {
                problem(t, "the figures of '" + t.attribute() + "' of '" + entity.name() + "' ("
                        + Numbers.format(Numbers.in(t.value())) + ") differ from the original's ("
                        + Numbers.format(Numbers.in(o.value())) + ", " + original.file() + ":"
                        + o.line() + ")");
                continue;
            }
            out.computeIfAbsent(String.valueOf(index), k -> new HashMap<>()).put(translation.language(), t.value());
        }
    }

    private static boolean sameFigures(Statement original, Statement translated) {
        if (original.number() != null && translated.number() != null
                && Math.abs(original.number() - translated.number()) > 1e-6 * Math.abs(original.number())) {
            return false;
        }
        if (Names.isNameAttribute(original.attribute())) {
            return true; // names may be written with or without their years in each language
        }
        List<Double> a = new ArrayList<>(Numbers.in(original.value()));
        List<Double> b = new ArrayList<>(Numbers.in(translated.value()));
        a.sort(null);
        b.sort(null);
        return a.equals(b);
    }

    private void problem(Statement t, String message) {
        problems.add(new Problem(translation.file(), t.line(), message));
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
