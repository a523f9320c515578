package kz.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final FactBook book;
    private final TextIndex index;
    private final NameFinder names;
    private final Cards cards;
    private final Commands commands;
    private final Entity country;
    private final Map<String, Set<String>> attributeForms = new HashMap<>();
    private final Map<String, Integer> attributeWords = new HashMap<>();
    private final Set<String> attributeVocabulary = new HashSet<>();
    private final Set<String> regionWords;
    private final Set<String> cityWords;

    public Answerer(FactBook book, TextIndex index) {
        this.book = book;
        this.index = index;
        this.names = new NameFinder(book, index);
        Localizer localizer = new Localizer(book);
        this.cards = new Cards(book, localizer);
        List<Entity> countries = book.entities(EntityKind.COUNTRY);
        this.country = countries.size() == 1 ? countries.get(0) : null;
        for (Entity e : book.entities()) {
            for (Map.Entry<String, List<Fact>> attr : book.facts(e).entrySet()) {
                attributeForms.computeIfAbsent(attr.getKey(), k -> {
                    List<Set<String>> meaning = index.meaning(attr.getValue().get(0).attribute(), Language.EN);
                    attributeWords.put(k, Math.max(1, meaning.size()));
                    Set<String> union = new HashSet<>();
                    meaning.forEach(union::addAll);
                    attributeVocabulary.addAll(union);
                    return Set.copyOf(union);
                });
            }
        }
        this.regionWords = words("region", "province", "область", "облыс");
        this.cityWords = words("city", "town", "город", "қала");
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
            return passageOrDontKnow(text, language, forms);
        }
        IntPredicate known = i -> meaning.get(i).size() > 1 || index.known(forms.get(i))
                || attributeVocabulary.contains(forms.get(i));
        List<NameFinder.Mention> mentions = readAsKeywords(names.find(forms, known), meaning);
        boolean[] used = new boolean[forms.size()];
        boolean wantRegion = false;
        boolean wantCity = false;
        for (int i = 0; i < forms.size(); i++) {
            wantRegion |= intersects(meaning.get(i), regionWords);
            wantCity |= intersects(meaning.get(i), cityWords);
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
            boolean kindWord = intersects(meaning.get(i), regionWords) || intersects(meaning.get(i), cityWords);
            if (!kindWord) {
                content.add(i);
            }
            if (!known.test(i) && !fuzzyAttributeWord(forms.get(i))) {
                unknown.add(forms.get(i));
            }
        }
        boolean implicit = false;
        if (entities.isEmpty() && country != null && unknown.isEmpty()) {
            entities.add(country);
            implicit = true;
        }
        if (!entities.isEmpty()) {
            List<Integer> attributeWordsOfQuestion = kindWordUsed ? content : rest;
            AttributeMatch match = bestAttribute(entities, attributeWordsOfQuestion, meaning, forms);
            // a word the knowledge base has never seen may change the question ("capital of France"); with the place
            // named explicitly, a stray word is tolerated as long as the attribute matched more words than it
            if (match != null && (unknown.isEmpty() || !implicit && unknown.size() < match.words())) {
                List<Entity> having = entities.stream().filter(e -> book.facts(e).containsKey(match.key()))
                        .limit(3).toList();
                return cards.attribute(having, match.key(), language);
            }
            if (!implicit && content.isEmpty() && unknown.isEmpty()) {
                Answer.Reply card = cards.card(entities.get(0), language, FREE_TEXT_LIMIT);
                return new Answer.FactAnswer(card.title(), card.body(), card.sources(), card.choices(), language);
            }
        }
        return passageOrDontKnow(text, language, unknown);
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

    /** An attribute chosen for a question, and how many of the question's words chose it. */
    private record AttributeMatch(String key, int words) {
    }

    /** The attribute of the first entity whose name shares the most words with the question's other words. */
    private AttributeMatch bestAttribute(List<Entity> entities, List<Integer> words, List<Set<String>> meaning,
                                         List<String> forms) {
        if (words.isEmpty()) {
            return null;
        }
        AttributeMatch best = null;
        double bestScore = 0;
        for (Entity e : entities) {
            for (String key : book.facts(e).keySet()) {
                Set<String> attr = attributeForms.get(key);
                int matched = 0;
                for (int i : words) {
                    if (intersects(meaning.get(i), attr) || fuzzyIn(forms.get(i), attr)) {
                        matched++;
                    }
                }
                if (matched == 0) {
                    continue;
                }
                // more question words matched first; then the attribute whose own words are best covered
                double score = matched + Math.min(1.0, (double) matched / attributeWords.get(key)) * 0.5;
                if (score > bestScore) {
                    bestScore = score;
                    best = new AttributeMatch(key, matched);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private boolean fuzzyAttributeWord(String form) {
        return fuzzyIn(form, attributeVocabulary);
    }

    private static boolean fuzzyIn(String form, Set<String> vocabulary) {
        int max = Edits.allowed(form);
        if (max == 0) {
            return false;
        }
        for (String v : vocabulary) {
            if (!v.isEmpty() && v.charAt(0) == form.charAt(0) && Edits.distance(form, v, max) <= max) {
                return true;
            }
        }
        return false;
    }

    private Answer passageOrDontKnow(String text, Language language, List<String> unknown) {
        List<PassageHit> hits = index.search(text, language, 1);
        if (!hits.isEmpty() && hits.get(0).coverage() >= PASSAGE_COVERAGE) {
            PassageHit hit = hits.get(0);
            String lead = Messages.get(language).say("in_english");
            String body = Passages.shorten(hit.text(), FREE_TEXT_LIMIT - lead.length() - 1);
            return new Answer.PassageAnswer(lead, body, List.of(hit.citation()), List.of(), language);
        }
        return dontKnow(language, unknown);
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
