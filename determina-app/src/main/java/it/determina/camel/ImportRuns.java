package it.determina.camel;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the runs of one scheduled import went, for health and metrics (issue 12, deliverable 4): a run
 * that failed (the source could not be read) counts in
 * {@code determina.import.runs{source,outcome}}, and {@link #failingRuns()} failed runs in a row make the
 * service unhealthy until a run succeeds. Thread-safe.
 */
public final class ImportRuns {

    private final String source;
    private final MeterRegistry metrics;
    private final Clock clock;
    private int failingRuns;
    private @Nullable String lastError;
    private @Nullable Instant lastRun;

    public ImportRuns(String source, MeterRegistry metrics, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String source() {
        return source;
    }

    public synchronized void succeeded() {
        failingRuns = 0;
        lastError = null;
        lastRun = clock.instant();
        metrics.counter("determina.import.runs", "source", source, "outcome", "ok").increment();
    }

    public synchronized void failed(@Nullable String error) {
        failingRuns++;
        lastError = error;
        lastRun = clock.instant();
        metrics.counter("determina.import.runs", "source", source, "outcome", "failed").increment();
    }

    /** Counts one link or file of a run: {@code fetched}, {@code failed} (an error) or {@code skipped} (refused, too large). */
    public void link(String outcome) {
        metrics.counter("determina.import.links", "source", source, "outcome", outcome).increment();
    }

    /** Failed runs since the last one that succeeded. */
    public synchronized int failingRuns() {
        return failingRuns;
    }

    public synchronized @Nullable String lastError() {
        return lastError;
    }

    public synchronized @Nullable Instant lastRun() {
        return lastRun;
    }
}
