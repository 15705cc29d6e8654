package it.determina.camel.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * One document waiting for a worker, as published on the queue (JSON): the content's sha256, the file's
 * name, and where its bytes are ({@code postgresql:stored_file/<sha256>}).
 */
public record WorkItem(String sha256, String file, String location) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public WorkItem {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
    }

    /** The item of a file stored in table {@code stored_file}. */
    public static WorkItem stored(String sha256, String file) {
        return new WorkItem(sha256, file, "postgresql:stored_file/" + sha256);
    }

    /**
     * Reads a message body.
     *
     * @throws IllegalArgumentException when the body is not a work item
     */
    public static WorkItem parse(String json) {
        try {
            return MAPPER.readValue(json, WorkItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a work item: " + json, e);
        }
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a work item that cannot be written: " + e.getMessage(), e);
        }
    }
}
