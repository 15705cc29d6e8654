package it.determina.camel.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.output.DeliveryException;
import it.determina.output.InvalidOutputException;
import it.determina.output.db.DatabaseSink;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the database route of {@code run} calls: the output folder is the outbox. Each file's array
 * ({@code by-file/NAME.json}, written last, once all its standards are in place) goes to PostgreSQL in one
 * transaction, and each {@code failed/NAME.error.json} becomes a failure row. A process stopped between
 * the file and the database finds the file again on restart; the sink makes no new version for the same
 * JSON, so reading a file twice changes nothing. Thread-safe.
 */
public final class DatabaseOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutbox.class);

    private final DatabaseSink sink;
    private final ObjectMapper mapper = new ObjectMapper();

    public DatabaseOutbox(DatabaseSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Writes the standards of one {@code by-file/NAME.json}.
     *
     * @throws IOException when the file cannot be read
     * @throws InvalidOutputException when a standard breaks the schema
     * @throws DeliveryException when the database cannot be written (the route retries)
     */
    public void delivered(File byFile) throws IOException, InvalidOutputException, DeliveryException {
        List<JsonNode> standards = new ArrayList<>();
        mapper.readTree(byFile).forEach(standards::add);
        if (standards.isEmpty()) {
            return;
        }
        JsonNode source = standards.get(0).path("source");
        DatabaseSink.Delivered done = sink.deliverTrees(source.path("file").asText(), source.path("sha256").asText(),
                standards, DatabaseSink.SameTransaction.NONE);
        LOG.info("{}: {} standard(s) in the database, {} new version(s)", byFile.getName(), done.standards(), done.newVersions());
    }

    /**
     * Records one {@code failed/NAME.error.json} ({"file", "error", "message"}) as a failure.
     *
     * @throws IOException when the file cannot be read
     * @throws DeliveryException when the database cannot be written (the route retries)
     */
    public void failed(File errorJson) throws IOException, DeliveryException {
        JsonNode error = mapper.readTree(errorJson);
        sink.fail(error.path("file").asText(), null, error.path("error").asText(), error.path("message").asText(),
                DatabaseSink.SameTransaction.NONE);
    }
}
