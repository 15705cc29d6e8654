package it.determina.camel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import it.determina.IngestException;
import it.determina.DocumentReader;
import it.determina.SafeText;
import it.determina.intake.IncomingFile;
import it.determina.model.CanonicalStandard;
import it.determina.model.ErrorCode;
import it.determina.model.Flag;
import it.determina.output.DeliveryException;
import it.determina.output.IdCollisionException;
import it.determina.output.InvalidOutputException;
import it.determina.output.StandardStore;
import it.determina.report.FileResult;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the drop-folder route calls: the content hash of a file taken in, and its ingestion (the same
 * reading as {@code ingest}, usually in a worker process) with delivery to the output folder under the name
 * the input was given ({@link InputNames}). Thread-safe.
 */
public final class DropFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);

    private final DocumentReader pipeline;
    private final StandardStore store;
    private final MeterRegistry metrics;
    private final DailyReviewReports reports;

    public DropFolder(DocumentReader pipeline, StandardStore store, MeterRegistry metrics, DailyReviewReports reports) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** The SHA-256 of the file's content, the key that makes processing idempotent. */
    public String sha256(File file) throws IngestException {
        try {
            return IncomingFile.of(file.toPath()).sha256();
        } catch (IOException e) {
            throw new IngestException(ErrorCode.FILE_UNREADABLE, SafeText.of(file.getName()) + ": cannot be read (" + e + ")", e);
        }
    }

    /**
     * Ingests {@code file} and delivers its standards under {@code name} (the name it is filed under).
     *
     * @throws IngestException when the document cannot be processed (not retried)
     * @throws IdCollisionException when a standard can take no id in the output (not retried)
     * @throws DeliveryException when the output cannot be written (retried by the route)
     */
    public void ingest(File file, String name) throws IngestException, DeliveryException, InvalidOutputException, IdCollisionException {
        Timer.Sample sample = Timer.start(metrics);
        long start = System.nanoTime();
        try {
            List<CanonicalStandard> standards = store.deliver(baseName(name), pipeline.ingest(file.toPath()));
            reports.addQuietly(FileResult.ok(name, file.toPath(), standards, (System.nanoTime() - start) / 1_000_000));
            for (CanonicalStandard s : standards) {
                LOG.info("{}: annex {} pages {}-{} -> {} ({} flags)", SafeText.of(name), s.source().annex(),
                        s.source().pageStart(), s.source().pageEnd(), s.id(), s.flags().size());
                for (Flag f : s.flags()) {
                    metrics.counter("determina.flags", "code", f.code().name()).increment();
                }
            }
            metrics.counter("determina.files.processed").increment();
        } catch (IngestException | InvalidOutputException | DeliveryException | IdCollisionException | RuntimeException e) {
            metrics.counter("determina.attempts.failed").increment();
            throw e;
        } finally {
            sample.stop(metrics.timer("determina.processing.time"));
        }
    }

    static String baseName(String name) {
        return it.determina.output.OutputNames.base(name);
    }
}
