package kz.bot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's questions: the fixed list shipped inside the jar, so that every run asks the same, and questions
 * about a generated knowledge base. Stateless and thread-safe.
 */
final class Workload {

    private Workload() {
    }

    /** The fixed list. */
    static List<String> questions() {
        try (InputStream in = Workload.class.getResourceAsStream("/bench/workload.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/workload.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Questions about the generated places, in the proportions of the shipped workload. */
    static List<String> synthetic(SyntheticKnowledge.Generated g, long seed) {
        Random random = new Random(seed + 1);
        List<String> out = new ArrayList<>();
        List<String> templates = List.of("Population of %s", "What is %s known for?", "/city %s", "Население %s",
                "%s немен танымал?", "Which region is %s in?");
        List<String> words = List.of("railway", "copper", "festival", "museum", "pasture", "harbour", "orchards",
                "refinery", "canyon", "nomads");
        for (int i = 0; i < 200; i++) {
            String city = g.cities().get(random.nextInt(g.cities().size()));
            switch (i % 5) {
                case 0, 1 -> out.add(String.format(templates.get(random.nextInt(templates.size())), city));
                case 2 -> out.add("Administrative center of " + g.regions().get(random.nextInt(g.regions().size()))
                        + " region");
                case 3 -> out.add(words.get(random.nextInt(words.size())) + " and "
                        + words.get(random.nextInt(words.size())) + " in " + city);
                default -> out.add(i % 2 == 0 ? "What is the capital of France?"
                        : "populaton of " + city.substring(0, city.length() - 1));
            }
        }
        return out;
    }
}
