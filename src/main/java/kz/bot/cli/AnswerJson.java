package kz.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.bot.answer.Answer;

/** The one-line JSON form of an answer printed by {@code ask --json}. */
final class AnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    static String of(String question, Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question);
        node.put("answer", answer.text());
        node.put("found", answer.found());
        node.put("kind", answer.kind());
        node.put("language", answer.language().code());
        var sources = node.putArray("sources");
        answer.sources().forEach(sources::add);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
