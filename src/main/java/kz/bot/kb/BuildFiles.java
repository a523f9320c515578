package kz.bot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bot.answer.ForeignPlaces;
import kz.bot.facts.FactBook;
import kz.bot.facts.FactStore;
import kz.bot.facts.NameEntry;
import kz.bot.facts.Source;
import kz.bot.index.KnowledgeIndex;
import kz.bot.index.Synonyms;
import kz.bot.knowledge.EntityKind;
import kz.bot.knowledge.Knowledge;

/**
 * What one build directory holds — the SQLite facts, the Lucene index and a copy of the synonyms — and how a knowledge
 * base is written into it and opened from it.
 */
final class BuildFiles {

    static final String FACTS_FILE = "kazakhstan.db";
    static final String INDEX_DIR = "index";
    static final String SYNONYMS_COPY = "synonyms.txt";

    private BuildFiles() {
    }

    /** Writes {@code knowledge}, read from {@code knowledgeDir} with fingerprint {@code hash}, into the empty {@code dir}. */
    static void write(Path dir, String hash, Knowledge knowledge, Path knowledgeDir) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("hash", hash);
        meta.put("built_at", Instant.now().toString());
        meta.put("knowledge_dir", knowledgeDir.toAbsolutePath().toString());
        FactStore.write(dir.resolve(FACTS_FILE), knowledge, meta);
        FactBook book = FactStore.read(dir.resolve(FACTS_FILE)).book();
        KnowledgeIndex.build(dir.resolve(INDEX_DIR), knowledge.documents(), book);
        String synonyms = knowledge.synonyms().map(s -> s.text()).orElse("");
        Files.writeString(dir.resolve(SYNONYMS_COPY), synonyms, StandardCharsets.UTF_8);
    }

    /**
     * Opens the build in {@code dir}; {@code onClose} runs when the knowledge base closes.
     *
     * @param t0     when the work that led here began ({@link System#nanoTime()}), for the report's duration
     * @param reused true when the build was there already rather than just written
     * @throws UncheckedIOException when a file of the build cannot be read
     */
    static KnowledgeBase open(Path dir, String hash, long t0, boolean reused, Runnable onClose) {
        FactStore.Stored stored = FactStore.read(dir.resolve(FACTS_FILE));
        FactBook book = stored.book();
        String synonymsText;
        try {
            synonymsText = Files.readString(dir.resolve(SYNONYMS_COPY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>(book.names().stream().map(NameEntry::name).toList());
        names.addAll(ForeignPlaces.allNames()); // their endings are stripped like ours
        List<String> cities = book.names().stream().filter(n -> n.entity().kind() == EntityKind.CITY)
                .map(NameEntry::name).toList();
        KnowledgeIndex index = KnowledgeIndex.open(dir.resolve(INDEX_DIR), Synonyms.groups(synonymsText), names,
                cities);
        int passages = book.sources().stream().mapToInt(Source::passages).sum();
        BuildReport report = new BuildReport(hash, book.sources().size(), passages, book.factCount(),
                book.entities().size(), book.entities(EntityKind.CITY).size(),
                book.entities(EntityKind.REGION).size(), stored.problems(), millisSince(t0), reused);
        return new KnowledgeBase(dir, book, index, report, onClose);
    }

    static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
