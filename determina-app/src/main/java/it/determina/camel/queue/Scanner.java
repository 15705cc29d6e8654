package it.determina.camel.queue;

import it.determina.intake.IncomingFile;
import it.determina.output.DeliveryException;
import it.determina.output.db.StoredFiles;
import java.io.File;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the scanner route calls: the content hash of a file taken in, and its storage in PostgreSQL,
 * which gives the work item to publish. Thread-safe.
 */
public final class Scanner {

    private static final Logger LOG = LoggerFactory.getLogger(Scanner.class);

    private final StoredFiles storage;

    public Scanner(StoredFiles storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /**
     * The SHA-256 of the file's content, the key that makes the queue idempotent.
     *
     * @throws IOException when the file cannot be read (the route leaves it in the inbox and tries again)
     */
    public String sha256(File file) throws IOException {
        return IncomingFile.of(file.toPath()).sha256();
    }

    /**
     * Stores {@code file} (content {@code sha256}) where every worker can read it.
     *
     * @return the work item to publish, as JSON
     * @throws DeliveryException when the database cannot be written
     */
    public String store(File file, String sha256) throws DeliveryException {
        storage.store(file.toPath(), sha256);
        LOG.info("{}: stored as {}", file.getName(), sha256);
        return WorkItem.stored(sha256, file.getName()).toJson();
    }
}
