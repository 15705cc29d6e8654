package it.determina.camel;


import io.micrometer.core.instrument.MeterRegistry;
import it.determina.IngestException;
import it.determina.model.ErrorCode;
import it.determina.output.DeliveryException;
import it.determina.output.InvalidOutputException;
import it.determina.output.StandardJson;
import it.determina.report.FileResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code failed/NAME.error.json} beside a file the route gives up on, with the same stable codes
 * as {@code ingest}: the file itself is moved there by the route. Thread-safe.
 */
public final class FailedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(FailedFiles.class);

    private final Path failedDir;
    private final StandardJson json;
    private final MeterRegistry metrics;
    private final DailyReviewReports reports;

    public FailedFiles(Path failedDir, StandardJson json, MeterRegistry metrics, DailyReviewReports reports) {
        this.failedDir = Objects.requireNonNull(failedDir, "failedDir");
        this.json = Objects.requireNonNull(json, "json");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** Records why {@code file}, filed under {@code name} (see {@link InputNames}), failed. */
    public void record(File file, @org.jspecify.annotations.Nullable String filedAs, Throwable cause) throws IOException {
        String name = filedAs == null ? it.determina.output.NameClaims.printable(file.getName()) : filedAs;
        ErrorCode code = ErrorCode.of(cause);
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        LOG.warn("{}: {} {}", it.determina.SafeText.of(name), code, it.determina.SafeText.of(message));
        metrics.counter("determina.files.failed", "error", code.name()).increment();
        json.writeError(file.getName(), code, message, failedDir.resolve(DropFolder.baseName(name) + ".error.json"));
        reports.addQuietly(FileResult.failed(name, code, message, 0));
    }
}
