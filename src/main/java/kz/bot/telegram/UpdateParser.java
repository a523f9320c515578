package kz.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Reads updates one at a time, so that one update the library cannot read costs only itself. The library reads a
 * getUpdates answer as a whole with a strict mapper (its {@code Update} type refuses unknown fields): one odd update
 * — a field Telegram added, a value of an unexpected type — fails the whole batch, the offset never moves past it,
 * and every later poll fails on it again: the bot is deaf for good. Here an unreadable update becomes a bare update
 * carrying only its id, which the offset passes and the dispatcher ignores. Thread-safe.
 */
class UpdateParser {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateParser.class);

    private static final TypeReference<ApiResponse<ArrayList<Update>>> WHOLE = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * The update in {@code node}; a bare update with only its id when the rest cannot be read; empty when not even
     * the id can.
     */
    Optional<Update> read(JsonNode node) {
        JsonNode id = node.path("update_id");
        if (!id.canConvertToInt()) {
            LOG.warn("something without a readable update_id was skipped");
            return Optional.empty();
        }
        try {
            return Optional.of(json.treeToValue(node, Update.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("update {} could not be read and is skipped: {}", id.asInt(), firstLine(e.getMessage()));
            Update bare = new Update();
            bare.setUpdateId(id.asInt());
            return Optional.of(bare);
        }
    }

    /** The JSON tree of {@code text}. */
    JsonNode tree(byte[] text) throws IOException {
        return json.readTree(text);
    }

    /**
     * The updates of a getUpdates answer.
     *
     * @throws TelegramApiRequestException when the answer is not JSON, or not {@code ok}: the poller backs off and
     *                                     asks again with the same offset
     */
    List<Update> readAll(String answer) throws TelegramApiRequestException {
        try {
            // the usual case in one pass; only an answer that fails this is read again, update by update
            ApiResponse<ArrayList<Update>> whole = json.readValue(answer, WHOLE);
            if (whole != null && Boolean.TRUE.equals(whole.getOk()) && whole.getResult() != null
                    && whole.getResult().stream().allMatch(u -> u != null && u.getUpdateId() != null)) {
                return whole.getResult();
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // read again below, to skip what cannot be read and say why the rest failed
        }
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new TelegramApiRequestException("getUpdates answer is not JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            String why = root == null || root.isMissingNode() ? "an empty answer"
                    : root.path("error_code").asText("no error code") + " "
                    + root.path("description").asText("no description");
            throw new TelegramApiRequestException("getUpdates failed: " + why);
        }
        List<Update> updates = new ArrayList<>(root.get("result").size());
        for (JsonNode node : root.get("result")) {
            read(node).ifPresent(updates::add);
        }
        return updates;
    }

    /** Jackson's messages quote the input over several lines: the first says what went wrong. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
