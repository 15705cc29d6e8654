package it.determina.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a document worker answers, as one line of JSON: {@code {"standards":[...]}} when the document was
 * read, {@code {"error":CODE,"message":TEXT}} when it failed with a coded error. The standards travel in
 * the same form as the output files, so they come back equal to what the worker made.
 */
public record WorkerReply(@Nullable List<CanonicalStandard> standards, @Nullable ErrorCode error, @Nullable String message) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public WorkerReply {
        standards = standards == null ? null : List.copyOf(standards);
    }

    public static WorkerReply of(List<CanonicalStandard> standards) {
        return new WorkerReply(Objects.requireNonNull(standards, "standards"), null, null);
    }

    public static WorkerReply failed(ErrorCode error, String message) {
        return new WorkerReply(null, Objects.requireNonNull(error, "error"), message);
    }

    /** The reply as one line (JSON escapes every newline). */
    public String toLine() {
        ObjectNode node = MAPPER.createObjectNode();
        if (standards != null) {
            node.set("standards", MAPPER.valueToTree(standards));
        } else {
            node.put("error", Objects.requireNonNull(error).name()).put("message", message);
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply that cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a line written by {@link #toLine()}.
     *
     * @throws IllegalArgumentException when the line is not a reply
     */
    public static WorkerReply fromLine(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node.has("standards")) {
                return of(Arrays.asList(MAPPER.treeToValue(node.get("standards"), CanonicalStandard[].class)));
            }
            if (node.hasNonNull("error")) {
                return failed(ErrorCode.valueOf(node.get("error").asText()), node.path("message").asText());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a worker reply: " + e.getOriginalMessage(), e);
        }
        throw new IllegalArgumentException("not a worker reply");
    }
}
