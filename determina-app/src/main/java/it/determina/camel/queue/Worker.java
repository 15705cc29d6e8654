package it.determina.camel.queue;

import it.determina.IngestException;
import it.determina.Pipeline;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import it.determina.output.DeliveryException;
import it.determina.output.InvalidOutputException;
import it.determina.output.db.DatabaseSink;
import it.determina.output.db.StoredFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the worker routes call: one work item converted by the same {@link Pipeline} as {@code ingest} and
 * committed to PostgreSQL (standards, or the failure) in one transaction that also removes the stored file.
 * The route acknowledges the message only when this returns, so a worker that dies mid-document leaves it
 * to the broker to deliver again. Thread-safe.
 */
public final class Worker {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final Pipeline pipeline;
    private final DatabaseSink sink;
    private final StoredFiles storage;
    private final Path scratch;

    /** {@code scratch} is the local folder a stored file is copied to while it is converted. */
    public Worker(Pipeline pipeline, DatabaseSink sink, StoredFiles storage, Path scratch) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    /**
     * Converts the document of {@code body} (a {@link WorkItem}); a content already in the database is
     * skipped, so a message delivered twice makes no second outcome. A bad document is a failure row, not
     * an exception.
     *
     * @throws DeliveryException when the database cannot be read or written (the message goes back to the queue)
     * @throws IOException when the scratch folder cannot be written
     */
    public void process(String body) throws DeliveryException, IOException {
        WorkItem item = parsed(body);
        if (item == null) {
            return;
        }
        if (sink.isDone(item.sha256())) {
            LOG.info("{}: content {} processed already; skipped", item.file(), item.sha256());
            return;
        }
        Path dir = Files.createTempDirectory(Files.createDirectories(scratch), "work-");
        try {
            Optional<Path> file = storage.fetch(item.sha256(), dir.resolve(item.file()));
            if (file.isEmpty()) {
                sink.fail(item.file(), item.sha256(), ErrorCode.STORED_FILE_MISSING.name(),
                        "the stored file is gone and no outcome was recorded", DatabaseSink.SameTransaction.NONE);
                return;
            }
            convert(item, file.get());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Records a document the broker gave up on (its deliveries killed or timed out workers too often, or
     * it was rejected) as a failure, and removes its stored file.
     *
     * @param reason the broker's dead-letter reason, e.g. {@code delivery_limit}; null when not given
     * @throws DeliveryException when the database cannot be written (the message stays in the dead-letter queue)
     */
    public void deadLettered(String body, @Nullable String reason, @Nullable Object deliveries) throws DeliveryException {
        WorkItem item = parsed(body);
        if (item == null) {
            return;
        }
        if (sink.isDone(item.sha256())) {
            LOG.info("{}: dead-lettered but processed already; nothing to record", item.file());
            return;
        }
        String message = "the broker gave up on it (" + (reason == null ? "no reason given" : reason)
                + (deliveries == null ? "" : ", " + deliveries + " deliveries")
                + "): delivered more often than determina.broker.delivery-limit allows, each time without a committed"
                + " outcome (the worker died, timed out or could not commit)";
        LOG.warn("{}: {} {}", item.file(), ErrorCode.DEAD_LETTER, message);
        sink.fail(item.file(), item.sha256(), ErrorCode.DEAD_LETTER.name(), message, c -> StoredFiles.remove(c, item.sha256()));
    }

    /** The work item of {@code body}; null, with a failure row saying so, when it is none (it can never be done). */
    private @Nullable WorkItem parsed(String body) throws DeliveryException {
        try {
            return WorkItem.parse(body);
        } catch (IllegalArgumentException e) {
            LOG.error("{} {}", ErrorCode.BAD_WORK_ITEM, e.getMessage());
            sink.fail("(not a work item)", null, ErrorCode.BAD_WORK_ITEM.name(), Objects.requireNonNullElse(e.getMessage(), e.toString()), DatabaseSink.SameTransaction.NONE);
            return null;
        }
    }

    private void convert(WorkItem item, Path file) throws DeliveryException {
        LOG.info("{}: converting (content {})", item.file(), item.sha256());
        long start = System.nanoTime();
        DatabaseSink.SameTransaction removeStored = c -> StoredFiles.remove(c, item.sha256());
        try {
            List<CanonicalStandard> standards = pipeline.ingest(file);
            DatabaseSink.Delivered done = sink.deliver(item.file(), item.sha256(), standards, removeStored);
            LOG.info("{}: {} standard(s), {} new version(s) in {} ms", item.file(), done.standards(), done.newVersions(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IngestException | InvalidOutputException | RuntimeException e) {
            ErrorCode code = ErrorCode.of(e);
            LOG.warn("{}: {} {}", item.file(), code, ErrorCode.message(e));
            sink.fail(item.file(), item.sha256(), code.name(), ErrorCode.message(e), removeStored);
        }
    }
}
