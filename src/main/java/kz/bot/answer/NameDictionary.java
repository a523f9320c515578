package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bot.facts.Entity;
import kz.bot.facts.FactBook;
import kz.bot.facts.NameEntry;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;

/**
 * Every name of the knowledge's entities as comparable forms, by first form: their full names, a person's single
 * names, a region's or city's name without the word for region or city, and a sight's Kazakh name without its sight
 * word. Built once per knowledge base; immutable after construction and thread-safe.
 */
final class NameDictionary {

    /** One name of an entity, as comparable forms ("Ust-Kamenogorsk" → [уст, каменогорск]). */
    record Name(List<String> forms, Entity entity, String written) {
    }

    private final Map<String, List<Name>> byFirstForm = new HashMap<>();
    private final Map<Long, Set<String>> oneWordNames = new HashMap<>();
    private final Set<String> forms = new HashSet<>();
    /** Everyday words that are one word of a longer name (name.not_alone): never that name by themselves. */
    private final Set<String> everydayWords = new HashSet<>();

    /**
     * @param kindWords forms of words such as "region", «область», «облысы»: a region's name is also recognised
     *                  without them («Туркестанскую» for «Туркестанская область»)
     */
    NameDictionary(FactBook book, TextIndex index, Set<String> kindWords) {
        Set<String> sightWords = wordForms(index, "word.sight");
        everydayWords.addAll(wordForms(index, "name.not_alone"));
        List<Name> withoutSightWords = new ArrayList<>();
        for (NameEntry n : book.names()) {
            List<String> f = NameFinder.firstForms(index.nameForms(n.name()));
            if (f.isEmpty() || f.size() == 1 && sightWords.contains(f.get(0))) {
                // a one-word name that is the word for a kind of sight in some language ("Teniz", a lake's other
                // name, is «теңіз», sea) would make every question about a sea one about that lake
                continue;
            }
            add(new Name(List.copyOf(f), n.entity(), n.name()));
            if (n.entity().kind() == EntityKind.PERSON && f.size() > 1) {
                // people are called by one of their names: "Abai", "Tokayev"; not by one of three letters, which
                // other words share: Denis Ten's «Тен» is «тенге» with the Kazakh dative ending taken off; nor by one
                // that is an everyday word (name.not_alone, see add)
                for (String part : f) {
                    if (part.length() > NameFinder.ABBREVIATION) {
                        add(new Name(List.of(part), n.entity(), n.name()));
                    }
                }
            }
            if (f.size() > 1 && kindWords.contains(f.get(f.size() - 1))) {
                add(new Name(List.copyOf(f.subList(0, f.size() - 1)), n.entity(), n.name()));
            } else if (f.size() > 1 && kindWords.contains(f.get(0))) {
                add(new Name(List.copyOf(f.subList(1, f.size())), n.entity(), n.name()));
            }
            if (f.size() == 2 || f.size() > 2 && n.name().indexOf('-') > 0) {
                // a name of two words, or a hyphenated one, typed as one word: "altynemel", "koktobe", "hantengri",
                // «усткаменогорск»
                List<String> joined = NameFinder.firstForms(index.nameForms(n.name().replaceAll("[- ]", "")));
                if (joined.size() == 1 && !sightWords.contains(joined.get(0))) {
                    add(new Name(joined, n.entity(), n.name()));
                }
            }
            List<String> bare = withoutSightWord(n, f);
            if (bare != null) {
                withoutSightWords.add(new Name(bare, n.entity(), n.name()));
            }
        }
        directionVariants(book, index);
        // «Шарын» for «Шарын шатқалы», when the sight goes by a one-word name already ("Charyn") and no other place
        // is called so (Балқаш, the town)
        for (Name n : withoutSightWords) {
            if (!isExactName(n.forms()) && !oneWordNames(n.entity()).isEmpty()) {
                add(n);
            }
        }
    }

    /**
     * The form of a sight's Kazakh name without the words that say what kind of sight it is, when the name begins or
     * ends with them and one word is left («Шарын шатқалы», «Қайыңды көлі», «Катонқарағай ұлттық паркі»): Kazakh
     * speech drops them; null otherwise. English and Russian names are left as the knowledge lists them: "Also Known
     * As" says which short names a sight goes by and leaves out those that would mislead — «Тенгиз» alone is the oil
     * field more often than «озеро Тенгиз».
     */
    private static List<String> withoutSightWord(NameEntry n, List<String> forms) {
        if (n.entity().kind() != EntityKind.SIGHT || !n.language().equals(Language.KK.code()) || forms.size() < 2) {
            return null;
        }
        String[] words = Phrases.words(n.name());
        if (words.length != forms.size()) {
            return null; // a name whose words the index splits otherwise is left as it is
        }
        Phrases phrases = Phrases.of(Language.KK);
        int from = 0;
        int to = words.length;
        while (to - from > 1 && phrases.has("word.sight", words[to - 1])) {
            to--;
        }
        while (to - from > 1 && phrases.has("word.sight", words[from])) {
            from++;
        }
        boolean bare = to - from == 1
                && !phrases.has("word.sight", words[from]); // «Теңіз көлі»: теңіз is "sea"
        return bare && forms.get(from).length() >= MIN_BARE_NAME ? List.of(forms.get(from)) : null;
    }

    /**
     * The name forms of the single words of {@code key} in every language: the words that say what kind of sight a
     * place is (lake, sea, «теңіз»), or everyday words that are also a part of a person's name.
     */
    private static Set<String> wordForms(TextIndex index, String key) {
        Set<String> out = new HashSet<>();
        for (Language l : Language.values()) {
            for (String word : Phrases.of(l).singleWords(key)) {
                index.nameForms(word).forEach(t -> out.addAll(t.forms()));
            }
        }
        return out;
    }

    /** The directions that begin a place's name in some language ({@code name.direction.*}). */
    private static final List<String> DIRECTIONS = List.of("east", "west", "north", "south");

    /**
     * A name beginning with a direction ("East Kazakhstan", "North Kazakhstan Region") with the direction in Russian
     * and Kazakh as well («Восточно-Казахстанская», «Шығыс Қазақстан»), in each language in which the knowledge gives
     * the place no name of its own (an English article alone): where it does, its own name is the one to find, and
     * «южный Казахстан» stays the south of the country. (Without a Russian name, «север Казахстана» — the north — is
     * read as North Kazakhstan: Snowball gives «север» and «северо» one stem.)
     */
    private void directionVariants(FactBook book, TextIndex index) {
        Map<Long, Set<String>> languages = new HashMap<>();
        for (NameEntry n : book.names()) {
            languages.computeIfAbsent(n.entity().id(), k -> new HashSet<>()).add(n.language());
        }
        Phrases english = Phrases.of(Language.EN);
        // each direction's first forms in the other languages, analysed once
        Map<String, Map<Language, List<String>>> forms = new HashMap<>();
        for (String direction : DIRECTIONS) {
            Map<Language, List<String>> byLanguage = new HashMap<>();
            for (Language l : Language.values()) {
                if (l == Language.EN) {
                    continue;
                }
                List<String> firsts = new ArrayList<>();
                for (String word : Phrases.of(l).singleWords("name.direction." + direction)) {
                    List<String> first = NameFinder.firstForms(index.nameForms(word));
                    if (first.size() == 1) {
                        firsts.add(first.get(0));
                    }
                }
                byLanguage.put(l, firsts);
            }
            forms.put(direction, byLanguage);
        }
        for (NameEntry n : book.names()) {
            String[] words = Phrases.words(n.name());
            String direction = words.length < 2 ? null : DIRECTIONS.stream()
                    .filter(d -> english.has("name.direction." + d, words[0])).findFirst().orElse(null);
            if (direction == null) {
                continue; // most names: nothing to analyse again
            }
            List<String> f = NameFinder.firstForms(index.nameForms(n.name()));
            if (words.length != f.size()) {
                continue;
            }
            forms.get(direction).forEach((l, firsts) -> {
                if (!languages.get(n.entity().id()).contains(l.code())) {
                    for (String first : firsts) {
                        List<String> variant = new ArrayList<>(List.of(first));
                        variant.addAll(f.subList(1, f.size()));
                        add(new Name(List.copyOf(variant), n.entity(), n.name()));
                    }
                }
            });
        }
    }

    /** A sight's name left without its sight word must have this many letters: a shorter one is more often a word. */
    static final int MIN_BARE_NAME = 4;

    private void add(Name name) {
        if (name.forms().size() == 1 && everydayWords.contains(name.forms().get(0))
                && name.written().strip().matches(".*[\\s-].*")) {
            // Beket Ata's «бекет» is a station, Aidyn Aimbetov's «айдын» an ice rink: the everyday word names nobody
            return;
        }
        byFirstForm.computeIfAbsent(name.forms().get(0), k -> new ArrayList<>()).add(name);
        forms.addAll(name.forms());
        if (name.forms().size() == 1) {
            oneWordNames.computeIfAbsent(name.entity().id(), k -> new LinkedHashSet<>()).add(name.forms().get(0));
        }
    }

    /** The names whose first form is {@code form}, in the order they were added; empty when none. */
    List<Name> withFirstForm(String form) {
        return byFirstForm.getOrDefault(form, List.of());
    }

    /** Forms of the entity's one-word names, by which passages may name it in any language. */
    Set<String> oneWordNames(Entity entity) {
        return oneWordNames.getOrDefault(entity.id(), Set.of());
    }

    /** True when {@code forms} are exactly the forms of some name. */
    boolean isExactName(List<String> forms) {
        if (forms.isEmpty()) {
            return false;
        }
        for (Name n : withFirstForm(forms.get(0))) {
            if (n.forms().equals(forms)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code form} is (part of) some name. */
    boolean isNameForm(String form) {
        return forms.contains(form);
    }
}
