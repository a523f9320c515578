package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.knowledge.EntityKind;
import kz.bot.language.Language;
import kz.bot.language.LanguageDetector;

/**
 * The answering core: commands, then structured facts, then passages, then "I don't know". One instance serves one
 * knowledge base; it is immutable and thread-safe. No Lucene, SQLite or Telegram type appears here.
 */
public final class Answerer {

    /** Longer messages are cut: no question needs more, and the cost of analysis must stay bounded. */
    static final int MAX_QUESTION_CHARS = 1000;
    /** Free-text answers stay short enough to read on a phone. */
    static final int FREE_TEXT_LIMIT = 800;
    static final int CARD_LIMIT = 3000;
    /** A passage must contain at least this weighted share of the question's words to be given as an answer. */
    static final double PASSAGE_COVERAGE = 0.6;
    static final double SEARCH_COVERAGE = 0.3;
    /** A fact that matches less than this share of the question's words answers a different question. */
    static final double MIN_FACT_COMPLETENESS = 0.5;

    private final FactBook book;
    private final TextIndex index;
    private final NameFinder names;
    private final Cards cards;
    private final Commands commands;
    private final Entity country;
    /** Form of a word or its synonym → the attribute keys whose names contain it. */
    private final Map<String, Set<String>> attributesByForm = new HashMap<>();
    /** Attribute key → how many words its name has. */
    private final Map<String, Integer> attributeWords = new HashMap<>();
    private final Set<String> attributeVocabulary = new HashSet<>();
    private final Map<Long, Map<String, Set<String>>> valueIndex = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> typoAttributes = new ConcurrentHashMap<>();
    /** Caches of what a word matches are bounded: questions may contain any number of distinct words. */
    private static final int CACHE_LIMIT = 50_000;
    private final Set<String> regionWords;
    private final Set<String> cityWords;

    public Answerer(FactBook book, TextIndex index) {
        this.book = book;
        this.index = index;
        this.regionWords = words("region", "province", "область", "облыс");
        this.cityWords = words("city", "town", "город", "қала");
        this.names = new NameFinder(book, index, regionWords);
        Localizer localizer = new Localizer(book);
        this.cards = new Cards(book, localizer);
        List<Entity> countries = book.entities(EntityKind.COUNTRY);
        this.country = countries.size() == 1 ? countries.get(0) : null;
        for (Entity e : book.entities()) {
            for (Map.Entry<String, List<Fact>> attr : book.facts(e).entrySet()) {
                String key = attr.getKey();
                if (attributeWords.containsKey(key)) {
                    continue;
                }
                List<Set<String>> meaning = index.meaning(attr.getValue().get(0).attribute(), Language.EN);
                attributeWords.put(key, Math.max(1, meaning.size()));
                for (Set<String> position : meaning) {
                    attributeVocabulary.addAll(position);
                    position.forEach(f -> attributesByForm.computeIfAbsent(f, x -> new HashSet<>()).add(key));
                }
            }
        }
        this.commands = new Commands(book, index, names, cards);
    }

    private Set<String> words(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            Language language = LanguageDetector.detect(w, Language.EN);
            index.meaning(w, language).forEach(out::addAll);
        }
        return Set.copyOf(out);
    }

    /** Answers {@code question}; never throws for any text. */
    public Answer answer(Question question) {
        String text = clip(question.text());
        Language language = LanguageDetector.detect(text, question.fallback());
        if (text.isBlank()) {
            Messages say = Messages.get(language);
            return new Answer.DontKnow("", say.say("empty_question"), List.of(), language);
        }
        var command = CommandCall.parse(text);
        if (command.isPresent()) {
            Language commandLanguage = command.get().argument().isBlank() ? question.fallback()
                    : LanguageDetector.detect(command.get().argument(), question.fallback());
            return commands.run(command.get(), commandLanguage);
        }
        return freeText(text, language);
    }

    /**
     * Several answers to {@code question}, best first, for a client that shows a list to pick from (Telegram's inline
     * mode): the answer {@link #answer} gives when it knows one, then the card of every city and region the text names
     * or begins to name, then the passages a search finds. No two have the same text; at most {@code limit}.
     */
    public List<Answer> answers(Question question, int limit) {
        List<Answer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Answer main = answer(question);
        if (main.found()) {
            add(out, seen, main);
        }
        String text = clip(question.text());
        if (text.isBlank() || CommandCall.parse(text).isPresent()) {
            return out.size() > limit ? out.subList(0, limit) : out;
        }
        Language language = LanguageDetector.detect(text, question.fallback());
        Set<Entity> named = new LinkedHashSet<>();
        for (EntityKind kind : List.of(EntityKind.CITY, EntityKind.REGION)) {
            named.addAll(names.lookup(text, language, kind));
        }
        named.addAll(names.startingWith(text, language, limit));
        for (Entity e : named) {
            add(out, seen, cards.card(e, language, CARD_LIMIT));
        }
        for (PassageHit hit : index.search(text, language, limit)) {
            if (hit.coverage() >= SEARCH_COVERAGE) {
                String title = hit.section() == null || hit.section().isBlank() ? hit.title() : hit.section();
                add(out, seen, new Answer.PassageAnswer(title, Passages.shorten(hit.text(), FREE_TEXT_LIMIT),
                        List.of(hit.citation()), List.of(), language));
            }
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    private static void add(List<Answer> out, Set<String> seen, Answer answer) {
        if (seen.add(answer.body())) {
            out.add(answer);
        }
    }

    /** Removes control characters and cuts overlong text at a word boundary. */
    static String clip(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_QUESTION_CHARS));
        for (int i = 0; i < text.length() && sb.length() < MAX_QUESTION_CHARS; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '\n' || c == '\t') {
                sb.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                continue;
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX_QUESTION_CHARS) {
            int space = sb.lastIndexOf(" ");
            if (space > MAX_QUESTION_CHARS / 2) {
                sb.setLength(space);
            }
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
            }
        }
        return sb.toString().strip();
    }

    private Answer freeText(String text, Language language) {
        List<String> forms = index.forms(text, language);
        List<Set<String>> meaning = index.meaning(text, language);
        if (forms.isEmpty() || meaning.size() != forms.size()) {
            // only stop words, or synonyms that changed the word count: fall back to full-text search alone
            return passageOrDontKnow(meaning, language, forms);
        }
        IntPredicate known = i -> meaning.get(i).size() > 1 || index.known(forms.get(i))
                || attributeVocabulary.contains(forms.get(i));
        List<NameFinder.Mention> mentions = readAsKeywords(names.find(forms, known), meaning);
        boolean[] used = new boolean[forms.size()];
        boolean wantRegion = false;
        boolean wantCity = false;
        for (int i = 0; i < forms.size(); i++) {
            wantRegion |= regionWords.contains(forms.get(i));
            wantCity |= cityWords.contains(forms.get(i));
        }
        List<Entity> entities = new ArrayList<>();
        boolean kindWordUsed = false;
        for (NameFinder.Mention m : mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                used[i] = true;
            }
            Entity e = pick(m.entities(), wantRegion, wantCity);
            kindWordUsed |= m.entities().stream().map(Entity::kind).distinct().count() > 1;
            if (!entities.contains(e)) {
                entities.add(e);
            }
        }
        List<Integer> rest = new ArrayList<>();
        List<Integer> content = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            if (used[i]) {
                continue;
            }
            rest.add(i);
            boolean kindWord = regionWords.contains(forms.get(i)) || cityWords.contains(forms.get(i));
            if (!kindWord) {
                content.add(i);
            }
            if (!known.test(i) && !fuzzyAttributeWord(forms.get(i)) && !isKindWordTypo(forms.get(i))) {
                unknown.add(forms.get(i));
            }
        }
        List<Set<String>> search = searchMeaning(meaning, mentions, entities);
        boolean implicit = false;
        if (entities.isEmpty() && country != null && unknown.isEmpty()) {
            entities.add(country);
            implicit = true;
        }
        if (!entities.isEmpty()) {
            List<Integer> attributeWordsOfQuestion = kindWordUsed ? content : rest;
            AttributeMatch match = bestAttribute(entities, attributeWordsOfQuestion, meaning, forms);
            // a word the knowledge base has never seen may change the question ("capital of France"); with the place
            // named explicitly, a stray word is tolerated as long as the fact matched more words
            if (match != null && (unknown.isEmpty() || !implicit && unknown.size() < match.words())) {
                List<Entity> having = entities.stream()
                        .filter(e -> match.keys().stream().anyMatch(book.facts(e)::containsKey)).limit(3).toList();
                Answer fact = cards.attribute(having, match.keys(), language);
                double completeness = Math.min(1.0, (double) match.words() / Math.max(1, content.size()));
                if (completeness >= 1.0) {
                    return fact;
                }
                // the fact answers part of the question ("when did Astana become the capital" finds its status):
                // a passage that contains more of the question's words answers it better
                List<PassageHit> hits = index.search(search, 1);
                if (!hits.isEmpty() && hits.get(0).coverage() >= PASSAGE_COVERAGE
                        && hits.get(0).coverage() > completeness) {
                    return passage(hits.get(0), language);
                }
                if (completeness >= MIN_FACT_COMPLETENESS) {
                    return fact;
                }
                return dontKnow(language, unknown);
            }
            if (!implicit && content.isEmpty() && unknown.isEmpty()) {
                Answer.Reply card = cards.card(entities.get(0), language, FREE_TEXT_LIMIT);
                return new Answer.FactAnswer(card.title(), card.body(), card.sources(), card.choices(), language);
            }
        }
        return passageOrDontKnow(search, language, unknown);
    }

    /**
     * The question's meaning for full-text search, where each place it names also stands for its other one-word
     * names: «Южно-Казахстанская область» finds the English passage about "Turkistan region".
     */
    private List<Set<String>> searchMeaning(List<Set<String>> meaning, List<NameFinder.Mention> mentions,
                                            List<Entity> entities) {
        if (mentions.isEmpty()) {
            return meaning;
        }
        List<Set<String>> out = new ArrayList<>();
        int next = 0;
        for (NameFinder.Mention m : mentions) {
            out.addAll(meaning.subList(next, m.start()));
            Set<String> alternatives = new LinkedHashSet<>();
            if (m.end() - m.start() == 1) {
                // the words of a multi-word name are not each a name ("South", "Kazakhstan")
                alternatives.addAll(meaning.get(m.start()));
            }
            for (Entity e : m.entities()) {
                if (entities.contains(e)) {
                    alternatives.addAll(names.oneWordNames(e));
                }
            }
            out.add(alternatives.isEmpty() ? meaning.get(m.start()) : Set.copyOf(alternatives));
            next = m.end();
        }
        out.addAll(meaning.subList(next, meaning.size()));
        return out;
    }

    /**
     * A word that is both a name and a keyword (Kazakh «астана» is also "capital") reads as the keyword when the
     * question names something else as well: «Қазақстанның астанасы» asks for Kazakhstan's capital.
     */
    private List<NameFinder.Mention> readAsKeywords(List<NameFinder.Mention> mentions, List<Set<String>> meaning) {
        if (mentions.size() < 2) {
            return mentions;
        }
        List<NameFinder.Mention> kept = new ArrayList<>();
        for (NameFinder.Mention m : mentions) {
            boolean keyword = m.end() - m.start() == 1 && meaning.get(m.start()).size() > 1
                    && intersects(meaning.get(m.start()), attributeVocabulary);
            if (!keyword) {
                kept.add(m);
            }
        }
        return kept.isEmpty() ? mentions : kept;
    }

    /** Among the entities a name may mean, the one the question's words point to; a city when nothing does. */
    private static Entity pick(List<Entity> candidates, boolean wantRegion, boolean wantCity) {
        EntityKind[] order = wantRegion && !wantCity
                ? new EntityKind[] {EntityKind.REGION, EntityKind.CITY, EntityKind.COUNTRY}
                : new EntityKind[] {EntityKind.CITY, EntityKind.REGION, EntityKind.COUNTRY};
        for (EntityKind kind : order) {
            for (Entity e : candidates) {
                if (e.kind() == kind) {
                    return e;
                }
            }
        }
        return candidates.get(0);
    }

    /**
     * The attributes chosen for a question — the best one, and a second one that fits nearly as well ("Cities Over
     * 1M" and "Number of Cities Over 1M") — and how many of the question's words chose them.
     */
    private record AttributeMatch(List<String> keys, int words) {
    }

    /** A second attribute is answered as well when the question's words make up this much of its name. */
    private static final double RUNNER_UP_NAME_SHARE = 0.75;

    /**
     * The attribute of the first entity that best fits the question's other words: words matching the attribute's
     * name count fully, words found in its newest value count less ("When did Shymkent become a city of republican
     * significance?" is answered by its status, whose value says "since 2018").
     */
    private AttributeMatch bestAttribute(List<Entity> entities, List<Integer> words, List<Set<String>> meaning,
                                         List<String> forms) {
        if (words.isEmpty()) {
            return null;
        }
        for (Entity e : entities) {
            String best = null;
            String second = null;
            double bestScore = 0;
            double secondScore = 0;
            double bestShare = 0;
            int bestWords = 0;
            int secondWords = 0;
            double secondShare = 0;
            Map<String, List<Fact>> facts = book.facts(e);
            Map<String, Set<String>> values = valueIndex(e);
            Map<String, int[]> hits = new HashMap<>();
            for (int i : words) {
                Set<String> named = attributesNamedBy(meaning.get(i), forms.get(i));
                Set<String> valued = new HashSet<>();
                for (String alternative : meaning.get(i)) {
                    valued.addAll(values.getOrDefault(alternative, Set.of()));
                }
                for (String key : named) {
                    if (facts.containsKey(key)) {
                        hits.computeIfAbsent(key, k -> new int[2])[0]++;
                    }
                }
                for (String key : valued) {
                    if (!named.contains(key)) {
                        hits.computeIfAbsent(key, k -> new int[2])[1]++;
                    }
                }
            }
            for (String key : facts.keySet()) {
                int[] h = hits.get(key);
                int byName = h == null ? 0 : h[0];
                int byValue = h == null ? 0 : h[1];
                if (byName == 0 && byValue < 2) {
                    continue;
                }
                // other names of a place ("Also Known As") only when nothing else fits as well ("known for")
                double share = Math.min(1.0, (double) byName / attributeWords.get(key));
                double score = byName + byValue * 0.6 + share * 0.5 - (Cards.isNameKey(key) ? 0.25 : 0);
                if (score > bestScore) {
                    second = best;
                    secondScore = bestScore;
                    secondWords = bestWords;
                    secondShare = bestShare;
                    best = key;
                    bestScore = score;
                    bestWords = byName + byValue;
                    bestShare = share;
                } else if (score > secondScore) {
                    second = key;
                    secondScore = score;
                    secondWords = byName + byValue;
                    secondShare = share;
                }
            }
            if (best != null) {
                boolean both = second != null && secondWords == bestWords && secondShare >= RUNNER_UP_NAME_SHARE
                        && !Cards.isNameKey(second);
                return new AttributeMatch(both ? List.of(best, second) : List.of(best), bestWords);
            }
        }
        return null;
    }

    /** The attributes whose names contain one of {@code alternatives}, or a word {@code form} is a typo of. */
    private Set<String> attributesNamedBy(Set<String> alternatives, String form) {
        Set<String> keys = new HashSet<>(typoAttributes(form));
        for (String alternative : alternatives) {
            keys.addAll(attributesByForm.getOrDefault(alternative, Set.of()));
        }
        return keys;
    }

    /** Attributes with a name word that {@code form} is a typo of; remembered, as the vocabulary never changes. */
    private Set<String> typoAttributes(String form) {
        if (form.length() < 4) {
            return Set.of();
        }
        Set<String> cached = typoAttributes.get(form);
        if (cached != null) {
            return cached;
        }
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, Set<String>> entry : attributesByForm.entrySet()) {
            if (Edits.isTypo(form, entry.getKey())) {
                keys.addAll(entry.getValue());
            }
        }
        Set<String> result = Set.copyOf(keys);
        if (typoAttributes.size() < CACHE_LIMIT) {
            typoAttributes.put(form, result);
        }
        return result;
    }

    /** For one entity: which of its attributes' newest values contain each form. Built on first use. */
    private Map<String, Set<String>> valueIndex(Entity e) {
        return valueIndex.computeIfAbsent(e.id(), id -> {
            Map<String, Set<String>> out = new HashMap<>();
            book.facts(e).forEach((key, facts) -> {
                for (String form : index.forms(facts.get(0).value(), Language.EN)) {
                    out.computeIfAbsent(form, f -> new HashSet<>()).add(key);
                }
            });
            return out;
        });
    }

    /** «облости» is «области» misspelt: a typo of "region" or "city" is not a word the knowledge lacks. */
    private boolean isKindWordTypo(String form) {
        for (String w : regionWords) {
            if (Edits.isTypo(form, w)) {
                return true;
            }
        }
        for (String w : cityWords) {
            if (Edits.isTypo(form, w)) {
                return true;
            }
        }
        return false;
    }

    private boolean fuzzyAttributeWord(String form) {
        return !typoAttributes(form).isEmpty();
    }

    private Answer passageOrDontKnow(List<Set<String>> meaning, Language language, List<String> unknown) {
        List<PassageHit> hits = index.search(meaning, 1);
        if (!hits.isEmpty() && hits.get(0).coverage() >= PASSAGE_COVERAGE) {
            return passage(hits.get(0), language);
        }
        return dontKnow(language, unknown);
    }

    private Answer passage(PassageHit hit, Language language) {
        String lead = Messages.get(language).say("in_english");
        String body = Passages.shorten(hit.text(), FREE_TEXT_LIMIT - lead.length() - 1);
        return new Answer.PassageAnswer(lead, body, List.of(hit.citation()), List.of(), language);
    }

    private Answer dontKnow(Language language, List<String> unknownWords) {
        Messages say = Messages.get(language);
        List<Choice> choices = new ArrayList<>();
        Set<Entity> close = new LinkedHashSet<>(names.closestToWords(unknownWords, 3));
        StringBuilder body = new StringBuilder(say.say("dont_know")).append(' ').append(say.say("dont_know_hint"));
        if (!close.isEmpty()) {
            body.append('\n').append(say.say("did_you_mean"));
            for (Entity e : close) {
                String name = Localizer.name(e, language);
                body.append(' ').append(name);
                choices.add(new Choice(name, "/" + (e.kind() == EntityKind.REGION ? "region" : "city") + " "
                        + e.name()));
            }
        }
        return new Answer.DontKnow("", body.toString(), choices, language);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
